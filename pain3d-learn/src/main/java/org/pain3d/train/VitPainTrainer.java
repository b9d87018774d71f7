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
import java.util.Map;
import java.util.SplittableRandom;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
import org.pain3d.eval.RegressionMetrics;
import org.pain3d.pairs.ImageRef;
import org.pain3d.pairs.PairSource;
import org.pain3d.tensor.Safetensors;
import org.pain3d.vitpain.LossTerms;
import org.pain3d.vitpain.VitPainLoss;
import org.pain3d.vitpain.VitPainModel;
import org.pain3d.vitpain.VitPainOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ViTPain training loop: weighted sampling with replacement (weight {@code positiveWeight}
 * for PSPI >= 1), one neutral reference drawn per access, AdamW with parameter groups (heads at
 * lr, LoRA at {@code loraLrScale * lr}, a trained backbone at lr), cosine annealing per epoch,
 * clipping; a step whose loss or gradient is not finite is skipped (counted per epoch); after
 * every epoch a validation pass (one fixed-seed reference per image, no dropout), {@code
 * last-*} weights, optimizer state and {@code state.json}, a {@code metrics.jsonl} line, and
 * {@code best-*} weights when the validation loss improves (every epoch without validation
 * data). Sampling, references, augmentation and dropout are seeded per epoch, so a resumed run
 * continues identically.
 */
