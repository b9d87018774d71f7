package org.pain3d.train;

import java.io.IOException;

/**
 * Callbacks of {@link VitPainTrainer#fit}, in the spirit of DJL's {@code TrainingListener}s.
 * The trainer calls its listeners in order: {@link DivergenceCheck}, {@link BestEpochChoice},
 * {@link Checkpointer}, then the caller's (progress: the CLI draws bars from {@link #onStep}
 * and prints {@link #onEpoch}).
 */
public interface TrainListener {
  /** Does nothing. */
  TrainListener NONE = new TrainListener() {};

  /**
   * Called once before the first epoch (the checkpointer prepares the folder and resumes
   * here).
   *
   * @param state the trainer's state
   * @throws IOException on I/O errors
   */
  default void onTrainingBegin(TrainingState state) throws IOException {}

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
   * Called after each epoch's validation, in listener order; the default passes the committed
   * epoch's record to {@link #onEpoch}.
   *
   * @param state the trainer's state with the epoch's results
   * @throws IOException on I/O errors
   */
  default void onEpochEnd(TrainingState state) throws IOException {
    onEpoch(state.record());
  }

  /**
   * Called after each epoch's validation and checkpoint (through the default {@link
   * #onEpochEnd}).
   *
   * @param record the epoch's log line
   */
  default void onEpoch(EpochRecord record) {}
}
