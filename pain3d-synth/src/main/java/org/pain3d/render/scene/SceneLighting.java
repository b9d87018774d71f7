package org.pain3d.render.scene;

import java.util.Objects;

/**
 * How one identity's scene is lit and exposed.
 *
 * @param rig lights and environment (world frame of the head)
 * @param exposure multiplier from scene radiance to image values (the camera's gain), in
 *     (0, 20]
 * @param shadowSoftness radius of the key light's shadow filter in shadow-map samples
 *     (about 0.25 cm each), in [0, 6]
 */
public record SceneLighting(LightRig rig, double exposure, int shadowSoftness) {
  /** Validates ranges. */
  public SceneLighting {
    Objects.requireNonNull(rig, "rig");
    if (!(exposure > 0 && exposure <= 20)) {
      throw new IllegalArgumentException("exposure out of (0, 20]: " + exposure);
    }
    if (shadowSoftness < 0 || shadowSoftness > 6) {
      throw new IllegalArgumentException("shadow softness out of [0, 6]: " + shadowSoftness);
    }
  }
}
