package org.pain3d.render.look;

/**
 * Eyebrow shape and density, painted hair-like by {@link SkinPainter} along the brow
 * landmarks (17-21 and 22-26).
 *
 * @param thickness scale of the band's width, 0.4..1.6 (1 = about 0.9 cm at the head,
 *     tapering to the tail)
 * @param density hair density, 0..1 (sparse brows show skin between hairs)
 * @param arch raise of the brow's middle over its ends, cm, 0..0.3
 * @param dropCm how far the band's centre sits below the brow's upper edge, cm, 0..0.4
 * @param photoPlaced whether the upper edge is lowered from ICT-FaceKit's brow landmarks by as
 *     much as its mean face's stand above real photographs' mean brow ({@code Brows.PHOTO_TOP}:
 *     0.36-0.87 cm on the mean face); false: on the landmarks
 */
public record BrowLook(double thickness, double density, double arch, double dropCm, boolean photoPlaced) {
  /** Validates ranges. */
  public BrowLook {
    if (!(thickness >= 0.4 && thickness <= 1.6) || !(density >= 0 && density <= 1)
        || !(arch >= 0 && arch <= 0.3) || !(dropCm >= 0 && dropCm <= 0.4)) {
      throw new IllegalArgumentException("brow parameters out of range: " + thickness + ", " + density + ", "
          + arch + ", " + dropCm);
    }
  }

  /** @return medium brows on the brow landmarks */
  public static BrowLook average() {
    return new BrowLook(1.0, 0.8, 0.08, 0.15, false);
  }
}
