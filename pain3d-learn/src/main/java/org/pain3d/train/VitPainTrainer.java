package org.pain3d.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
import org.pain3d.eval.RegressionMetrics;
import org.pain3d.pairs.ImageRef;
import org.pain3d.pairs.PairSource;
import org.pain3d.vitpain.LossTerms;
import org.pain3d.vitpain.VitPainLoss;
import org.pain3d.vitpain.VitPainModel;
import org.pain3d.vitpain.VitPainOutput;

/**
 * The ViTPain training loop: weighted sampling with replacement (weight {@code positiveWeight}
 * for PSPI >= 1), one neutral reference drawn per access, AdamW with parameter groups (heads at
 * lr, LoRA at {@code loraLrScale * lr}, a trained backbone at lr), cosine annealing per epoch,
 * clipping; a step whose loss or gradient is not finite is skipped (counted per epoch); after
 * every epoch a validation pass (one fixed-seed reference per image, no dropout), then the
 * listeners: {@link DivergenceCheck}, {@link BestEpochChoice} (lowest validation loss; every
 * epoch without validation data), {@link Checkpointer} (weights, optimizer state, {@code
 * state.json}, a {@code metrics.jsonl} line). Sampling, references, augmentation and dropout
 * are seeded per epoch, so a resumed run continues identically.
 */
public final class VitPainTrainer {
  private static final long VAL_SEED = 777;

  private final PairForward forward;
  private final VitPainModel model;
  private final TrainConfig cfg;
  private final NDManager manager;
  private final VitPainLoss loss;
  private final AdamW optimizer;
  private final boolean augment;
  private final boolean unbc;
  private final Distillation distill;

  /**
   * @param model the model (parameters on {@code manager})
   * @param cfg hyper-parameters
   * @param manager parent of the optimizer state and each step's sub-manager
   * @param unbcAugmentation UNBC augmentation strengths instead of the synthetic ones
   */
  public VitPainTrainer(VitPainModel model, TrainConfig cfg, NDManager manager,
      boolean unbcAugmentation) {
    this(model, cfg, manager, unbcAugmentation, new InMemoryTokenStore());
  }

  /**
   * @param model the model (parameters on {@code manager})
   * @param cfg hyper-parameters
   * @param manager parent of the optimizer state and each step's sub-manager
   * @param unbcAugmentation UNBC augmentation strengths instead of the synthetic ones
   * @param tokens where frozen-mode tokens are kept (e.g. a {@link DiskTokenStore})
   */
  public VitPainTrainer(VitPainModel model, TrainConfig cfg, NDManager manager,
      boolean unbcAugmentation, TokenStore tokens) {
    this(model, cfg, manager, unbcAugmentation, tokens, null);
  }

  /**
   * @param model the model (parameters on {@code manager})
   * @param cfg hyper-parameters
   * @param manager parent of the optimizer state and each step's sub-manager
   * @param unbcAugmentation UNBC augmentation strengths instead of the synthetic ones
   * @param tokens where frozen-mode tokens are kept (e.g. a {@link DiskTokenStore})
   * @param distill extra training terms (distillation, region head), or {@code null}; they
   *     join the training loss only (validation and best-epoch choice use the ViTPain loss)
   */
  public VitPainTrainer(VitPainModel model, TrainConfig cfg, NDManager manager,
      boolean unbcAugmentation, TokenStore tokens, Distillation distill) {
    this.distill = distill;
    this.model = model;
    this.cfg = cfg;
    this.manager = manager;
    this.forward = new PairForward(model, null, tokens);
    this.loss = new VitPainLoss(cfg.lambdaAu());
    this.optimizer = optimizer(model, cfg, manager);
    this.augment = cfg.augment() != PairAugmentation.OFF && !model.config().frozen();
    this.unbc = unbcAugmentation;
  }