public final class VitPainTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(VitPainTrainer.class);
  private static final long VAL_SEED = 777;

  private final PairForward forward;
  private final VitPainModel model;
  private final TrainConfig cfg;
  private final NDManager manager;
  private final VitPainLoss loss;
  private final AdamW optimizer;
  private final boolean augment;
  private final boolean unbc;

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
   * Trains (or resumes) into a run folder.
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
    if (train.size() == 0) {
      throw new Pain3dException(ErrorKind.BAD_INPUT, "no training images");
    }
    RunState state = RunFiles.prepare(run, model.config(), cfg);
    if (state.epochsDone() > 0) {
      model.load(run, RunFiles.LAST);
      optimizer.restore(Safetensors.read(run.resolve(RunFiles.LAST + "optimizer.safetensors")).tensors());
      LOG.info("resuming {} after epoch {}", run, state.epochsDone());
    }
    double[] cumulative = cumulativeWeights(train);
    List<EpochRecord> history = new ArrayList<>();
    for (int epoch = state.epochsDone(); epoch < cfg.epochs(); epoch++) {
      long t0 = System.nanoTime();
      double lr = cfg.lrAt(epoch);
      double[] sums = trainEpoch(train, cumulative, epoch, lr, listener, t0);
      double[] v = val == null || val.size() == 0 ? new double[] {Double.NaN, Double.NaN, Double.NaN}
          : validate(val);
      if (!Double.isFinite(sums[0]) || val != null && val.size() > 0 && !Double.isFinite(v[0])) {
        // Stop before saving: the run folder keeps the last finite epoch.
        throw new Pain3dException(ErrorKind.DIVERGED, "training diverged: in epoch " + (epoch + 1)
            + (Double.isFinite(sums[0]) ? " the validation loss" : " every step's loss or gradient")
            + " is not finite; the run keeps epoch " + state.epochsDone() + "; try a lower --lr");
      }
      boolean best = val == null || val.size() == 0 || state.bestEpoch() == 0
          || v[0] < state.bestValLoss();
      model.save(run, RunFiles.LAST);
      Safetensors.write(run.resolve(RunFiles.LAST + "optimizer.safetensors"), optimizer.state(),
          Map.of("format", "pain3d-adamw"));
      if (best) {
        model.save(run, RunFiles.BEST);
      }
      state = best ? new RunState(epoch + 1, epoch + 1, v[0])
          : new RunState(epoch + 1, state.bestEpoch(), state.bestValLoss());
      RunFiles.write(run.resolve(RunFiles.STATE), state);
      EpochRecord rec = new EpochRecord(epoch + 1, lr, sums[0], sums[1], (int) sums[2], v[0], v[1],
          v[2], best, (System.nanoTime() - t0) / 1e9);
      RunFiles.appendMetrics(run, rec);
      history.add(rec);
      listener.onEpoch(rec);
    }
    return new TrainResult(state.bestEpoch(), state.bestValLoss(), history);
  }

  private double[] trainEpoch(PairSource train, double[] cumulative, int epoch, double lr,
      TrainListener listener, long t0) {
    Engine.getInstance().setRandomSeed((int) (cfg.seed() * 31 + epoch));
    SplittableRandom rng = new SplittableRandom(cfg.seed() * 1_000_003L + epoch);
    forward.augment(augment ? new Augmenter(cfg.augment().applyTo(
        unbc ? AugmentConfig.unbc() : AugmentConfig.synthetic()), cfg.augment().shared(),
        rng.nextLong()) : null);
    int steps = cfg.stepsPerEpoch() > 0 ? cfg.stepsPerEpoch()
        : (train.size() + cfg.batch() - 1) / cfg.batch();
    double total = 0;
    double pspi = 0;
    int skipped = 0;
    for (int s = 0; s < steps; s++) {
      int[] idx = new int[Math.min(cfg.batch(), Math.max(1, train.size()))];
      for (int j = 0; j < idx.length; j++) {
        idx[j] = draw(cumulative, rng);
      }
      double[] l = step(train, idx, lr, rng);
      if (Double.isNaN(l[2])) {
        skipped++;
        LOG.warn("epoch {} step {}: non-finite {} ({}); the step is skipped", epoch + 1, s + 1,
            Double.isFinite(l[0]) ? "gradient" : "loss", l[0]);
      } else {
        total += l[0];
        pspi += l[1];
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      listener.onStep(epoch, s + 1, steps, l[0], (s + 1) * (double) idx.length / secs);
    }
    int done = steps - skipped;
    return done == 0 ? new double[] {Double.NaN, Double.NaN, skipped}
        : new double[] {total / done, pspi / done, skipped};
  }

  /** One optimisation step; returns {@code {loss, PSPI term, gradient norm or NaN if skipped}}. */
  private double[] step(PairSource src, int[] idx, double lr, SplittableRandom rng) {
    try (NDManager step = manager.newSubManager()) {
      List<ImageRef> pain = new ArrayList<>();
      List<ImageRef> neutral = new ArrayList<>();
      for (int i : idx) {
        pain.add(src.pain(i));
        neutral.add(src.neutrals(i, 1, rng).get(0));
      }
      double[] out;
      try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
        VitPainOutput o = forward.forward(pain, neutral, step, true);
        LossTerms lt = loss.compute(o, targetsPspi(src, idx, step), targetsAu(src, idx, step));
        gc.backward(lt.total());
        out = new double[] {lt.total().getFloat(), lt.pspi().getFloat(), 0};
      }
      if (Double.isFinite(out[0])) {
        out[2] = optimizer.step(lr);
      } else {
        optimizer.zeroGradients();
      }
      if (!Double.isFinite(out[0]) || !Double.isFinite(out[2])) {
        out[2] = Double.NaN;
      }
      return out;
    }
  }

  /**
   * Validation loss, MAE and PCC (PSPI 0..16) with one fixed-seed reference per image.
   *
   * @param val the pairs
   * @return {@code {loss, mae, pcc}}
   */
  public double[] validate(PairSource val) {
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
        LossTerms lt = loss.compute(o, targetsPspi(val, idx, step), targetsAu(val, idx, step));
        lossSum += lt.total().getFloat() * idx.length;
        float[] p = o.pspi().toFloatArray();
        for (int j = 0; j < idx.length; j++) {
          truth[start + j] = val.pspi(idx[j]);
          pred[start + j] = p[j];
        }
      }
    }
    return new double[] {lossSum / val.size(), RegressionMetrics.meanAbsoluteError(truth, pred),
        RegressionMetrics.pearson(truth, pred)};
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
