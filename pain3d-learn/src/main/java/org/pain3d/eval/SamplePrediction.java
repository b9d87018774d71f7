package org.pain3d.eval;

import java.util.Objects;
import org.pain3d.pspi.Pspi;

/**
 * One predicted sample of a cross-validation run.
 *
 * @param fold the fold number (non-negative; the fold whose model made the prediction)
 * @param split whether the sample is in the fold's train or test part
 * @param pspiTrue ground-truth PSPI on the 0..16 scale
 * @param pspiPred predicted PSPI on the 0..16 scale (model output times 16; finite, may fall
 *     outside 0..16 for an unbounded head)
 */
public record SamplePrediction(int fold, FoldPart split, double pspiTrue, double pspiPred) {
  /** Validates the fields. */
  public SamplePrediction {
    Objects.requireNonNull(split, "split");
    if (fold < 0) {
      throw new IllegalArgumentException("fold must be non-negative: " + fold);
    }
    if (!Pspi.inRange(pspiTrue)) {
      throw new IllegalArgumentException("true PSPI must be in 0.." + Pspi.MAX + ": " + pspiTrue);
    }
    if (!Double.isFinite(pspiPred)) {
      throw new IllegalArgumentException("predicted PSPI must be finite: " + pspiPred);
    }
  }
}