  /**
   * The optimizer of a model: groups {@code heads} (lr), {@code lora} ({@code loraLrScale * lr})
   * and {@code backbone} (lr; non-empty only for a trained backbone).
   *
   * @param model the model
   * @param cfg weight decay, clipping, LoRA scale
   * @param manager owns the moments
   * @return the optimizer
   */
  public static AdamW optimizer(VitPainModel model, TrainConfig cfg, NDManager manager) {
    return new AdamW(List.of(new ParamGroup("heads", model.headParameters(), 1.0),
        new ParamGroup("lora", model.loraParameters(), cfg.loraLrScale()),
        new ParamGroup("backbone", model.backboneParameters(), 1.0)),
        cfg.weightDecay(), cfg.clipNorm(), manager);
  }

  /** @return the forward runner (shares the token cache with prediction) */
  public PairForward forward() {
    return forward;
  }

  /**
   * Trains (or resumes) into a run folder, recording no provenance.
   *
   * @param train training pairs
   * @param val validation pairs (disjoint identities), or {@code null}
   * @param run the run folder (see {@link RunFiles})
   * @param listener progress
   * @return the outcome
   * @throws IOException on I/O errors
   * @throws Pain3dException {@link ErrorKind#DIVERGED} when an epoch's loss is not finite (the
   *     run folder keeps the last finite epoch), {@link ErrorKind#BAD_INPUT} without images
   */
  public TrainResult fit(PairSource train, PairSource val, Path run, TrainListener listener)
      throws IOException {
    return fit(train, val, run, null, listener);
  }

  /**
   * Trains (or resumes) into a run folder through the shared {@link EpochLoop}. Listeners, in
   * order: {@link DivergenceCheck}, {@link BestEpochChoice}, {@link Checkpointer} (prepare,
   * resume, save), then {@code listener}.
   *
   * @param train training pairs
   * @param val validation pairs (disjoint identities), or {@code null}
   * @param run the run folder (see {@link RunFiles})
   * @param data where the data came from, recorded in {@code provenance.json} and checked on
   *     resume; or {@code null}
   * @param listener progress
   * @return the outcome
   * @throws IOException on I/O errors
   * @throws Pain3dException {@link ErrorKind#DIVERGED} when an epoch's loss is not finite (the
   *     run folder keeps the last finite epoch), {@link ErrorKind#BAD_INPUT} without images
   */
  public TrainResult fit(PairSource train, PairSource val, Path run, DataProvenance data,
      TrainListener listener) throws IOException {
    if (train.size() == 0) {
      throw new Pain3dException(ErrorKind.BAD_INPUT, "no training images");
    }
    boolean validated = val != null && val.size() > 0;
    TrainingState state = new TrainingState(run, new VitPainWeights(model), optimizer, cfg,
        validated);
    double[] cumulative = cumulativeWeights(train);
    return EpochLoop.run(state, data == null ? null : RunProvenance.of(data, model.config(), cfg),
        listener, new EpochLoop.Epoch() {
          @Override
          public TrainLoss train(int epoch, double lr, TrainListener l) {
            return trainEpoch(train, cumulative, epoch, lr, l);
          }

          @Override
          public Validation validate() {
            return VitPainTrainer.this.validate(val);
          }
        });
  }

  private TrainLoss trainEpoch(PairSource train, double[] cumulative, int epoch, double lr,
      TrainListener listener) {
    long t0 = System.nanoTime();
    Engine.getInstance().setRandomSeed((int) (cfg.seed() * 31 + epoch));
    SplittableRandom rng = new SplittableRandom(cfg.seed() * 1_000_003L + epoch);
    forward.augment(augment ? new Augmenter(cfg.augment().applyTo(
        unbc ? AugmentConfig.unbc() : AugmentConfig.synthetic()), cfg.augment().shared(),
        rng.nextLong()) : null);
    int steps = cfg.stepsPerEpoch() > 0 ? cfg.stepsPerEpoch()
        : (train.size() + cfg.batch() - 1) / cfg.batch();
    EpochSteps taken = new EpochSteps(optimizer, epoch);
    for (int s = 0; s < steps; s++) {
      int[] idx = new int[Math.min(cfg.batch(), Math.max(1, train.size()))];
      for (int j = 0; j < idx.length; j++) {
        idx[j] = draw(cumulative, rng);
      }
      double loss = step(train, idx, lr, rng, epoch, taken);
      double secs = (System.nanoTime() - t0) / 1e9;
      listener.onStep(epoch, s + 1, steps, loss, (s + 1) * (double) idx.length / secs);
    }
    return taken.loss();
  }

