package org.pain3d.eval;

import java.util.Objects;

/**
 * One predicted sample of a cross-validation run.
 *
 * @param fold the fold number (non-negative; the fold whose model made the prediction)
 * @param split whether the sample is in the fold's train or test part
 * @param pspiTrue ground-truth PSPI on the 0..16 scale
 * @param pspiPred predicted PSPI on the 0..16 scale (model output times 16; finite, may fall
 *     outside 0..16 for an unbounded head)
 */
public record SamplePrediction(int fold, Split split, double pspiTrue, double pspiPred) {
  /** The largest PSPI score. */
  public static final double PSPI_MAX = 16.0;

  /** Validates the fields. */
  public SamplePrediction {
    Objects.requireNonNull(split, "split");
    if (fold < 0) {
      throw new IllegalArgumentException("fold must be non-negative: " + fold);
    }
    if (!(pspiTrue >= 0.0 && pspiTrue <= PSPI_MAX)) {
      throw new IllegalArgumentException("true PSPI must be in 0..16: " + pspiTrue);
    }
    if (!Double.isFinite(pspiPred)) {
      throw new IllegalArgumentException("predicted PSPI must be finite: " + pspiPred);
    }
  }
}
