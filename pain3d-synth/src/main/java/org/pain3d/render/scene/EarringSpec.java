package org.pain3d.render.scene;

import java.util.Objects;

/**
 * A pair of earrings.
 *
 * @param kind style
 * @param metalRgb metal colour, packed sRGB
 * @param sizeCm stud radius or hoop radius, cm, in [0.15, 2.5]
 */
public record EarringSpec(EarringKind kind, int metalRgb, double sizeCm) {
  /** Validates ranges. */
  public EarringSpec {
    Objects.requireNonNull(kind, "kind");
    if (!(sizeCm >= 0.15 && sizeCm <= 2.5)) {
      throw new IllegalArgumentException("earring size out of [0.15, 2.5] cm: " + sizeCm);
    }
  }
}
