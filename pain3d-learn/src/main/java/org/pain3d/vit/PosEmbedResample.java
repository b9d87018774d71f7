package org.pain3d.vit;

/**
 * How a learned {@code G x G} position-embedding grid is resized to another patch grid, matching
 * {@code torch.nn.functional.interpolate(mode="bicubic", align_corners=False)}.
 */
public enum PosEmbedResample {
  /** Plain bicubic (cubic coefficient -0.75, clamped borders): Hugging Face DINOv2. */
  BICUBIC,
  /** Bicubic with {@code antialias=True} (PIL-style filter, coefficient -0.5): timm. */
  BICUBIC_ANTIALIAS
}
