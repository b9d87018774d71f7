package org.pain3d.train;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Progress of a run ({@code state.json}), the commit record of its checkpoints: written last,
 * atomically, after every file of an epoch (see {@link Checkpoints}). A run is at the epoch
 * whose state.json was committed, never at a mix of files of two epochs.
 *
 * @param epochsDone completed epochs; their weights and optimizer state are in {@code
 *     checkpoints/epoch-NNNN/} (and, as links, in the {@code last-*} files)
 * @param bestEpoch 1-based epoch of the best weights ({@code best-*}), 0 before the first
 * @param bestValLoss its validation loss (NaN without validation data)
 * @param files SHA-256 by file name of the {@code epochsDone} generation's files (weights and
 *     {@code optimizer.safetensors}); {@code null} in a run written before generations
 * @param bestFiles SHA-256 by file name of the {@code bestEpoch} generation's weight files;
 *     {@code null} with {@code files}
 * @param previous the commit before this one (its {@code previous} dropped), the fallback when
 *     this generation's files are damaged; {@code null} when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunState(int epochsDone, int bestEpoch, double bestValLoss,
    Map<String, String> files, Map<String, String> bestFiles, RunState previous) {

  /** Copies the maps; keeps one level of history. */
  public RunState {
    files = files == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(files));
    bestFiles = bestFiles == null ? null
        : Collections.unmodifiableMap(new LinkedHashMap<>(bestFiles));
    if (previous != null && previous.previous() != null) {
      previous = previous.withoutPrevious();
    }
  }

  /**
   * A state without checkpoint records (legacy, or before the first commit).
   *
   * @param epochsDone completed epochs
   * @param bestEpoch the best epoch
   * @param bestValLoss its validation loss
   */
  public RunState(int epochsDone, int bestEpoch, double bestValLoss) {
    this(epochsDone, bestEpoch, bestValLoss, null, null, null);
  }

  /** @return the state of a new run */
  public static RunState fresh() {
    return new RunState(0, 0, Double.NaN);
  }

  /** @return whether this state names its generation's files (written by this version) */
  @JsonIgnore
  public boolean generational() {
    return files != null && bestFiles != null;
  }

  /** @return this state without its history */
  public RunState withoutPrevious() {
    return new RunState(epochsDone, bestEpoch, bestValLoss, files, bestFiles, null);
  }
}
