package org.pain3d.render.scene;

import java.util.Objects;

/**
 * What the patient wears and how the body under it is built.
 *
 * @param type garment type
 * @param fabric its fabric
 * @param trimRgb colour of the neck band or collar, packed sRGB
 * @param shoulderHalfWidthCm half the shoulder width (deltoid to deltoid), cm, in [14, 28]
 * @param chestHalfDepthCm half the chest depth, cm, in [7, 16]
 * @param twistDeg rotation of the shoulders about the vertical axis relative to the head
 *     (the head turned on the neck), degrees, in [-45, 45]
 */
public record Garment(GarmentType type, Fabric fabric, int trimRgb, double shoulderHalfWidthCm,
    double chestHalfDepthCm, double twistDeg) {
  /** Validates ranges. */
  public Garment {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(fabric, "fabric");
    if (!(shoulderHalfWidthCm >= 14 && shoulderHalfWidthCm <= 28)) {
      throw new IllegalArgumentException("shoulder half width out of [14, 28] cm: " + shoulderHalfWidthCm);
    }
    if (!(chestHalfDepthCm >= 7 && chestHalfDepthCm <= 16)) {
      throw new IllegalArgumentException("chest half depth out of [7, 16] cm: " + chestHalfDepthCm);
    }
    if (!(Math.abs(twistDeg) <= 45)) {
      throw new IllegalArgumentException("shoulder twist out of [-45, 45] degrees: " + twistDeg);
    }
  }
}
