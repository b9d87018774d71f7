package org.pain3d.train;

import org.pain3d.vitpain.BackboneMode;
import org.pain3d.vitpain.BackboneSpec;
import org.pain3d.vitpain.HeadOptions;
import org.pain3d.vitpain.VitPainConfig;

/**
 * Tiny ViTPain configs for tests. The tiny generated data set they train on is made in
 * pain3d-app's tests ({@code TinySyntheticData}): pain3d-learn never depends on the generator.
 */
public final class TinySynthetic {
  /** Network input side of the tests. */
  public static final int SIZE = 32;

  private TinySynthetic() {}

  /**
   * A tiny random-backbone model config (paper head dropout).
   *
   * @param mode LORA (rank 2), FROZEN or TRAINED
   * @return the config
   */
  public static VitPainConfig config(BackboneMode mode) {
    int rank = mode == BackboneMode.LORA ? 2 : 0;
    return new VitPainConfig("random:" + BackboneSpec.TINY + ":5", null, mode, HeadOptions.full(),
        rank, 2.0 * Math.max(1, rank), 0.0, 1.0, 3, SIZE);
  }

  /**
   * Small training settings.
   *
   * @param epochs epochs
   * @return lr 3e-3, batch 4
   */
  public static TrainConfig train(int epochs) {
    return new TrainConfig(epochs, 4, 3e-3, 1.0, 0.1, 0.01, 1.0, 1.0, 2.0, 0, PairAugmentation.PER_IMAGE, 42);
  }
}
