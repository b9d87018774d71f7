package org.pain3d.clips;

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
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Safetensors;
import org.pain3d.train.AdamW;
import org.pain3d.train.EpochRecord;
import org.pain3d.train.ParamGroup;
import org.pain3d.train.RunFiles;
import org.pain3d.train.TrainConfig;
import org.pain3d.train.TrainListener;
import org.pain3d.vitpain.TemporalHeads;
import org.pain3d.vitpain.TemporalLoss;
import org.pain3d.vitpain.TemporalOutput;

/**
 * Trains the temporal heads on clips whose frame tokens are in the store: each epoch visits the
 * training clips once in a seeded random order in batches of {@code batch} clips, AdamW (the
 * heads at {@code lr}, decoupled weight decay, gradient clipping), cosine annealing per epoch
 * ({@link TrainConfig#lrAt}); after each epoch a validation pass (loss, per-frame MAE and PCC),
 * the epoch's weights as {@code last-temporal.safetensors}, the best so far (lowest validation
 * per-frame PSPI term: the clip term of 200-odd clips overfits within a few epochs, long before
 * the frames are learnt) as {@code best-temporal.safetensors} (each written atomically) and a
 * {@code metrics.jsonl} line ({@link EpochRecord}; its {@code valLoss} is that frame term). A non-finite epoch loss stops the run ({@link
 * ErrorKind#DIVERGED}); the best weights so far stay.
 */
public final class ClipTrainer {
  /** Weight file of the temporal heads (with the {@code best-} / {@code last-} prefix). */
  public static final String WEIGHTS = "temporal.safetensors";

  private final TemporalHeads heads;
  private final TrainConfig cfg;
  private final TemporalLoss loss;
  private final FrameTokens tokens;
  private final NDManager manager;
  private final AdamW optimizer;

  /**
   * @param heads the model (parameters on {@code manager})
   * @param cfg epochs, batch (clips), lr, weight decay, clipping, seed
   * @param clipWeight weight of the clip term
   * @param tokens the frames' tokens ({@link FrameTokens#ensure} done)
   * @param manager parent of each step's arrays and of the optimizer state
   */
  public ClipTrainer(TemporalHeads heads, TrainConfig cfg, double clipWeight, FrameTokens tokens,
      NDManager manager) {
    this.heads = heads;
    this.cfg = cfg;
    this.loss = new TemporalLoss(clipWeight);
    this.tokens = tokens;
    this.manager = manager;
    this.optimizer = new AdamW(List.of(new ParamGroup("heads", heads.arrays(), 1.0)),
        cfg.weightDecay(), cfg.clipNorm(), manager);
  }

  /**
   * Trains into a run folder (which must exist).
   *
   * @param train training clips
   * @param val validation clips (selects the best epoch)
   * @param run the run folder
   * @param listener progress
   * @return one record per epoch
   * @throws IOException when a file cannot be written
   * @throws Pain3dException {@link ErrorKind#DIVERGED} on a non-finite epoch loss
   */
  public List<EpochRecord> fit(List<ClipSample> train, List<ClipSample> val, Path run,
      TrainListener listener) throws IOException {
    List<EpochRecord> out = new ArrayList<>();
    double best = Double.POSITIVE_INFINITY;
    for (int epoch = 0; epoch < cfg.epochs(); epoch++) {
      long t0 = System.nanoTime();
      double lr = cfg.lrAt(epoch);
      double[] tl = trainEpoch(train, epoch, lr, listener);
      Evaluation v = evaluate(val);
      if (!Double.isFinite(tl[0]) || !Double.isFinite(v.loss())) {
        throw new Pain3dException(ErrorKind.DIVERGED, "training diverged in epoch " + (epoch + 1)
            + " (non-finite loss); lower --lr");
      }
      Map<String, HostTensor> w = heads.snapshot();
      Safetensors.write(run.resolve(RunFiles.LAST + WEIGHTS), w, Map.of("format",
          "pain3d-temporal-heads"));
      boolean isBest = v.frameLoss() < best;
      if (isBest) {
        best = v.frameLoss();
        Safetensors.write(run.resolve(RunFiles.BEST + WEIGHTS), w, Map.of("format",
            "pain3d-temporal-heads", "epoch", Integer.toString(epoch + 1)));
      }
      ClipMetrics m = v.metrics();
      EpochRecord r = new EpochRecord(epoch + 1, lr, tl[0], tl[1], 0, v.frameLoss(), m.frameMae(),
          m.framePcc(), isBest, (System.nanoTime() - t0) / 1e9);
      RunFiles.appendMetrics(run, r);
      listener.onEpoch(r);
      out.add(r);
    }
    return out;
  }

