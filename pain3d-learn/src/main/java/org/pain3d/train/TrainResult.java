package org.pain3d.train;

import java.util.List;

/**
 * The outcome of {@link VitPainTrainer#fit}.
 *
 * @param bestEpoch 1-based epoch of the {@code best-*} weights
 * @param bestValLoss its validation loss (NaN without validation data)
 * @param history the epochs run in this call (not those of an earlier, resumed call)
 */
public record TrainResult(int bestEpoch, double bestValLoss, List<EpochRecord> history) {
  /** Copies the list. */
  public TrainResult {
    history = List.copyOf(history);
  }
}
