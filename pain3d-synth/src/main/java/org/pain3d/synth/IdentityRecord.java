package org.pain3d.synth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.pain3d.dataset.MetadataRow;

/**
 * What one finished identity wrote: its metadata rows and the checksum and size of each file.
 * Saved as {@code .pain3d/done/<subject>.json} after all of the identity's files, so its
 * presence marks the identity finished (for {@code --resume} and for merging shards), and the
 * final {@code metadata.jsonl} and manifest are assembled from these records in identity order.
 * {@code --resume} checks that every file it lists is still there with its size (and SHA-256
 * under {@code --verify}), and makes the identity again when not.
 *
 * @param identity the identity id
 * @param rows one metadata row per image, in writing order
 * @param checksums relative path to SHA-256 hex, for every file of the identity
 * @param sizes relative path to size in bytes, for every file of the identity (empty in
 *     records of older versions: then only existence is checked)
 */
public record IdentityRecord(
    @JsonProperty("identity") int identity,
    @JsonProperty("rows") List<MetadataRow> rows,
    @JsonProperty("checksums") SortedMap<String, String> checksums,
    @JsonProperty("sizes") SortedMap<String, Long> sizes) implements DoneRecord<IdentityRecord> {
  /** Copies the collections. */
  public IdentityRecord {
    rows = List.copyOf(rows);
    checksums = new TreeMap<>(checksums);
    sizes = sizes == null ? new TreeMap<>() : new TreeMap<>(sizes);
  }

  /**
   * @param identity the id
   * @param rows metadata rows
   * @param checksums checksums by path
   * @return the record, without sizes yet ({@link #withSizes})
   */
  public static IdentityRecord of(int identity, List<MetadataRow> rows, Map<String, String> checksums) {
    return new IdentityRecord(identity, rows, new TreeMap<>(checksums), new TreeMap<>());
  }

  /**
   * @param fileSizes size in bytes by relative path
   * @return a copy with these sizes
   */
  @Override
  public IdentityRecord withSizes(Map<String, Long> fileSizes) {
    return new IdentityRecord(identity, rows, checksums, new TreeMap<>(fileSizes));
  }
}
