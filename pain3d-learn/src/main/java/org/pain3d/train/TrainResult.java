package org.pain3d.train;

import java.util.List;

/**
 * The outcome of {@link VitPainTrainer#fit}.
 *
 * @param bestEpoch 1-based epoch of the {@code best-*} weights
 * @param bestValLoss its validation loss (NaN without validation data)
 * @param history the epochs run in this call (not those of an earlier, resumed call)
 * @param warnings what resuming had to repair (a damaged last checkpoint: the epoch before was
 *     taken), empty when nothing
 */
public record TrainResult(int bestEpoch, double bestValLoss, List<EpochRecord> history,
    List<String> warnings) {
  /** Copies the lists. */
  public TrainResult {
    history = List.copyOf(history);
    warnings = List.copyOf(warnings);
  }
}
