package org.pain3d.vit;

/** The two backbone families: how positions are encoded and which reference they follow. */
public enum VitFamily {
  /** DINOv2: learned absolute position embeddings, bicubically resampled to other grids. */
  DINOV2,
  /** DINOv3: 2D rotary position embeddings (RoPE) on the patch tokens, register tokens. */
  DINOV3
}
