package org.pain3d.vit;

/**
 * Low-rank adapters on a linear layer: {@code y = x W^T + b + (alpha / rank) * drop(x) A^T B^T},
 * {@code A} is {@code rank x in} (Kaiming-uniform, bound {@code 1/sqrt(in)}), {@code B} is {@code
 * out x rank} (zeros), so a fresh adapter leaves the output unchanged.
 *
 * <p>ViTPain's reference values: rank 8, alpha 16, dropout 0.1 on {@code qkv} and {@code proj}.
 * The authors' peft call ({@code target_modules=["qkv", "proj"]}) also matches timm's {@code
 * patch_embed.proj}, so their backbones carry a third adapter on the patch embedding ({@code
 * patchEmbed}): {@code A} a convolution {@code r x C x p x p} with the patch stride, {@code B}
 * {@code D x r}.
 *
 * @param rank r, the inner width of the adapter
 * @param alpha the scaling numerator
 * @param dropout dropout probability on the adapter input during training, in [0, 1)
 * @param seed seed for the initial values of {@code A}
 * @param patchEmbed whether the patch embedding has an adapter too (the authors' peft setup)
 */
public record LoraConfig(int rank, double alpha, double dropout, long seed, boolean patchEmbed) {

  /** Validates the values. */
  public LoraConfig {
    if (rank <= 0) {
      throw new IllegalArgumentException("LoRA rank must be > 0: " + rank);
    }
    if (!(alpha > 0)) {
      throw new IllegalArgumentException("LoRA alpha must be > 0: " + alpha);
    }
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("LoRA dropout must be in [0, 1): " + dropout);
    }
  }

  /**
   * Adapters on {@code qkv} and {@code proj} only.
   *
   * @param rank r
   * @param alpha the scaling numerator
   * @param dropout adapter input dropout during training
   * @param seed seed for {@code A}
   */
  public LoraConfig(int rank, double alpha, double dropout, long seed) {
    this(rank, alpha, dropout, seed, false);
  }

  /**
   * The same adapters with or without one on the patch embedding.
   *
   * @param on whether the patch embedding has an adapter
   * @return the config
   */
  public LoraConfig withPatchEmbed(boolean on) {
    return new LoraConfig(rank, alpha, dropout, seed, on);
  }

  /**
   * ViTPain's adapters: rank 8, alpha 16, dropout 0.1.
   *
   * @param seed seed for {@code A}
   * @return the config
   */
  public static LoraConfig vitPain(long seed) {
    return new LoraConfig(8, 16, 0.1, seed);
  }

  /**
   * The factor applied to the adapter path.
   *
   * @return {@code alpha / rank}
   */
  public double scaling() {
    return alpha / rank;
  }
}
