package org.pain3d.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pain3d.train.AdamW;
import org.pain3d.train.TrainConfig;
import org.pain3d.train.VitPainTrainer;
import org.pain3d.vitpain.BackboneMode;
import org.pain3d.vitpain.Branch;
import org.pain3d.vitpain.LossTerms;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.vitpain.VitPainLoss;
import org.pain3d.vitpain.VitPainModel;
import org.pain3d.vitpain.VitPainOutput;

/**
 * One ViTPain training step (forward of both branches, loss, backward, AdamW) with DINOv3
 * ViT-S/16 (random weights) at 224 px: {@code lora} = LoRA rank 8 on both backbones;
 * {@code frozen} = the frozen-backbone mode's step on cached tokens (heads only; the one-off
 * token computation is not included); {@code trained} = every weight of one shared backbone
 * trains (from-scratch mode). Single-shot mode: read the median (p0.50) per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Dai.djl.offline=true", "-Xmx6g"})
public class VitPainStepBenchmark {
  @Param({"lora", "frozen", "trained"})
  String mode;

  @Param({"8"})
  int batch;

  private NDManager manager;
  private VitPainModel model;
  private AdamW opt;
  private float[] pain;
  private float[] neutral;
  private float[] painTok;
  private float[] neutralTok;
  private Shape tokShape;

  /**
   * Builds the model and the inputs.
   *
   * @throws IOException never (random backbone)
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Engine.getInstance().setRandomSeed(1);
    manager = NDManager.newBaseManager();
    BackboneMode m = BackboneMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT));
    VitPainConfig paper = VitPainConfig.paper("random:vit_small_patch16_dinov3:0", null, 8);
    model = VitPainModel.create(m == BackboneMode.LORA ? paper : new VitPainConfig(
        paper.backbone(), null, m, paper.options(), 0, 1, 0, 1, 42, 224), manager);
    opt = VitPainTrainer.optimizer(model, TrainConfig.defaults(), manager);
    SplittableRandom r = new SplittableRandom(2);
    pain = gaussian(r, batch * 3 * 224 * 224);
    neutral = gaussian(r, batch * 3 * 224 * 224);
    if (m == BackboneMode.FROZEN) {
      try (NDManager s = manager.newSubManager()) {
        NDArray t = model.tokens(Branch.PAIN, s.create(pain, new Shape(batch, 3, 224, 224)), false);
        tokShape = t.getShape();
        painTok = t.toFloatArray();
        neutralTok = model.tokens(Branch.PAIN, s.create(neutral, new Shape(batch, 3, 224, 224)), false)
            .toFloatArray();
      }
    }
  }

  private static float[] gaussian(SplittableRandom r, int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return v;
  }

  /** Releases the native memory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    manager.close();
  }

  /**
   * One training step.
   *
   * @return the loss
   */
  @Benchmark
  public float step() {
    try (NDManager s = manager.newSubManager()) {
      float loss;
      try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
        VitPainOutput o = painTok != null
            ? model.forwardTokens(s.create(painTok, tokShape), s.create(neutralTok, tokShape), true)
            : model.forward(s.create(pain, new Shape(batch, 3, 224, 224)),
                s.create(neutral, new Shape(batch, 3, 224, 224)), true);
        LossTerms lt = new VitPainLoss(1.0).compute(o, s.create(new float[batch]).add(3f),
            s.zeros(new Shape(batch, 6)));
        gc.backward(lt.total());
        loss = lt.total().getFloat();
      }
      opt.step(1e-4);
      return loss;
    }
  }
}
