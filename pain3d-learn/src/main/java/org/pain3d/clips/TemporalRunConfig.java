package org.pain3d.clips;

import java.util.Objects;
import org.pain3d.vitpain.BackboneMode;
import org.pain3d.vitpain.BackboneSpec;
import org.pain3d.vitpain.HeadOptions;
import org.pain3d.vitpain.TemporalConfig;
import org.pain3d.vitpain.VitPainConfig;

/**
 * Everything needed to rebuild a temporal model ({@code temporal.json} in a run folder).
 *
 * @param backbone {@link BackboneSpec#text()} of the frozen backbone
 * @param arch timm architecture of a backbone file, or {@code null}
 * @param imageSize network input side, pixels
 * @param frameStride the model sees every {@code frameStride}-th video frame
 * @param clipWeight weight of the clip term in the loss
 * @param temporal the heads' shape
 */
public record TemporalRunConfig(String backbone, String arch, int imageSize, int frameStride,
    double clipWeight, TemporalConfig temporal) {
  /** Validates. */
  public TemporalRunConfig {
    Objects.requireNonNull(backbone, "backbone");
    Objects.requireNonNull(temporal, "temporal");
    if (frameStride < 1 || frameStride > 1000) {
      throw new IllegalArgumentException("frame stride must be 1..1000, got " + frameStride);
    }
    if (imageSize < VitPainConfig.MIN_IMAGE_SIZE || imageSize > VitPainConfig.MAX_IMAGE_SIZE) {
      throw new IllegalArgumentException("image size must be " + VitPainConfig.MIN_IMAGE_SIZE
          + " to " + VitPainConfig.MAX_IMAGE_SIZE + " px, got " + imageSize);
    }
  }

  /**
   * @param t the temporal model's config
   * @return this run config with it
   */
  public TemporalRunConfig withTemporal(TemporalConfig t) {
    return new TemporalRunConfig(backbone, arch, imageSize, frameStride, clipWeight, t);
  }

  /**
   * The frozen-backbone ViTPain config whose backbone makes the frame tokens (its own heads are
   * not used).
   *
   * @return the config
   */
  public VitPainConfig backboneConfig() {
    return new VitPainConfig(backbone, arch, BackboneMode.FROZEN, HeadOptions.full(), 0, 2, 0.1,
        0, temporal.seed(), imageSize);
  }
}
