package org.pain3d.render.scene;

import java.util.Objects;

/**
 * A fabric's look: pattern and colours (packed sRGB {@code 0xRRGGBB}), pattern period in
 * cm along the surface.
 *
 * @param pattern the pattern
 * @param primaryRgb base colour
 * @param secondaryRgb pattern colour
 * @param periodCm pattern period, cm, in [0.3, 20]
 */
public record Fabric(FabricPattern pattern, int primaryRgb, int secondaryRgb, double periodCm) {
  /** Validates ranges. */
  public Fabric {
    Objects.requireNonNull(pattern, "pattern");
    if (!(periodCm >= 0.3 && periodCm <= 20)) {
      throw new IllegalArgumentException("pattern period out of [0.3, 20] cm: " + periodCm);
    }
  }

  /**
   * A plain fabric.
   *
   * @param rgb its colour
   * @return the fabric
   */
  public static Fabric solid(int rgb) {
    return new Fabric(FabricPattern.SOLID, rgb, rgb, 1);
  }
}
