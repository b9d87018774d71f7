package org.pain3d.vitpain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pain3d.train.TinySynthetic;
import org.pain3d.vit.Scalars;

/**
 * Gradients do not depend on what the garbage collector did between the forward and the
 * backward pass. DJL's {@code Number} overloads ({@code x.div(8f)}) free their scalar operand
 * as soon as the op returns, while autograd keeps it for the backward pass; once the garbage
 * collector has freed its direct buffer and the memory is reused, the gradients change (seen in
 * CI: a resumed training run 1e-3 away from the same run made in one go). {@link Scalars}
 * keeps such constants alive with the step.
 */
class FreedScalarsTest {
  private static final int N = 2;

  @ParameterizedTest
  @EnumSource(value = BackboneMode.class, names = {"TRAINED", "LORA"})
  void gradientsAreTheSameWhateverTheGarbageCollectorFreedBeforeTheBackwardPass(BackboneMode mode)
      throws InterruptedException {
    assertSameGradients(m -> vitPain(mode, m), FreedScalarsTest::vitPainLoss);
  }

  @Test
  void temporalGradientsAreTheSameWhateverTheGarbageCollectorFreed() throws InterruptedException {
    assertSameGradients(m -> {
      TemporalHeads h = new TemporalHeads(new TemporalConfig(16, 2, 2, 8, true, true, true, 5));
      h.initialize(m);
      return h;
    }, FreedScalarsTest::temporalLoss);
  }

  private static void assertSameGradients(Function<NDManager, NamedBlock> build,
      BiFunction<NamedBlock, NDManager, NDArray> loss) throws InterruptedException {
    List<float[]> quiet = gradients(build, loss, false);
    List<float[]> scribbled = gradients(build, loss, true);
    assertThat(scribbled).hasSameSizeAs(quiet);
    for (int i = 0; i < quiet.size(); i++) {
      assertThat(scribbled.get(i)).as("gradient %d", i).containsExactly(quiet.get(i));
    }
  }

  private static VitPainModel vitPain(BackboneMode mode, NDManager m) {
    try {
      return VitPainModel.create(TinySynthetic.config(mode), m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ViTPain loss of two fixed image pairs. */
  private static NDArray vitPainLoss(NamedBlock model, NDManager step) {
    int side = TinySynthetic.SIZE;
    Shape s = new Shape(N, 3, side, side);
    VitPainOutput o = ((VitPainModel) model).forward(step.create(gaussian(N * 3 * side * side, 11), s),
        step.create(gaussian(N * 3 * side * side, 12), s), false);
    return new VitPainLoss(0.5).compute(o, step.create(new float[] {3f, 9f}),
        step.create(new float[] {1, 0, 2, 0, 1, 0, 3, 1, 0, 2, 1, 1}, new Shape(N, 6))).total();
  }

  /** The temporal loss of two fixed clips of 4 frames of 3 tokens. */
  private static NDArray temporalLoss(NamedBlock heads, NDManager step) {
    TemporalOutput o = ((TemporalHeads) heads).forward(
        step.create(gaussian(N * 4 * 3 * 16, 13), new Shape(N, 4, 3, 16)),
        step.create(gaussian(N * 3 * 16, 14), new Shape(N, 3, 16)), false);
    return new TemporalLoss(0.5).compute(o,
        step.create(new float[] {0, 4, 9, 2, 0, 0, 1, 0}, new Shape(N, 4)),
        step.create(new float[] {1, 0}))[0];
  }

  private static float[] gaussian(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return v;
  }

  /** The gradients of one loss on fixed inputs, parameter by parameter. */
  private static List<float[]> gradients(Function<NDManager, NamedBlock> build,
      BiFunction<NamedBlock, NDManager, NDArray> loss, boolean reuseFreedMemory)
      throws InterruptedException {
    Engine.getInstance().setRandomSeed(7);
    List<ByteBuffer> scribbles = new ArrayList<>();
    try (NDManager m = NDManager.newBaseManager()) {
      NamedBlock model = build.apply(m);
      try (NDManager step = m.newSubManager()) {
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
          NDArray total = loss.apply(model, step);
          if (reuseFreedMemory) {
            reuseFreedDirectMemory(scribbles);
          }
          gc.backward(total);
        }
        List<float[]> out = new ArrayList<>();
        for (var p : model.getParameters()) {
          NDArray a = p.getValue().getArray();
          if (a.hasGradient()) {
            out.add(a.getGradient().toFloatArray());
          }
        }
        assertThat(out).isNotEmpty();
        return out;
      }
    }
  }

  /**
   * Lets the cleaner free the direct buffers of closed arrays, then takes small buffers (the
   * size of freed scalars) and fills them with a value no gradient has.
   */
  private static void reuseFreedDirectMemory(List<ByteBuffer> keep) throws InterruptedException {
    for (int round = 0; round < 3; round++) {
      System.gc();
      Thread.sleep(50);
      for (int i = 0; i < 4000; i++) {
        ByteBuffer b = ByteBuffer.allocateDirect(4 + 4 * (i % 16));
        while (b.remaining() >= Float.BYTES) {
          b.putFloat(1000f);
        }
        keep.add(b);
      }
    }
  }

  /** The rule that keeps it so: only the optimizer (gradient recording off) uses the overloads. */
  @Test
  void onlyTheOptimizerUsesNdArrayArithmeticWithANumber() throws IOException, URISyntaxException {
    Path classes = Path.of(Scalars.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    byte[] overload = "Ljava/lang/Number;)Lai/djl/ndarray/NDArray;".getBytes(StandardCharsets.UTF_8);
    List<String> users = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        if (contains(Files.readAllBytes(f), overload)) {
          users.add(classes.relativize(f).toString());
        }
      }
    }
    assertThat(users).containsExactly("org/pain3d/train/AdamW.class");
  }

  private static boolean contains(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
