package org.pain3d.eval;

import org.pain3d.pspi.Pspi;

/**
 * A decision threshold chosen on a fold's train rows for one pain threshold.
 *
 * @param painThreshold the ground-truth pain threshold (a true PSPI at least this is
 *     positive): 1, 2 or 3
 * @param gridIndex the index of the chosen threshold in the {@link ThresholdGrid}
 * @param value the chosen decision threshold on the predicted PSPI (0..16 scale; a
 *     prediction at least this is positive)
 * @param trainF1 the F1 it reaches on the train rows (0..1)
 */
public record CalibratedThreshold(int painThreshold, int gridIndex, double value, double trainF1) {

  /** Validates the fields. */
  public CalibratedThreshold {
    if (painThreshold < 1 || painThreshold > Pspi.MAX) {
      throw new IllegalArgumentException(
          "pain threshold must be in 1.." + Pspi.MAX + ": " + painThreshold);
    }
    if (gridIndex < 0) {
      throw new IllegalArgumentException("grid index must be non-negative: " + gridIndex);
    }
    if (!Double.isFinite(value) || !(trainF1 >= 0.0 && trainF1 <= 1.0)) {
      throw new IllegalArgumentException("bad threshold " + value + " or F1 " + trainF1);
    }
  }
}
