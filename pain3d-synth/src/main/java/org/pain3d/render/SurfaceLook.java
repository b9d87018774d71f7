package org.pain3d.render;

/**
 * Per-identity surface parameters of the {@link Shader} beyond {@link Appearance}: the eyes'
 * colours, the teeth's and gums' colours, and how far light wraps past the terminator on skin
 * (a cheap stand-in for subsurface scattering: light bleeds further in red than in blue, so
 * shadow edges on skin are soft and warm).
 *
 * <p>Skin diffuse per channel c: {@code max(0, (n.l + w_c) / (1 + w_c))}; w = 0 is Lambert.
 *
 * @param irisRgb inner iris colour, packed sRGB {@code 0xRRGGBB}; negative keeps the plain eyes
 *     (the appearance's iris colour)
 * @param irisRimRgb outer iris colour towards the dark limbal ring, packed sRGB
 * @param scleraRgb white of the eye, packed sRGB
 * @param teethRgb the teeth's colour, packed sRGB; negative keeps the plain mouth (the shader's
 *     {@link Shader#PLAIN_TEETH_RGB} and {@link Shader#PLAIN_GUMS_RGB}), and then gumsRgb too
 * @param gumsRgb the gums' colour, packed sRGB
 * @param wrapRed red wrap on skin, in [0, 1]
 * @param wrapGreen green wrap on skin, in [0, 1]
 * @param wrapBlue blue wrap on skin, in [0, 1]
 */
public record SurfaceLook(int irisRgb, int irisRimRgb, int scleraRgb, int teethRgb, int gumsRgb, double wrapRed,
    double wrapGreen, double wrapBlue) {

  /** Validates the wraps and that teeth and gums are coloured together. */
  public SurfaceLook {
    if ((teethRgb < 0) != (gumsRgb < 0)) {
      throw new IllegalArgumentException("teeth and gums are coloured together: " + teethRgb + ", " + gumsRgb);
    }
    for (double w : new double[] {wrapRed, wrapGreen, wrapBlue}) {
      if (!(w >= 0 && w <= 1)) {
        throw new IllegalArgumentException("skin wrap out of [0, 1]: " + w);
      }
    }
  }

  /** @return whether the eyes are coloured by this look (else by the appearance) */
  public boolean hasEyes() {
    return irisRgb >= 0;
  }

  /** @return whether the teeth and gums are coloured by this look (else by the shader's constants) */
  public boolean hasMouth() {
    return teethRgb >= 0;
  }

  /** @return whether skin shading differs from Lambert */
  public boolean wraps() {
    return wrapRed > 0 || wrapGreen > 0 || wrapBlue > 0;
  }
}
