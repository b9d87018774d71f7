package org.pain3d.train;

import java.nio.file.Path;

/**
 * Options of the UNBC-McMaster cross-validation.
 *
 * @param validationSubjects training subjects held out per fold to select the checkpoint (never
 *     the test fold)
 * @param shots neutral references averaged per prediction (multi-shot inference)
 * @param init a pretraining run whose {@code best-*} weights start every fold, or {@code null}
 * @param seed seed of the validation split and the reference draws
 */
public record CvOptions(int validationSubjects, int shots, Path init, long seed) {
  /** Validates. */
  public CvOptions {
    if (validationSubjects < 1) {
      throw new IllegalArgumentException("at least one validation subject is needed per fold");
    }
    if (shots < 1) {
      throw new IllegalArgumentException("shots must be >= 1, got " + shots);
    }
  }
}
