package org.pain3d.render.scene;

import java.util.Objects;

/**
 * What is painted behind the patient.
 *
 * @param kind the kind
 * @param wallRgb main colour (wall, sheet), packed sRGB
 * @param accentRgb second colour (curtain, door, picture), packed sRGB
 * @param blur softness of shapes as a fraction of the image size (the camera's depth of
 *     field), in [0, 0.1]
 * @param seed layout seed
 */
public record BackdropSpec(BackdropKind kind, int wallRgb, int accentRgb, double blur, long seed) {
  /** Validates ranges. */
  public BackdropSpec {
    Objects.requireNonNull(kind, "kind");
    if (!(blur >= 0 && blur <= 0.1)) {
      throw new IllegalArgumentException("background blur out of [0, 0.1]: " + blur);
    }
  }
}
