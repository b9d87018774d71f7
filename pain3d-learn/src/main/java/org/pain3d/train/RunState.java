package org.pain3d.train;

/**
 * Progress of a run ({@code state.json}), for resuming.
 *
 * @param epochsDone completed epochs ({@code last-*} files hold their weights)
 * @param bestEpoch 1-based epoch of the {@code best-*} files, 0 before the first
 * @param bestValLoss its validation loss (NaN without validation data)
 */
public record RunState(int epochsDone, int bestEpoch, double bestValLoss) {
  /** @return the state of a new run */
  public static RunState fresh() {
    return new RunState(0, 0, Double.NaN);
  }
}
