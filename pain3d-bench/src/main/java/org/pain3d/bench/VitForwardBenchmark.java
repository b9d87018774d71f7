package org.pain3d.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
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
import org.openjdk.jmh.infra.Blackhole;
import org.pain3d.vit.VitArch;
import org.pain3d.vit.VitModel;

/**
 * Forward time of a DINOv3 ViT-S/16 backbone (random weights) at 224 x 224 on DJL + PyTorch CPU,
 * batch 1 and 8. Compare with {@code pain3d-bench/python/bench_vit_torch.py} at the same thread
 * count ({@code -Dai.djl.pytorch.num_threads}, default: all cores). Sample mode: read the p0.50
 * line for the median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Dai.djl.offline=true", "-Xmx4g"})
public class VitForwardBenchmark {
  @Param({"1", "8"})
  int batch;

  @Param({"224"})
  int size;

  private NDManager manager;
  private VitModel model;
  private float[] pixels;

  /** Builds the model with seeded random weights and the input values. */
  @Setup(Level.Trial)
  public void setUp() {
    Engine.getInstance().setRandomSeed(1);
    manager = NDManager.newBaseManager();
    model = new VitModel(VitArch.VIT_SMALL_PATCH16_DINOV3.config(), null);
    model.initialize(manager);
    SplittableRandom r = new SplittableRandom(2);
    pixels = new float[batch * 3 * size * size];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (float) r.nextGaussian();
    }
  }

  /** Releases the native memory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    manager.close();
  }

  /**
   * One forward pass: pixels in a per-call sub-manager, tokens out.
   *
   * @param bh consumes the result
   */
  @Benchmark
  public void forward(Blackhole bh) {
    try (NDManager step = manager.newSubManager()) {
      NDArray px = step.create(pixels, new Shape(batch, 3, size, size));
      NDArray tokens = model.embed(px);
      bh.consume(tokens.getFloat(0, 0, 0));
    }
  }
}
