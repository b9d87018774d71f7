package org.pain3d.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pain3d.pairs.HeatmapRef;
import org.pain3d.pairs.ImageRef;
import org.pain3d.pairs.Modality;
import org.pain3d.pairs.PairSource;
import org.pain3d.vitpain.AuxHeads;
import org.pain3d.vitpain.BackboneMode;
import org.pain3d.vitpain.HeadOptions;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.vitpain.VitPainModel;
import org.pain3d.vitpain.VitPainOutput;

/**
 * The teacher cache returns what a fresh teacher pass gives and computes each image once;
 * distillation gradients reach the student (heads, projector, backbone) and never the teacher.
 */
class TeacherDistillationTest {
  private static final int S = TinySynthetic.SIZE;
  private NDManager m;

  @BeforeEach
  void open() {
    m = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    m.close();
  }

  private static VitPainConfig teacherConfig() {
    VitPainConfig c = TinySynthetic.config(BackboneMode.TRAINED);
    return new VitPainConfig(c.backbone(), null, c.mode(), new HeadOptions(false, true, true), 0,
        c.loraAlpha(), 0, 0, 11, c.imageSize(), Modality.HEATMAP, AuxHeads.NONE, false);
  }

  /** Random pairs of tiny images, each with a random heatmap; counts heatmap loads. */
  private static final class Pairs implements PairSource {
    final AtomicInteger loads = new AtomicInteger();
    final List<float[]> px = new ArrayList<>();
    final List<float[]> mm = new ArrayList<>();

    Pairs(int n, long seed) {
      SplittableRandom r = new SplittableRandom(seed);
      for (int i = 0; i < 2 * n; i++) {
        float[] p = new float[3 * S * S];
        for (int j = 0; j < p.length; j++) {
          p[j] = (float) r.nextGaussian();
        }
        px.add(p);
      }
      for (int i = 0; i < n; i++) {
        float[] h = new float[S * S];
        for (int j = 0; j < h.length; j++) {
          h[j] = (float) (10 * r.nextDouble());
        }
        mm.add(h);
      }
    }

    @Override
    public int size() {
      return mm.size();
    }

    @Override
    public float pspi(int i) {
      return i % 17;
    }

    @Override
    public float[] au(int i) {
      return new float[6];
    }

    @Override
    public String subject(int i) {
      return "s" + i;
    }

    @Override
    public ImageRef pain(int i) {
      return new ImageRef("p" + i, () -> px.get(i));
    }

    @Override
    public List<ImageRef> neutrals(int i, int k, RandomGenerator rng) {
      List<ImageRef> out = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        out.add(new ImageRef("n" + i, () -> px.get(size() + i)));
      }
      return out;
    }

    @Override
    public HeatmapRef heatmap(int i) {
      return new HeatmapRef("h" + i, () -> {
        loads.incrementAndGet();
        return mm.get(i);
      }, S);
    }
  }

  @Test
  void cacheEqualsFreshTeacherOutputsAndComputesEachImageOnce() throws IOException {
    VitPainModel teacher = VitPainModel.create(teacherConfig(), m);
    Pairs src = new Pairs(3, 1);
    TeacherCache cache = new TeacherCache(teacher, new InMemoryTokenStore());
    List<HeatmapRef> maps = List.of(src.heatmap(0), src.heatmap(1), src.heatmap(2));
    try (NDManager step = m.newSubManager()) {
      TeacherCache.Targets first = cache.targets(maps, step);
      TeacherCache.Targets again = cache.targets(maps, step);
      assertThat(src.loads.get()).isEqualTo(3);
      assertThat(cache.size()).isEqualTo(3);
      List<float[]> pixels = maps.stream().map(h -> h.asImage().pixels().get()).toList();
      VitPainOutput fresh = teacher.forward(Pixels.stack(pixels, step), null, false);
      assertClose(first.pspiUnit(), fresh.pspiUnit());
      assertClose(first.prob(), ai.djl.nn.Activation.sigmoid(fresh.binaryLogits()));
      assertClose(first.attention(), fresh.auAttention());
      assertClose(first.fused(), fresh.fused());
      assertThat(again.fused().toFloatArray()).containsExactly(first.fused().toFloatArray());
    }
  }

  private static void assertClose(NDArray a, NDArray b) {
    assertThat(a.getShape()).isEqualTo(b.getShape());
    float[] x = a.toFloatArray();
    float[] y = b.toFloatArray();
    for (int i = 0; i < x.length; i++) {
      assertThat(x[i]).isCloseTo(y[i], org.assertj.core.data.Offset.offset(1e-5f));
    }
  }

  @Test
  void gradientsReachTheStudentOnly() throws IOException {
    VitPainModel teacher = VitPainModel.create(teacherConfig(), m);
    teacher.parameters().values().forEach(p -> p.freeze(true));
    int dim = teacher.backbone(org.pain3d.vitpain.Branch.PAIN).config().dim();
    VitPainModel student = VitPainModel.create(TinySynthetic.config(BackboneMode.TRAINED)
        .with(Modality.RGB, new AuxHeads(true, dim)), m);
    DistillConfig all = new DistillConfig("teacher", 1, 1, FeatureLoss.COSINE, 1,
        AttentionTarget.TEACHER, 0, false, 1);
    Distillation d = new Distillation(all,
        new TeacherCache(teacher, new InMemoryTokenStore()), student);
    Pairs src = new Pairs(2, 2);
    int[] idx = {0, 1};
    float[] teacherBefore;
    try (NDManager step = m.newSubManager()) {
      teacherBefore = teacher.forward(Pixels.stack(List.of(src.heatmap(0).asImage().pixels()
          .get()), step), null, false).fused().toFloatArray();
      Distillation.Batch b = d.targets(src, idx, step);
      try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
        VitPainOutput o = student.forward(Pixels.stack(List.of(src.px.get(0), src.px.get(1)),
            step), Pixels.stack(List.of(src.px.get(2), src.px.get(3)), step), true);
        NDArray loss = d.loss(o, b, 0);
        assertThat(b.teacher().fused().hasGradient()).isFalse();
        gc.backward(loss);
      }
      for (String path : List.of("heads.project.weight", "heads.region.fc.weight",
          "heads.au.queries", "heads.pspi.fc3.weight", "backbone.patch_embed.proj.weight")) {
        Parameter p = student.parameter(path);
        assertThat(p.getArray().getGradient().abs().sum().getFloat()).as(path).isPositive();
      }
      for (Parameter p : teacher.parameters().values()) {
        assertThat(p.requiresGradient()).isFalse();
      }
      float[] teacherAfter = teacher.forward(Pixels.stack(List.of(src.heatmap(0).asImage()
          .pixels().get()), step), null, false).fused().toFloatArray();
      assertThat(teacherAfter).containsExactly(teacherBefore);
    }
  }
}
