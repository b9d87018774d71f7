package org.pain3d.vit;

/**
 * How {@link VitModel} runs its tokens through the blocks.
 *
 * <ul>
 *   <li>{@link #STANDARD}: the upstream forward of each family (DINOv3: {@code [CLS, registers,
 *       patches]}, 2D RoPE on the patch tokens);
 *   <li>{@link #VITPAIN_REFERENCE}: the loop the ViTPain authors run by hand over timm's DINOv3
 *       ({@code _extract_tokens} in TaatiTeam/Pain-in-3D {@code lib/models/vitpain.py}): patch
 *       embedding, CLS prepended, the register tokens never inserted (their weights exist but
 *       are unused), the blocks called without a RoPE table (no rotation), the final norm. The
 *       output is {@code [CLS, patches]}. Weights trained by that code give the authors' outputs
 *       only in this mode. Defined for backbones without a learned position embedding.
 * </ul>
 */
public enum ForwardMode {
  /** The upstream forward. */
  STANDARD,
  /** The ViTPain authors' by-hand loop: no registers, no RoPE. */
  VITPAIN_REFERENCE
}