  private double[] trainEpoch(List<ClipSample> train, int epoch, double lr,
      TrainListener listener) {
    long t0 = System.nanoTime();
    Engine.getInstance().setRandomSeed((int) (cfg.seed() * 31 + epoch));
    SplittableRandom rng = new SplittableRandom(cfg.seed() * 1_000_003L + epoch);
    int[] order = shuffled(train.size(), rng);
    int steps = (train.size() + cfg.batch() - 1) / cfg.batch();
    double total = 0;
    double frame = 0;
    for (int s = 0; s < steps; s++) {
      List<ClipSample> batch = new ArrayList<>();
      for (int j = s * cfg.batch(); j < Math.min(train.size(), (s + 1) * cfg.batch()); j++) {
        batch.add(train.get(order[j]));
      }
      try (NDManager step = manager.newSubManager()) {
        NDArray[] l;
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
          l = loss.compute(forward(batch, step, true), pspiTargets(batch, step),
              painTargets(batch, step));
          gc.backward(l[0]);
        }
        double value = l[0].getFloat();
        if (Double.isFinite(value)) {
          optimizer.step(lr);
        } else {
          optimizer.zeroGradients();
        }
        total += value;
        frame += l[1].getFloat();
        double secs = (System.nanoTime() - t0) / 1e9;
        listener.onStep(epoch, s + 1, steps, value, (s * cfg.batch() + batch.size()) / secs);
      }
    }
    return new double[] {total / steps, frame / steps};
  }

  private static int[] shuffled(int n, SplittableRandom rng) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  private TemporalOutput forward(List<ClipSample> batch, NDManager m, boolean training) {
    NDArray frames = tokens.frames(batch, m);
    NDArray neutral = heads.config().reference() ? tokens.neutrals(batch, m) : null;
    return heads.forward(frames, neutral, training);
  }

  private static NDArray pspiTargets(List<ClipSample> batch, NDManager m) {
    int t = batch.get(0).frames().length;
    float[] v = new float[batch.size() * t];
    for (int i = 0; i < batch.size(); i++) {
      System.arraycopy(batch.get(i).pspi(), 0, v, i * t, t);
    }
    return m.create(v, new Shape(batch.size(), t));
  }

  private static NDArray painTargets(List<ClipSample> batch, NDManager m) {
    float[] v = new float[batch.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = batch.get(i).pain() ? 1 : 0;
    }
    return m.create(v);
  }

  /**
   * The validation loss and the predictions.
   *
   * @param loss mean total loss per clip
   * @param frameLoss mean per-frame PSPI term (MSE on PSPI / 16): what selects the best epoch
   * @param predictions one per clip
   */
  public record Evaluation(double loss, double frameLoss, List<ClipPrediction> predictions) {
    /** @return the metrics of the predictions */
    public ClipMetrics metrics() {
      return ClipMetrics.of(predictions);
    }
  }

  /**
   * Runs the model on clips without dropout or gradients.
   *
   * @param clips the clips
   * @return loss and predictions
   */
  public Evaluation evaluate(List<ClipSample> clips) {
    double sum = 0;
    double frame = 0;
    List<ClipPrediction> out = new ArrayList<>();
    for (int start = 0; start < clips.size(); start += cfg.batch()) {
      List<ClipSample> batch = clips.subList(start, Math.min(clips.size(), start + cfg.batch()));
      try (NDManager step = manager.newSubManager()) {
        TemporalOutput o = forward(batch, step, false);
        NDArray[] l = loss.compute(o, pspiTargets(batch, step), painTargets(batch, step));
        sum += l[0].getFloat() * batch.size();
        frame += l[1].getFloat() * batch.size();
        out.addAll(predictions(batch, o));
      }
    }
    return new Evaluation(sum / clips.size(), frame / clips.size(), out);
  }

  /**
   * Splits a batch's outputs per clip.
   *
   * @param batch the clips
   * @param o their outputs
   * @return one prediction per clip
   */
  static List<ClipPrediction> predictions(List<ClipSample> batch, TemporalOutput o) {
    float[] p = o.pspi().toFloatArray();
    float[] logit = o.clipLogit().toFloatArray();
    int t = batch.get(0).frames().length;
    List<ClipPrediction> out = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      float[] f = new float[t];
      System.arraycopy(p, i * t, f, 0, t);
      out.add(new ClipPrediction(batch.get(i), f, 1 / (1 + Math.exp(-logit[i]))));
    }
    return out;
  }
}
