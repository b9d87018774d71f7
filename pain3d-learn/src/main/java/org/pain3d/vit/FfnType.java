package org.pain3d.vit;

/** The feed-forward network of a transformer block. */
public enum FfnType {
  /** {@code fc2(gelu(fc1(x)))} with exact (erf) GELU. */
  GELU_MLP,
  /** {@code fc2(silu(fc1_g(x)) * fc1_x(x))}: SwiGLU with separate gate and value weights. */
  SWIGLU
}
