package org.pain3d.synth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.pain3d.dataset.MetadataRow;

/**
 * What one finished identity wrote: its metadata rows and the checksum of each file. Saved
 * as {@code .pain3d/done/<subject>.json} after all of the identity's files, so its presence
 * marks the identity finished (for {@code --resume} and for merging shards), and the final
 * {@code metadata.jsonl} and manifest are assembled from these records in identity order.
 *
 * @param identity the identity id
 * @param rows one metadata row per image, in writing order
 * @param checksums relative path to SHA-256 hex, for every file of the identity
 */
public record IdentityRecord(
    @JsonProperty("identity") int identity,
    @JsonProperty("rows") List<MetadataRow> rows,
    @JsonProperty("checksums") SortedMap<String, String> checksums) {
  /** Copies the collections. */
  public IdentityRecord {
    rows = List.copyOf(rows);
    checksums = new TreeMap<>(checksums);
  }

  /**
   * @param identity the id
   * @param rows metadata rows
   * @param checksums checksums by path
   * @return the record
   */
  public static IdentityRecord of(int identity, List<MetadataRow> rows, Map<String, String> checksums) {
    return new IdentityRecord(identity, rows, new TreeMap<>(checksums));
  }
}
