/**
 * ViTPain (SPEC.md section 5): a pain image and a neutral reference of the same identity,
 * two DINOv2 / DINOv3 backbones with their own LoRA, cross-attention from pain tokens to
 * neutral tokens, and the PSPI, binary and AU heads with their loss.
 *
 * <p>Shapes: pixels {@code (N, 3, S, S)} ImageNet-normalised; backbone tokens {@code (N, 1 + R
 * + P, D)}; the heads see {@code [CLS, patches]} ({@code 1 + P} tokens, registers dropped as in
 * the reference code). The PSPI head's sigmoid output is PSPI / 16 (0..1, what the loss sees);
 * {@link org.pain3d.vitpain.VitPainOutput#pspi()} gives PSPI on 0..16 to everything else.
 *
 * <p>The model is one DJL block tree ({@link org.pain3d.vitpain.NamedBlock}): {@link
 * org.pain3d.vitpain.VitPainModel} with children {@code pain} / {@code neutral} (LoRA) or {@code
 * backbone}, and {@code heads} ({@link org.pain3d.vitpain.VitPainHeads}: {@code cross}, {@code
 * pspi}, {@code binary0..2}, {@code au}); every parameter is a typed DJL {@code Parameter} with a
 * dotted path ({@code heads.pspi.fc0.weight}) that is also its key in the run's safetensors
 * files.
 *
 * <p>The ViTPain authors' released checkpoint maps onto this model ({@link
 * org.pain3d.vitpain.AuthorsCheckpoint}, key table in {@code AuthorsHeads}); {@link
 * org.pain3d.vitpain.VitPainConfig#authorsForward()} runs their forward (no registers, no RoPE,
 * a LoRA adapter on the patch embedding), which their weights need.
 */
package org.pain3d.vitpain;
