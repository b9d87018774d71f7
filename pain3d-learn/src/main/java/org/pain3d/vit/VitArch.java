package org.pain3d.vit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Named timm architectures whose safetensors this project loads ({@code --arch}). DINOv3 models
 * are timm {@code Eva} ({@code vit_*_patch16_dinov3}, {@code _qkvb} with q/v biases); DINOv2 are
 * timm {@code VisionTransformer} ({@code vit_*_patch14_dinov2}, {@code _reg4_} with 4
 * registers). Learned position grids are read from the file ({@code pos_embed} rows).
 */
public enum VitArch {
  /** DINOv3 ViT-S/16, 4 registers, RoPE. */
  VIT_SMALL_PATCH16_DINOV3(VitConfig.dinov3(16, 384, 12, 6), false),
  /** DINOv3 ViT-S/16 with (zero) q/v biases. */
  VIT_SMALL_PATCH16_DINOV3_QKVB(VitConfig.dinov3(16, 384, 12, 6), true),
  /** DINOv3 ViT-B/16. */
  VIT_BASE_PATCH16_DINOV3(VitConfig.dinov3(16, 768, 12, 12), false),
  /** DINOv3 ViT-B/16 with q/v biases. */
  VIT_BASE_PATCH16_DINOV3_QKVB(VitConfig.dinov3(16, 768, 12, 12), true),
  /** DINOv3 ViT-L/16. */
  VIT_LARGE_PATCH16_DINOV3(VitConfig.dinov3(16, 1024, 24, 16), false),
  /** DINOv3 ViT-L/16 with q/v biases. */
  VIT_LARGE_PATCH16_DINOV3_QKVB(VitConfig.dinov3(16, 1024, 24, 16), true),
  /** DINOv2 ViT-S/14 (518 px, 37 x 37 grid). */
  VIT_SMALL_PATCH14_DINOV2(dinov2(384, 12, 6, 0), true),
  /** DINOv2 ViT-B/14. */
  VIT_BASE_PATCH14_DINOV2(dinov2(768, 12, 12, 0), true),
  /** DINOv2 ViT-L/14. */
  VIT_LARGE_PATCH14_DINOV2(dinov2(1024, 24, 16, 0), true),
  /** DINOv2 ViT-S/14 with 4 registers. */
  VIT_SMALL_PATCH14_REG4_DINOV2(dinov2(384, 12, 6, 4), true),
  /** DINOv2 ViT-B/14 with 4 registers. */
  VIT_BASE_PATCH14_REG4_DINOV2(dinov2(768, 12, 12, 4), true),
  /** DINOv2 ViT-L/14 with 4 registers. */
  VIT_LARGE_PATCH14_REG4_DINOV2(dinov2(1024, 24, 16, 4), true);

  private final VitConfig config;

  VitArch(VitConfig base, boolean qkvBias) {
    this.config = base.withBiases(qkvBias, true, true, base.normEps());
  }

  private static VitConfig dinov2(int dim, int depth, int heads, int registers) {
    VitConfig c = VitConfig.dinov2(14, dim, depth, heads, 37);
    return registers == 0
        ? c.withPositions(0, PosEmbedding.LEARNED_WITH_CLS, 37, PosEmbedResample.BICUBIC_ANTIALIAS)
        : c.withPositions(registers, PosEmbedding.LEARNED_PATCHES_ONLY, 37,
            PosEmbedResample.BICUBIC_ANTIALIAS);
  }

  /** @return the architecture (DINOv2: 37 x 37 learned grid, replaced by the file's) */
  public VitConfig config() {
    return config;
  }

  /** @return the timm layout of this family */
  public CheckpointLayout layout() {
    return config.family() == VitFamily.DINOV3 ? CheckpointLayout.TIMM_EVA : CheckpointLayout.TIMM_VIT;
  }

  /** @return the timm model name, e.g. {@code vit_small_patch16_dinov3} */
  public String timmName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Looks up a timm name; a pretrained tag ({@code .lvd1689m}) is ignored.
   *
   * @param name e.g. {@code vit_base_patch14_dinov2.lvd142m}
   * @return the architecture
   * @throws IllegalArgumentException for an unknown name (the message lists the known ones)
   */
  public static VitArch fromTimmName(String name) {
    String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    for (VitArch a : values()) {
      if (a.timmName().equals(base.toLowerCase(Locale.ROOT))) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown architecture '" + name + "'; known: "
        + Arrays.stream(values()).map(VitArch::timmName).collect(Collectors.joining(", ")));
  }
}
