package org.pain3d.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The epoch loop every trainer shares ({@link VitPainTrainer}, the temporal model's {@code
 * org.pain3d.clips.ClipTrainer}): the listeners {@link DivergenceCheck}, {@link
 * BestEpochChoice}, {@link Checkpointer} (prepare the run folder or resume from its last intact
 * commit; commit every epoch as a generation) and the caller's, then the epochs after the
 * committed ones. A finished run (every epoch committed) trains nothing. An epoch's sampling and
 * dropout must be seeded by the epoch alone (not by what ran before in the JVM), so that a
 * resumed run continues as an uninterrupted one would.
 */
public final class EpochLoop {
  private EpochLoop() {}

  /** What a trainer does in one epoch. */
  public interface Epoch {
    /**
     * Trains one epoch.
     *
     * @param epoch 0-based epoch
     * @param lr its base learning rate
     * @param listener told each step ({@link TrainListener#onStep})
     * @return the epoch's training loss
     */
    TrainLoss train(int epoch, double lr, TrainListener listener);

    /**
     * Validates the current weights (called only when the state has validation data).
     *
     * @return the validation; its loss chooses the best epoch
     */
    Validation validate();
  }

  /**
   * Trains (or resumes) the state's run to {@code state.config().epochs()} epochs.
   *
   * @param state the run folder, model, optimizer and config (fresh)
   * @param provenance recorded in a new run folder and checked on resume, or {@code null}
   * @param listener progress (called after the others)
   * @param epoch the trainer's epoch
   * @return the outcome (the history holds the epochs run in this call)
   * @throws IOException on I/O errors
   * @throws org.pain3d.error.Pain3dException {@link org.pain3d.error.ErrorKind#DIVERGED} when an
   *     epoch's loss is not finite (the run folder keeps the last finite epoch)
   * @throws RunFormatException when the folder holds another run or no intact checkpoint
   */
  public static TrainResult run(TrainingState state, RunProvenance provenance,
      TrainListener listener, Epoch epoch) throws IOException {
    List<TrainListener> listeners = List.of(new DivergenceCheck(), new BestEpochChoice(),
        new Checkpointer(provenance), listener);
    for (TrainListener l : listeners) {
      l.onTrainingBegin(state);
    }
    List<EpochRecord> history = new ArrayList<>();
    for (int e = state.runState().epochsDone(); e < state.config().epochs(); e++) {
      state.beginEpoch(e, state.config().lrAt(e));
      TrainLoss loss = epoch.train(e, state.lr(), listener);
      state.endEpoch(loss, state.hasValidation() ? epoch.validate() : Validation.NONE);
      for (TrainListener l : listeners) {
        l.onEpochEnd(state);
      }
      history.add(state.record());
    }
    RunState end = state.runState();
    return new TrainResult(end.bestEpoch(), end.bestValLoss(), history, state.warnings());
  }
}
