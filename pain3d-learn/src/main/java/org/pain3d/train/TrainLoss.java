package org.pain3d.train;

/**
 * The training loss of one epoch: means over the steps whose loss and gradient were finite.
 *
 * @param loss mean total loss (NaN when every step was skipped)
 * @param pspiLoss mean PSPI MSE term (unit scale, PSPI / 16)
 * @param skippedSteps steps skipped for a non-finite loss or gradient (not in the means)
 */
public record TrainLoss(double loss, double pspiLoss, int skippedSteps) {
  /** Validates. */
  public TrainLoss {
    if (skippedSteps < 0) {
      throw new IllegalArgumentException("skipped steps must be >= 0, got " + skippedSteps);
    }
  }

  /** @return whether the mean loss is finite (at least one step counted) */
  public boolean finite() {
    return Double.isFinite(loss);
  }
}
