package org.pain3d.train;

import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

/**
 * Stops a run whose epoch has no finite training loss (every step's loss or gradient was not
 * finite) or a non-finite validation loss, before anything of the epoch is saved: the run folder
 * keeps the last finite epoch.
 */
public final class DivergenceCheck implements TrainListener {
  /**
   * @throws Pain3dException {@link ErrorKind#DIVERGED}, naming the epoch and what diverged
   */
  @Override
  public void onEpochEnd(TrainingState s) {
    boolean trainOk = s.trainLoss().finite();
    if (!trainOk || s.hasValidation() && !s.validation().finite()) {
      throw new Pain3dException(ErrorKind.DIVERGED, "training diverged: in epoch "
          + (s.epoch() + 1) + (trainOk ? " the validation loss"
              : " every step's loss or gradient") + " is not finite; the run keeps epoch "
          + s.runState().epochsDone() + "; try a lower --lr");
    }
  }
}
