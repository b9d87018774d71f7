package org.pain3d.vit;

/** The key naming of a pretrained checkpoint. */
public enum CheckpointLayout {
  /**
   * Hugging Face {@code Dinov2Model}: {@code embeddings.*}, {@code encoder.layer.i.attention
   * .attention.{query,key,value}}, {@code layer_scale1.lambda1}, {@code layernorm}.
   */
  HF_DINOV2,
  /**
   * Hugging Face {@code DINOv3ViTModel}: {@code embeddings.{cls_token,register_tokens,
   * patch_embeddings}}, {@code layer.i.attention.{q,k,v,o}_proj}, {@code mlp.{up,down}_proj},
   * {@code norm}.
   */
  HF_DINOV3,
  /** timm {@code VisionTransformer} (DINOv2): {@code blocks.i.attn.qkv}, {@code ls1.gamma}. */
  TIMM_VIT,
  /**
   * timm {@code Eva} (DINOv3): {@code blocks.i.attn.qkv} with separate {@code q_bias} / {@code
   * v_bias}, {@code gamma_1} / {@code gamma_2}, {@code reg_token}.
   */
  TIMM_EVA
}
