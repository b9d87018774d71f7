package org.pain3d.vitpain;

import org.pain3d.vit.LoraConfig;

/**
 * Everything needed to rebuild a ViTPain model (stored as {@code model.json} in a run).
 *
 * @param backbone {@link BackboneSpec#text()}
 * @param arch timm architecture of a backbone file, or {@code null}
 * @param options active parts
 * @param loraRank LoRA rank; 0 = frozen-backbone mode (no LoRA, tokens cached)
 * @param loraAlpha LoRA alpha
 * @param loraDropout LoRA dropout
 * @param seed head and adapter init seed
 * @param imageSize input side in pixels (224 in the paper)
 */
public record VitPainConfig(String backbone, String arch, HeadOptions options, int loraRank,
    double loraAlpha, double loraDropout, long seed, int imageSize) {

  /** Validates. */
  public VitPainConfig {
    java.util.Objects.requireNonNull(backbone, "backbone");
    java.util.Objects.requireNonNull(options, "options");
    if (loraRank < 0) {
      throw new IllegalArgumentException("LoRA rank must be >= 0, got " + loraRank);
    }
    if (imageSize < 16) {
      throw new IllegalArgumentException("image size must be >= 16, got " + imageSize);
    }
  }

  /** @return the backbone spec */
  public BackboneSpec spec() {
    return BackboneSpec.parse(backbone, arch);
  }

  /** @return whether the backbone is frozen without adapters (token cache mode) */
  public boolean frozen() {
    return loraRank == 0;
  }

  /**
   * The adapters of one branch.
   *
   * @param branch 0 pain, 1 neutral (different seeds)
   * @return the config, or {@code null} in frozen mode
   */
  public LoraConfig lora(int branch) {
    return frozen() ? null : new LoraConfig(loraRank, loraAlpha, loraDropout, seed + 1000L * (branch + 1));
  }
}
