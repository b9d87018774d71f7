package org.pain3d.render.scene;

import java.util.Objects;

/**
 * Glasses: frame outline, colour and thickness, lens size and tint.
 *
 * @param shape lens outline
 * @param frameRgb frame colour, packed sRGB
 * @param rimRadiusCm radius of the rim wire, cm, in [0.04, 0.4]
 * @param lensHalfWidthCm half the lens width, cm, in [1.5, 3.5]
 * @param lensHalfHeightCm half the lens height, cm, in [1.0, 3.0]
 * @param tintRgb lens tint colour, packed sRGB (used when tinted)
 * @param transmittance fraction of light through the lens, in [0.05, 1]; below 0.5 the lens
 *     counts as tinted (it occludes what is behind it in the mask and the landmarks)
 */
public record GlassesSpec(FrameShape shape, int frameRgb, double rimRadiusCm, double lensHalfWidthCm,
    double lensHalfHeightCm, int tintRgb, double transmittance) {
  /** Transmittance below which a lens occludes. */
  public static final double OCCLUDING = 0.5;

  /** Validates ranges. */
  public GlassesSpec {
    Objects.requireNonNull(shape, "shape");
    if (!(rimRadiusCm >= 0.04 && rimRadiusCm <= 0.4)) {
      throw new IllegalArgumentException("rim radius out of [0.04, 0.4] cm: " + rimRadiusCm);
    }
    if (!(lensHalfWidthCm >= 1.5 && lensHalfWidthCm <= 3.5) || !(lensHalfHeightCm >= 1 && lensHalfHeightCm <= 3)) {
      throw new IllegalArgumentException("lens size out of range: " + lensHalfWidthCm + " x " + lensHalfHeightCm);
    }
    if (!(transmittance >= 0.05 && transmittance <= 1)) {
      throw new IllegalArgumentException("lens transmittance out of [0.05, 1]: " + transmittance);
    }
  }

  /** Returns whether the lenses are tinted (occluding). */
  public boolean tinted() {
    return transmittance < OCCLUDING;
  }
}
