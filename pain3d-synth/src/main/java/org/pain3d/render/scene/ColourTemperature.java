package org.pain3d.render.scene;

/**
 * The colour of a black-body (Planckian) light source of a given temperature, in linear
 * sRGB, and von Kries white balance between two temperatures.
 *
 * <p>The spectrum is Planck's law sampled every 5 nm over 380..780 nm, weighted by the CIE
 * 1931 2-degree colour matching functions in the multi-lobe Gaussian fit of Wyman, Sloan
 * and Shirley (JCGT 2013), converted from XYZ to linear sRGB (D65 primaries, IEC 61966-2-1)
 * and scaled to luminance {@code Y = 1}. Components that fall outside the sRGB gamut
 * (below about 1,900 K) are clamped at 0.
 */
public final class ColourTemperature {
  /** Lowest temperature accepted, kelvin. */
  public static final double MIN_KELVIN = 1000;
  /** Highest temperature accepted, kelvin. */
  public static final double MAX_KELVIN = 25000;
  private static final double C2_NM_K = 1.4388e7;

  private ColourTemperature() {}

  /**
   * Returns the CIE 1931 XYZ tristimulus values of a black body, scaled to {@code Y = 1}.
   *
   * @param kelvin temperature, in [1000, 25000] K
   * @return X, Y, Z, shape [3]
   */
  public static double[] xyz(double kelvin) {
    if (!(kelvin >= MIN_KELVIN && kelvin <= MAX_KELVIN)) {
      throw new IllegalArgumentException("colour temperature out of [1000, 25000] K: " + kelvin);
    }
    double x = 0;
    double y = 0;
    double z = 0;
    for (int nm = 380; nm <= 780; nm += 5) {
      double b = Math.pow(nm, -5) / Math.expm1(C2_NM_K / (nm * kelvin));
      x += b * xBar(nm);
      y += b * yBar(nm);
      z += b * zBar(nm);
    }
    return new double[] {x / y, 1, z / y};
  }

  /**
   * Returns the colour of a black body in linear sRGB with luminance 1.
   *
   * @param kelvin temperature, in [1000, 25000] K
   * @return R, G, B (linear, >= 0), shape [3]
   */
  public static double[] linearRgb(double kelvin) {
    double[] c = xyz(kelvin);
    double r = 3.2406 * c[0] - 1.5372 * c[1] - 0.4986 * c[2];
    double g = -0.9689 * c[0] + 1.8758 * c[1] + 0.0415 * c[2];
    double b = 0.0557 * c[0] - 0.2040 * c[1] + 1.0570 * c[2];
    return new double[] {Math.max(0, r), Math.max(0, g), Math.max(0, b)};
  }

  /**
   * Returns a light's colour as a camera white-balanced for another temperature records it
   * (von Kries scaling in linear sRGB): a light at the white-balance temperature is grey.
   *
   * @param kelvin the light's temperature, K
   * @param whiteBalanceKelvin the camera's white-balance temperature, K
   * @param tint green (+) or magenta (-) shift of fluorescent tubes, in [-0.5, 0.5]
   * @return R, G, B, linear, luminance about 1, shape [3]
   */
  public static double[] balanced(double kelvin, double whiteBalanceKelvin, double tint) {
    if (!(Math.abs(tint) <= 0.5)) {
      throw new IllegalArgumentException("tint out of [-0.5, 0.5]: " + tint);
    }
    double[] c = linearRgb(kelvin);
    double[] w = linearRgb(whiteBalanceKelvin);
    double[] out = new double[3];
    for (int k = 0; k < 3; k++) {
      out[k] = c[k] / Math.max(w[k], 1e-6);
    }
    out[1] *= 1 + tint;
    double lum = 0.2126 * out[0] + 0.7152 * out[1] + 0.0722 * out[2];
    for (int k = 0; k < 3; k++) {
      out[k] /= lum;
    }
    return out;
  }

  private static double lobe(double nm, double mu, double below, double above) {
    double t = (nm - mu) / (nm < mu ? below : above);
    return Math.exp(-0.5 * t * t);
  }

  private static double xBar(double nm) {
    return 1.056 * lobe(nm, 599.8, 37.9, 31.0) + 0.362 * lobe(nm, 442.0, 16.0, 26.7)
        - 0.065 * lobe(nm, 501.1, 20.4, 26.2);
  }

  private static double yBar(double nm) {
    return 0.821 * lobe(nm, 568.8, 46.9, 40.5) + 0.286 * lobe(nm, 530.9, 16.3, 31.1);
  }

  private static double zBar(double nm) {
    return 1.217 * lobe(nm, 437.0, 11.8, 36.0) + 0.681 * lobe(nm, 459.0, 26.0, 13.8);
  }
}
