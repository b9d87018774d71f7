package org.pain3d.train;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a trainer's {@link EpochLoop} knows while it runs, as its {@link TrainListener}s see it
 * (the role of DJL's {@code Trainer} for its {@code TrainingListener}s): the run folder, model,
 * optimizer and config; the committed progress ({@link #runState()}); and, at the end of each
 * epoch, that epoch's learning rate, training loss and validation. {@link BestEpochChoice}
 * decides whether the epoch is the best; {@link Checkpointer} commits {@link #next()}.
 */
public final class TrainingState {
  private final Path run;
  private final CheckpointedModel model;
  private final AdamW optimizer;
  private final TrainConfig config;
  private final boolean validated;
  private RunState runState = RunState.fresh();
  private int epoch = -1;
  private double lr = Double.NaN;
  private long startNanos;
  private TrainLoss trainLoss;
  private Validation validation;
  private Boolean best;
  private EpochRecord record;
  private final java.util.List<String> warnings = new java.util.ArrayList<>();

  /**
   * A run about to begin (nothing committed yet; {@link Checkpointer} reads the folder).
   *
   * @param run the run folder
   * @param model the model as its checkpoints hold it
   * @param optimizer the optimizer over the model's trainable parameters
   * @param config the training config
   * @param validated whether there is validation data
   */
  public TrainingState(Path run, CheckpointedModel model, AdamW optimizer, TrainConfig config,
      boolean validated) {
    this.run = run;
    this.model = model;
    this.optimizer = optimizer;
    this.config = config;
    this.validated = validated;
  }

  /** @return the run folder */
  public Path run() {
    return run;
  }

  /** @return the model being trained, as its checkpoints hold it */
  public CheckpointedModel model() {
    return model;
  }

  /** @return the optimizer (its state is saved with every epoch) */
  public AdamW optimizer() {
    return optimizer;
  }

  /** @return the training config */
  public TrainConfig config() {
    return config;
  }

  /** @return whether there is validation data (without, every epoch is the best) */
  public boolean hasValidation() {
    return validated;
  }

  /** @return the committed progress: epochs whose weights are on disk, the best epoch */
  public RunState runState() {
    return runState;
  }

  void runState(RunState s) {
    this.runState = Objects.requireNonNull(s, "state");
  }

  /** @return what was repaired while resuming (a fallback to an earlier commit) */
  public java.util.List<String> warnings() {
    return java.util.List.copyOf(warnings);
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  void beginEpoch(int epoch, double lr) {
    this.epoch = epoch;
    this.lr = lr;
    this.startNanos = System.nanoTime();
    this.trainLoss = null;
    this.validation = null;
    this.best = null;
    this.record = null;
  }

  void endEpoch(TrainLoss train, Validation val) {
    this.trainLoss = train;
    this.validation = val;
  }

  /** @return the 0-based epoch that runs or just ran */
  public int epoch() {
    return epoch;
  }

  /** @return its base learning rate */
  public double lr() {
    return lr;
  }

  /** @return its training loss (set at the epoch's end) */
  public TrainLoss trainLoss() {
    return require(trainLoss, "training loss");
  }

  /** @return its validation ({@link Validation#NONE} without validation data) */
  public Validation validation() {
    return require(validation, "validation");
  }

  /** @return whether the epoch became the best (decided by {@link BestEpochChoice}) */
  public boolean best() {
    return require(best, "best-epoch choice");
  }

  void best(boolean b) {
    this.best = b;
  }

  /** @return the progress to commit for this epoch (after the best-epoch choice) */
  public RunState next() {
    return best()
        ? new RunState(epoch + 1, epoch + 1, validation().loss())
        : new RunState(epoch + 1, runState.bestEpoch(), runState.bestValLoss());
  }

  /**
   * The epoch's metrics line, made on the first call (its {@code seconds} is the time from the
   * epoch's start to that call).
   *
   * @return the record
   */
  public EpochRecord record() {
    if (record == null) {
      TrainLoss t = trainLoss();
      Validation v = validation();
      record = new EpochRecord(epoch + 1, lr, t.loss(), t.pspiLoss(), t.skippedSteps(), v.loss(),
          v.mae(), v.pcc(), best(), (System.nanoTime() - startNanos) / 1e9);
    }
    return record;
  }

  private <T> T require(T value, String what) {
    if (value == null) {
      throw new IllegalStateException("no " + what + " yet in epoch " + (epoch + 1));
    }
    return value;
  }
}
