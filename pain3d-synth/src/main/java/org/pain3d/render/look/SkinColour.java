package org.pain3d.render.look;

/**
 * Skin colour from colorimetry: CIELAB (D65) to packed sRGB and back, and the individual
 * typology angle {@code ITA = atan((L* - 50) / b*)} in degrees (Chardon et al. 1991), the
 * continuous measure dermatology uses for constitutive skin colour. Categories (Del Bino et
 * al. 2006): very light above 55, light 41..55, intermediate 28..41, tan 10..28, brown
 * -30..10, dark below -30.
 */
public final class SkinColour {
  private static final double XN = 0.95047;
  private static final double YN = 1.0;
  private static final double ZN = 1.08883;

  private SkinColour() {}

  /**
   * The colour with a given ITA, yellowness and redness.
   *
   * @param itaDeg individual typology angle, degrees, in (-90, 90)
   * @param bStar CIELAB b* (yellowness), > 0
   * @param aStar CIELAB a* (redness)
   * @return packed sRGB {@code 0xRRGGBB} (clamped to the gamut)
   */
  public static int fromIta(double itaDeg, double bStar, double aStar) {
    if (!(Math.abs(itaDeg) < 90) || !(bStar > 0)) {
      throw new IllegalArgumentException("ITA must be in (-90, 90) and b* > 0: " + itaDeg + ", " + bStar);
    }
    double l = 50 + bStar * Math.tan(Math.toRadians(itaDeg));
    return fromLab(l, aStar, bStar);
  }

  /**
   * CIELAB (D65 white) to packed sRGB (IEC 61966-2-1 transfer curve), clamped.
   *
   * @param l L*, 0..100
   * @param a a*
   * @param b b*
   * @return packed sRGB {@code 0xRRGGBB}
   */
  public static int fromLab(double l, double a, double b) {
    double fy = (l + 16) / 116;
    double fx = fy + a / 500;
    double fz = fy - b / 200;
    double x = XN * finv(fx);
    double y = YN * finv(fy);
    double z = ZN * finv(fz);
    double r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
    double g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z;
    double bl = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
    return channel(r) << 16 | channel(g) << 8 | channel(bl);
  }

  /**
   * Packed sRGB to CIELAB (D65).
   *
   * @param rgb packed sRGB {@code 0xRRGGBB}
   * @return {L*, a*, b*}
   */
  public static double[] toLab(int rgb) {
    double r = linear((rgb >> 16 & 255) / 255.0);
    double g = linear((rgb >> 8 & 255) / 255.0);
    double b = linear((rgb & 255) / 255.0);
    double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / XN;
    double y = (0.2126729 * r + 0.7151522 * g + 0.0721750 * b) / YN;
    double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / ZN;
    double fx = f(x);
    double fy = f(y);
    double fz = f(z);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  /**
   * The ITA of a colour.
   *
   * @param rgb packed sRGB
   * @return ITA in degrees
   */
  public static double ita(int rgb) {
    double[] lab = toLab(rgb);
    return Math.toDegrees(Math.atan2(lab[0] - 50, lab[2]));
  }

  private static double f(double t) {
    // StrictMath: Math.cbrt is an intrinsic on JDK 25 whose last bit differs from JDK 17's (which
    // is StrictMath's), and the skin colour and its ITA must not depend on the JVM that runs pain3d.
    return t > 216.0 / 24389 ? StrictMath.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
  }

  private static double finv(double t) {
    double t3 = t * t * t;
    return t3 > 216.0 / 24389 ? t3 : (116 * t - 16) * 27 / 24389;
  }

  private static double linear(double c) {
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static int channel(double lin) {
    double c = Math.max(0, Math.min(1, lin));
    double s = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
    return (int) Math.round(s * 255);
  }
}
