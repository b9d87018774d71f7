package org.pain3d.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pain3d.au.AuIntensities;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.au.PainSampler;
import org.pain3d.face.ExpressionShape;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.face.MorphableFace;
import org.pain3d.synth.IdentitySampler;

/**
 * Evaluating the full ICT-FaceKit model on one core: an expression change on a fixed identity
 * (AU rig + sparse incremental update) against a full re-evaluation (baseline), and a full
 * identity + expression evaluation against the same with dense expression shapes (baseline:
 * what sparsity saves). Pain configurations cycle through 64 pre-drawn PSPI samples.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class FaceEvaluationBenchmark {
  private FaceModel model;
  private AuRig rig;
  private MorphableFace face;
  private float[] identity;
  private AuIntensities[] pain;
  private float[][] expressionWeights;
  private float[][] denseShapes;
  private float[] out;
  private int next;

  /** Loads the model (cached) and draws the inputs. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    model = new FaceModelLoader(FaceModelLoader.Options.withCache(
        java.nio.file.Files.createTempDirectory("pain3d-bench"))).load(BenchModels.directory());
    rig = new AuRig(model.expressionNames(), IntensityCurve.facs());
    identity = new IdentitySampler(model.identityCount(), 1.0).sample(1);
    face = model.newFace();
    face.setIdentity(identity);
    SplittableRandom rng = new SplittableRandom(3);
    pain = new AuIntensities[64];
    expressionWeights = new float[64][];
    for (int i = 0; i < pain.length; i++) {
      pain[i] = PainSampler.sample(1 + rng.nextInt(16), rng);
      expressionWeights[i] = rig.weights(pain[i]);
    }
    denseShapes = new float[model.expressionCount()][3 * model.vertexCount()];
    for (int j = 0; j < model.expressionCount(); j++) {
      model.expressions().get(j).addTo(1f, denseShapes[j]);
    }
    out = new float[3 * model.vertexCount()];
  }

  /** @return vertices after rigging the next pain configuration on the fixed identity */
  @Benchmark
  public float[] expressionChange() {
    face.setExpression(rig.weights(pain[next++ & 63]));
    return face.vertices();
  }

  /** @return the same by re-evaluating identity and expression from scratch (baseline) */
  @Benchmark
  public float[] baselineExpressionChangeFullRecompute() {
    model.evaluate(identity, rig.weights(pain[next++ & 63]), out);
    return out;
  }

  /** @return a full identity + expression evaluation */
  @Benchmark
  public float[] fullEvaluation() {
    model.evaluate(identity, expressionWeights[next++ & 63], out);
    return out;
  }

  /** @return the same with every expression shape dense (baseline) */
  @Benchmark
  public float[] baselineFullEvaluationDenseShapes() {
    model.evaluateIdentity(identity, out);
    float[] w = expressionWeights[next++ & 63];
    for (int j = 0; j < w.length; j++) {
      if (w[j] != 0f) {
        float[] d = denseShapes[j];
        float wj = w[j];
        for (int k = 0; k < d.length; k++) {
          out[k] += wj * d[k];
        }
      }
    }
    return out;
  }

  /** Keeps the sparse type referenced for the reader of this file. */
  static final Class<?> SPARSE = ExpressionShape.class;
}
