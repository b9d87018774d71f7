package org.pain3d.synth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.pain3d.dataset.ClipInfo;

/**
 * What one finished identity of a clip dataset wrote (its done-record, {@code
 * .pain3d/done/<subject>.json}, written after its files): its clips' records and the checksum
 * of each file. The dataset-level files are assembled from these in identity order.
 *
 * @param identity the identity id
 * @param clips its clips' records, in clip order
 * @param checksums relative path to SHA-256 hex, for every file of the identity
 */
public record ClipRecord(
    @JsonProperty("identity") int identity,
    @JsonProperty("clips") List<ClipInfo> clips,
    @JsonProperty("checksums") SortedMap<String, String> checksums) {
  /** Copies. */
  public ClipRecord {
    clips = List.copyOf(clips);
    checksums = new TreeMap<>(checksums);
  }

  /**
   * @param identity the id
   * @param clips clip records
   * @param checksums checksums by path
   * @return the record
   */
  public static ClipRecord of(int identity, List<ClipInfo> clips, Map<String, String> checksums) {
    return new ClipRecord(identity, clips, new TreeMap<>(checksums));
  }
}
