package org.pain3d.train;

/**
 * Chooses the best epoch: the lowest validation loss (on data disjoint from the test data);
 * without validation data every epoch is the best, so the last wins.
 */
public final class BestEpochChoice implements TrainListener {
  @Override
  public void onEpochEnd(TrainingState s) {
    RunState r = s.runState();
    s.best(!s.hasValidation() || r.bestEpoch() == 0
        || s.validation().loss() < r.bestValLoss());
  }
}