  /**
   * One optimisation step (skipped when the loss or the gradient is not finite).
   *
   * @return the batch's total loss
   */
  private double step(PairSource src, int[] idx, double lr, SplittableRandom rng, int epoch,
      EpochSteps taken) {
    try (NDManager step = manager.newSubManager()) {
      List<ImageRef> pain = new ArrayList<>();
      List<ImageRef> neutral = new ArrayList<>();
      for (int i : idx) {
        pain.add(src.pain(i));
        neutral.add(src.neutrals(i, 1, rng).get(0));
      }
      double loss;
      double pspi;
      Distillation.Batch targets = distill == null ? null : distill.targets(src, idx, step);
      try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
        VitPainOutput o = forward.forward(pain, neutral, step, true);
        LossTerms lt = lossOf(o, src, idx, step);
        NDArray extra = distill == null ? null : distill.loss(o, targets, epoch);
        NDArray total = extra == null ? lt.total() : lt.total().add(extra);
        gc.backward(total);
        loss = total.getFloat();
        pspi = lt.pspi().getFloat();
      }
      taken.step(lr, loss, pspi);
      return loss;
    }
  }

  private LossTerms lossOf(VitPainOutput o, PairSource src, int[] idx, NDManager m) {
    return loss.compute(o, targetsPspi(src, idx, m), targetsAu(src, idx, m));
  }

  /**
   * Validation loss, MAE and PCC (PSPI 0..16) with one fixed-seed reference per image.
   *
   * @param val the pairs
   * @return the validation
   */
  public Validation validate(PairSource val) {
    SplittableRandom rng = new SplittableRandom(VAL_SEED);
    double lossSum = 0;
    double[] truth = new double[val.size()];
    double[] pred = new double[val.size()];
    for (int start = 0; start < val.size(); start += cfg.batch()) {
      int[] idx = new int[Math.min(cfg.batch(), val.size() - start)];
      List<ImageRef> pain = new ArrayList<>();
      List<ImageRef> neutral = new ArrayList<>();
      for (int j = 0; j < idx.length; j++) {
        idx[j] = start + j;
        pain.add(val.pain(idx[j]));
        neutral.add(val.neutrals(idx[j], 1, rng).get(0));
      }
      try (NDManager step = manager.newSubManager()) {
        VitPainOutput o = forward.forward(pain, neutral, step, false);
        lossSum += lossOf(o, val, idx, step).total().getFloat() * idx.length;
        float[] p = o.pspi().toFloatArray();
        for (int j = 0; j < idx.length; j++) {
          truth[start + j] = val.pspi(idx[j]);
          pred[start + j] = p[j];
        }
      }
    }
    return new Validation(lossSum / val.size(), RegressionMetrics.meanAbsoluteError(truth, pred),
        RegressionMetrics.pearson(truth, pred));
  }

  private static NDArray targetsPspi(PairSource src, int[] idx, NDManager m) {
    float[] t = new float[idx.length];
    for (int j = 0; j < idx.length; j++) {
      t[j] = src.pspi(idx[j]);
    }
    return m.create(t);
  }

  private static NDArray targetsAu(PairSource src, int[] idx, NDManager m) {
    float[] t = new float[idx.length * 6];
    for (int j = 0; j < idx.length; j++) {
      System.arraycopy(src.au(idx[j]), 0, t, j * 6, 6);
    }
    return m.create(t, new Shape(idx.length, 6));
  }

  private double[] cumulativeWeights(PairSource src) {
    double[] c = new double[src.size()];
    double acc = 0;
    for (int i = 0; i < c.length; i++) {
      acc += src.pspi(i) >= 1 ? cfg.positiveWeight() : 1.0;
      c[i] = acc;
    }
    return c;
  }

  static int draw(double[] cumulative, SplittableRandom rng) {
    double u = rng.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
