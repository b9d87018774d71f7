package org.pain3d.render;

/**
 * Base skin albedo, six steps from very light to very dark (roughly Fitzpatrick types I to
 * VI). The demographics of an identity map to one of these; the procedural texture adds
 * variation around the base colour.
 */
public enum SkinTone {
  /** Type I. */
  VERY_LIGHT(0xF1CDB4),
  /** Type II. */
  LIGHT(0xE0B496),
  /** Type III. */
  MEDIUM(0xC69673),
  /** Type IV. */
  OLIVE(0xA57350),
  /** Type V. */
  BROWN(0x7A5037),
  /** Type VI. */
  DARK(0x503426);

  private final int rgb;

  SkinTone(int rgb) {
    this.rgb = rgb;
  }

  /** Returns the base albedo as packed sRGB {@code 0xRRGGBB}. */
  public int rgb() {
    return rgb;
  }
}
