package org.pain3d.vit;

import java.util.Objects;

/**
 * What a checkpoint holds: the architecture, its key naming, and which of q, k, v carry a bias
 * in the file (a bias absent from the file is zero in the fused {@code qkv.bias}).
 *
 * @param config the architecture
 * @param layout the key naming
 * @param qBias the file has a query bias
 * @param kBias the file has a key bias
 * @param vBias the file has a value bias
 */
public record LoadPlan(
    VitConfig config, CheckpointLayout layout, boolean qBias, boolean kBias, boolean vBias) {

  /** Checks that the bias flags agree with the config. */
  public LoadPlan {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(layout, "layout");
    if (config.qkvBias() != (qBias || kBias || vBias)) {
      throw new IllegalArgumentException("config.qkvBias must be true exactly when a q/k/v bias exists");
    }
  }

  /**
   * A plan whose q, k, v biases all follow {@code config.qkvBias()}, except timm Eva, which never
   * stores a key bias.
   *
   * @param config the architecture
   * @param layout the key naming
   * @return the plan
   */
  public static LoadPlan of(VitConfig config, CheckpointLayout layout) {
    boolean b = config.qkvBias();
    return new LoadPlan(config, layout, b, b && layout != CheckpointLayout.TIMM_EVA, b);
  }

  /**
   * The same plan with another config (e.g. a position grid read from the file).
   *
   * @param c the new config
   * @return the plan
   */
  public LoadPlan withConfig(VitConfig c) {
    return new LoadPlan(c, layout, qBias, kBias, vBias);
  }
}
