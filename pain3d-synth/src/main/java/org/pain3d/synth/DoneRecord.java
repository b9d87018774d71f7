package org.pain3d.synth;

import java.util.Map;
import java.util.SortedMap;

/**
 * A finished identity's record ({@code .pain3d/done/<subject>.json}, see {@link DoneRecords}):
 * what the identity wrote, each file with its SHA-256 and size, from which the dataset-level
 * files are assembled and against which {@code --resume} checks the files.
 *
 * @param <R> the record type itself
 */
sealed interface DoneRecord<R extends DoneRecord<R>> permits IdentityRecord, ClipRecord {
  /** @return relative path to SHA-256 hex, for every file of the identity */
  SortedMap<String, String> checksums();

  /**
   * @param fileSizes size in bytes by relative path
   * @return a copy with these sizes
   */
  R withSizes(Map<String, Long> fileSizes);
}
