package org.pain3d.render.scene;

import java.util.Objects;

/**
 * A strip of medical tape.
 *
 * @param place where
 * @param rgb its colour, packed sRGB
 * @param lengthCm length, cm, in [1, 8]
 * @param widthCm width, cm, in [0.8, 4]
 * @param angleDeg rotation of the strip from horizontal, degrees, in [-90, 90]
 */
public record TapeSpec(TapePlace place, int rgb, double lengthCm, double widthCm, double angleDeg) {
  /** Validates ranges. */
  public TapeSpec {
    Objects.requireNonNull(place, "place");
    if (!(lengthCm >= 1 && lengthCm <= 8) || !(widthCm >= 0.8 && widthCm <= 4)) {
      throw new IllegalArgumentException("tape size out of range: " + lengthCm + " x " + widthCm);
    }
    if (!(Math.abs(angleDeg) <= 90)) {
      throw new IllegalArgumentException("tape angle out of [-90, 90]: " + angleDeg);
    }
  }
}
