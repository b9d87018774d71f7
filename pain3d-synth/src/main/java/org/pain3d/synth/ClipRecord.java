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
 * and size of each file. The dataset-level files are assembled from these in identity order;
 * {@code --resume} checks that every file it lists is still there with its size (and SHA-256
 * under {@code --verify}), and makes the identity again when not.
 *
 * @param identity the identity id
 * @param clips its clips' records, in clip order
 * @param checksums relative path to SHA-256 hex, for every file of the identity
 * @param sizes relative path to size in bytes, for every file of the identity (empty in
 *     records of older versions: then only existence is checked)
 */
public record ClipRecord(
    @JsonProperty("identity") int identity,
    @JsonProperty("clips") List<ClipInfo> clips,
    @JsonProperty("checksums") SortedMap<String, String> checksums,
    @JsonProperty("sizes") SortedMap<String, Long> sizes) implements DoneRecord<ClipRecord> {
  /** Copies. */
  public ClipRecord {
    clips = List.copyOf(clips);
    checksums = new TreeMap<>(checksums);
    sizes = sizes == null ? new TreeMap<>() : new TreeMap<>(sizes);
  }

  /**
   * @param identity the id
   * @param clips clip records
   * @param checksums checksums by path
   * @return the record, without sizes yet ({@link #withSizes})
   */
  public static ClipRecord of(int identity, List<ClipInfo> clips, Map<String, String> checksums) {
    return new ClipRecord(identity, clips, new TreeMap<>(checksums), new TreeMap<>());
  }

  @Override
  public ClipRecord withSizes(Map<String, Long> fileSizes) {
    return new ClipRecord(identity, clips, checksums, new TreeMap<>(fileSizes));
  }
}
