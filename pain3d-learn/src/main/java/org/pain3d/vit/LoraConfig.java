package org.pain3d.vit;

/**
 * Low-rank adapters on a linear layer: {@code y = x W^T + b + (alpha / rank) * drop(x) A^T B^T},
 * {@code A} is {@code rank x in} (Kaiming-uniform, bound {@code 1/sqrt(in)}), {@code B} is {@code
 * out x rank} (zeros), so a fresh adapter leaves the output unchanged.
 *
 * <p>ViTPain's reference values: rank 8, alpha 16, dropout 0.1 on {@code qkv} and {@code proj}.
 *
 * @param rank r, the inner width of the adapter
 * @param alpha the scaling numerator
 * @param dropout dropout probability on the adapter input during training, in [0, 1)
 * @param seed seed for the initial values of {@code A}
 */
public record LoraConfig(int rank, double alpha, double dropout, long seed) {

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
