package org.pain3d.train;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One epoch's optimisation steps as every trainer takes them: a step whose loss or gradient is
 * not finite (NaN or infinity) is skipped, its gradients discarded and the weights, moments and
 * step count left as they were; the epoch's losses are the means over the steps taken, with
 * the skipped steps counted ({@link TrainLoss}). An epoch whose every step was skipped has a
 * non-finite loss, which stops the run ({@link EpochLoop}).
 *
 * <p>Use: {@link #step} after each backward pass, then {@link #loss} at the epoch's end.
 */
public final class EpochSteps {
  private static final Logger LOG = LoggerFactory.getLogger(EpochSteps.class);
  private final AdamW optimizer;
  private final int epoch;
  private int steps;
  private int skipped;
  private double total;
  private double pspi;

  /**
   * @param optimizer updates the weights from the gradients the caller's backward pass left
   * @param epoch the 0-based epoch (for the log)
   */
  public EpochSteps(AdamW optimizer, int epoch) {
    this.optimizer = optimizer;
    this.epoch = epoch;
  }

  /**
   * Takes one step with the current gradients, or skips it.
   *
   * @param lr the learning rate of a group with scale 1
   * @param loss the batch's total loss
   * @param pspiLoss its PSPI term (unit scale, PSPI / 16)
   * @return the gradient norm before clipping, NaN when the step was skipped
   */
  public double step(double lr, double loss, double pspiLoss) {
    steps++;
    double norm = Double.NaN;
    if (Double.isFinite(loss)) {
      norm = optimizer.step(lr);
    } else {
      optimizer.zeroGradients();
    }
    if (!Double.isFinite(loss) || !Double.isFinite(norm)) {
      skipped++;
      LOG.warn("epoch {} step {}: non-finite {} ({}); the step is skipped", epoch + 1, steps,
          Double.isFinite(loss) ? "gradient" : "loss", Double.isFinite(loss) ? norm : loss);
      return Double.NaN;
    }
    total += loss;
    pspi += pspiLoss;
    return norm;
  }

  /** @return the means over the steps taken so far, and how many were skipped */
  public TrainLoss loss() {
    int done = steps - skipped;
    return done == 0 ? new TrainLoss(Double.NaN, Double.NaN, skipped)
        : new TrainLoss(total / done, pspi / done, skipped);
  }
}
