package org.pain3d.vitpain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pain3d.vit.VitModel;

/** Random-init backbones: reproducible from the spec text, CLS token depends on the image. */
class BackbonesTest {
  private static float[] pixels(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[3 * 32 * 32];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return v;
  }

  private static float[] cls(VitModel m, NDManager mgr, long seed) {
    try (NDManager s = mgr.newSubManager()) {
      NDArray t = m.embed(s.create(pixels(seed), new Shape(1, 3, 32, 32)));
      return t.get(":, 0, :").toFloatArray();
    }
  }

  @Test
  void theSameSpecGivesTheSameWeightsAndClsSeesTheImage() throws IOException {
    try (NDManager m = NDManager.newBaseManager()) {
      BackboneSpec spec = BackboneSpec.parse("random:" + BackboneSpec.TINY + ":7", null);
      VitModel a = Backbones.create(spec, null, org.pain3d.vit.ForwardMode.STANDARD, m);
      VitModel b = Backbones.create(spec, null, org.pain3d.vit.ForwardMode.STANDARD, m);
      VitModel c = Backbones.create(BackboneSpec.parse("random:" + BackboneSpec.TINY + ":8", null), null, org.pain3d.vit.ForwardMode.STANDARD, m);
      assertThat(cls(a, m, 1)).containsExactly(cls(b, m, 1));
      assertThat(cls(a, m, 1)).isNotEqualTo(cls(c, m, 1));
      float[] x = cls(a, m, 1);
      float[] y = cls(a, m, 2);
      double diff = 0;
      for (int i = 0; i < x.length; i++) {
        diff = Math.max(diff, Math.abs(x[i] - y[i]));
      }
      assertThat(diff).isGreaterThan(1e-3);
      assertThat(spec.text()).isEqualTo("random:tiny_patch16_dinov3:7");
      assertThat(spec.random()).isTrue();
    }
  }

  @Test
  void badSpecsAreRefused() {
    assertThatThrownBy(() -> BackboneSpec.parse("random:vit_huge_whatever", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BackboneSpec.parse("random:tiny_patch16_dinov3:x", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad seed");
  }

  @Test
  void aCustomArchitectureIsBuiltFromItsName() throws IOException {
    BackboneSpec.RandomInit spec = (BackboneSpec.RandomInit) BackboneSpec.parse(
        "random:dinov3_patch8_dim64_depth3_heads4:1", null);
    assertThat(spec.config()).isEqualTo(org.pain3d.vit.VitConfig.dinov3(8, 64, 3, 4));
    try (NDManager m = NDManager.newBaseManager(); NDManager s = m.newSubManager()) {
      VitModel model = Backbones.create(spec, null, org.pain3d.vit.ForwardMode.STANDARD, m);
      NDArray t = model.embed(s.create(pixels(1), new Shape(1, 3, 32, 32)));
      assertThat(t.getShape()).isEqualTo(new Shape(1, 1 + 4 + 16, 64));
    }
    assertThatThrownBy(() -> BackboneSpec.parse("random:dinov3_patch8_dim60_depth3_heads4", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of 8");
    assertThatThrownBy(() -> BackboneSpec.parse("random:dinov3_patch8_dim48_depth3_heads8", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RoPE");
  }
}
