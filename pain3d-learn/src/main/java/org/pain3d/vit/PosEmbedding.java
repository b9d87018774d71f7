package org.pain3d.vit;

/** How absolute (learned) position embeddings are laid out. */
public enum PosEmbedding {
  /** No learned position embedding (DINOv3 uses RoPE instead). */
  NONE,
  /**
   * {@code pos_embed} is {@code 1 x (1 + G*G) x D}: one row for the CLS token, then the patch
   * grid; registers (if any) get none. DINOv2 (HF and timm without registers).
   */
  LEARNED_WITH_CLS,
  /**
   * {@code pos_embed} is {@code 1 x G*G x D}, patches only; CLS and registers get none (timm
   * {@code no_embed_class=True}, the {@code reg4} DINOv2 models).
   */
  LEARNED_PATCHES_ONLY
}
