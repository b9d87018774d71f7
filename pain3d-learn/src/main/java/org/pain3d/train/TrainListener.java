package org.pain3d.train;

/** Progress callbacks of {@link VitPainTrainer} (the CLI draws progress bars from them). */
public interface TrainListener {
  /** Does nothing. */
  TrainListener NONE = new TrainListener() {};

  /**
   * Called after every optimiser step.
   *
   * @param epoch 0-based epoch
   * @param step 1-based step within the epoch
   * @param steps steps in this epoch
   * @param loss this batch's loss
   * @param samplesPerSecond throughput of this epoch so far
   */
  default void onStep(int epoch, int step, int steps, double loss, double samplesPerSecond) {}

  /**
   * Called after each epoch's validation and checkpoint.
   *
   * @param record the epoch's log line
   */
  default void onEpoch(EpochRecord record) {}
}
