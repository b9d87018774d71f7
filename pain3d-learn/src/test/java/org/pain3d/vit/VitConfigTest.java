package org.pain3d.vit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import org.junit.jupiter.api.Test;

class VitConfigTest {
  @Test
  void rejectsInconsistentSizes() {
    assertThatThrownBy(() -> VitConfig.dinov3(16, 384, 12, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of heads");
    assertThatThrownBy(() -> VitConfig.dinov3(16, 36, 1, 6))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("divisible by 4");
    assertThatThrownBy(() -> VitConfig.dinov2(14, 384, 12, 6, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("posEmbedGrid");
    assertThatThrownBy(() -> new LoraConfig(0, 16, 0.1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namedArchitecturesCountLikeTheTimmDefinitions() {
    // S/16 DINOv3 (no qkv bias): per block norms+gammas 2*768+2*384, qkv 384*1152,
    // proj 384*384+384, fc1 384*1536+1536, fc2 1536*384+384 = 1,774,080; x12
    // + patch 384*3*16*16+384 + cls 384 + 4 registers 1536 + final norm 768
    // = 21,586,944 (timm: "21.6M").
    assertThat(count(VitArch.VIT_SMALL_PATCH16_DINOV3)).isEqualTo(21_586_944L);
    // S/14 DINOv2 at 518 px: blocks with qkv bias (+1152) 1,775,232 x12
    // + patch 384*3*14*14+384 + cls 384 + pos (1+37*37)*384 + norm 768 = 22,056,192 (timm: "22.1M").
    assertThat(count(VitArch.VIT_SMALL_PATCH14_DINOV2)).isEqualTo(22_056_192L);
  }

  private static long count(VitArch a) {
    VitModel m = new VitModel(a.config(), null);
    long n = 0;
    for (Parameter p : m.baseParameters().values()) {
      Shape s = p.getShape();
      n += s.size();
    }
    return n;
  }
}
