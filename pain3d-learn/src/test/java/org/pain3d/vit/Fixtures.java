package org.pain3d.vit;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths and configs of the committed parity fixtures (see src/test/python). */
final class Fixtures {
  private Fixtures() {}

  static Path dir(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/org/pain3d/vit/fixtures/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("fixture " + name + " not found", e);
    }
  }

  /** timm VisionTransformer (DINOv2) tiny: dim 24, depth 2, heads 2, hidden 36, patch 7, grid 4. */
  static VitConfig timmDinov2(int registers) {
    return new VitConfig(VitFamily.DINOV2, 7, 24, 2, 2, 36, FfnType.GELU_MLP, registers,
        registers == 0 ? PosEmbedding.LEARNED_WITH_CLS : PosEmbedding.LEARNED_PATCHES_ONLY, 4,
        PosEmbedResample.BICUBIC_ANTIALIAS, false, 100, true, 1.0, 1e-6, true, true, true, 3);
  }

  /** timm Eva (DINOv3) tiny: dim 24, depth 2, heads 2, hidden 36, patch 8, 4 registers. */
  static VitConfig timmDinov3(boolean qkvBias, FfnType ffn) {
    return new VitConfig(VitFamily.DINOV3, 8, 24, 2, 2, 36, ffn, 4, PosEmbedding.NONE, 0,
        PosEmbedResample.BICUBIC, true, 100, true, 1.0, 1e-5, qkvBias, true, true, 3);
  }
}
