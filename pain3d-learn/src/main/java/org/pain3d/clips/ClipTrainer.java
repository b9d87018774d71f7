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
import java.util.SplittableRandom;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
import org.pain3d.train.AdamW;
import org.pain3d.train.DataProvenance;
import org.pain3d.train.EpochLoop;
import org.pain3d.train.EpochSteps;
import org.pain3d.train.ParamGroup;
import org.pain3d.train.RunProvenance;
import org.pain3d.train.TrainConfig;
import org.pain3d.train.TrainListener;
import org.pain3d.train.TrainLoss;
import org.pain3d.train.TrainResult;
import org.pain3d.train.TrainingState;
import org.pain3d.train.Validation;
import org.pain3d.vitpain.TemporalHeads;
import org.pain3d.vitpain.TemporalLoss;
import org.pain3d.vitpain.TemporalOutput;

/**
 * Trains the temporal heads on clips whose frame tokens are in the store: each epoch visits the
 * training clips once in a seeded random order in batches of {@code batch} clips, AdamW (the
 * heads at {@code lr}, decoupled weight decay, gradient clipping), cosine annealing per epoch
 * ({@link TrainConfig#lrAt}), then a validation pass (loss, per-frame MAE and PCC). The epochs
 * run in the shared {@link EpochLoop}, as ViTPain's do: the best epoch is the lowest validation
 * per-frame PSPI term (the clip term of 200-odd clips overfits within a few epochs, long before
 * the frames are learnt; it is the {@code valLoss} of the {@code metrics.jsonl} line), every
 * epoch is committed as a generation ({@link org.pain3d.train.Checkpoints}: {@code
 * temporal.safetensors} and the optimizer state, {@code state.json}; {@code last-} / {@code
 * best-temporal.safetensors} link to them), a killed run resumes from its last intact commit
 * to the same weights as an uninterrupted one. A step whose loss or gradient is not finite is
 * skipped and counted ({@link EpochSteps}, as ViTPain's trainer does); an epoch with every step
 * skipped stops the run ({@link ErrorKind#DIVERGED}) keeping the last finite epoch. Order and
 * dropout are seeded by the epoch alone.
 */
public final class ClipTrainer {
  private final TemporalHeads heads;
  private final TemporalRunConfig model;
  private final TrainConfig cfg;
  private final TemporalLoss loss;
  private final FrameTokens tokens;
  private final NDManager manager;
  private final AdamW optimizer;

  /**
   * @param heads the model (parameters on {@code manager})
   * @param model the run config the heads were built from ({@code temporal.json}; its clip
   *     weight weighs the clip term)
   * @param cfg epochs, batch (clips), lr, weight decay, clipping, seed
   * @param tokens the frames' tokens ({@link FrameTokens#ensure} done)
   * @param manager parent of each step's arrays and of the optimizer state
   */
  public ClipTrainer(TemporalHeads heads, TemporalRunConfig model, TrainConfig cfg,
      FrameTokens tokens, NDManager manager) {
    this.heads = heads;
    this.model = model;
    this.cfg = cfg;
    this.loss = new TemporalLoss(model.clipWeight());
    this.tokens = tokens;
    this.manager = manager;
    this.optimizer = new AdamW(List.of(new ParamGroup("heads", heads.arrays(), 1.0)),
        cfg.weightDecay(), cfg.clipNorm(), manager);
  }

  /**
   * Trains (or resumes) into a run folder: a new or unfinished folder of the same configs and
   * data trains the epochs not yet committed; a finished one trains nothing.
   *
   * @param train training clips
   * @param val validation clips (select the best epoch; without, the last epoch is the best)
   * @param run the run folder
   * @param data where the clips came from (recorded in {@code provenance.json}, checked on
   *     resume), or {@code null}
   * @param listener progress
   * @return the outcome
   * @throws IOException when a file cannot be written
   * @throws Pain3dException {@link ErrorKind#DIVERGED} when an epoch had no finite step; {@link
   *     org.pain3d.train.RunFormatException} when the folder holds another run or no intact
   *     checkpoint
   */
  public TrainResult fit(List<ClipSample> train, List<ClipSample> val, Path run,
      DataProvenance data, TrainListener listener) throws IOException {
    TrainingState state = new TrainingState(run, new TemporalWeights(heads, model), optimizer,
        cfg, !val.isEmpty());
    return EpochLoop.run(state, data == null ? null : RunProvenance.of(data, model, cfg),
        listener, new EpochLoop.Epoch() {
          @Override
          public TrainLoss train(int epoch, double lr, TrainListener l) {
            return trainEpoch(train, epoch, lr, l);
          }

          @Override
          public Validation validate() {
            Evaluation v = evaluate(val);
            ClipMetrics m = v.metrics();
            return new Validation(v.frameLoss(), m.frameMae(), m.framePcc());
          }
        });
  }

  private TrainLoss trainEpoch(List<ClipSample> train, int epoch, double lr,
      TrainListener listener) {
    long t0 = System.nanoTime();
    Engine.getInstance().setRandomSeed((int) (cfg.seed() * 31 + epoch));
    SplittableRandom rng = new SplittableRandom(cfg.seed() * 1_000_003L + epoch);
    int[] order = shuffled(train.size(), rng);
    int steps = (train.size() + cfg.batch() - 1) / cfg.batch();
    EpochSteps taken = new EpochSteps(optimizer, epoch);
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
        taken.step(lr, value, l[1].getFloat());
        double secs = (System.nanoTime() - t0) / 1e9;
        listener.onStep(epoch, s + 1, steps, value, (s * cfg.batch() + batch.size()) / secs);
      }
    }
    return taken.loss();
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
