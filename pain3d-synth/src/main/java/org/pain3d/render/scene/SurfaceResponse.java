package org.pain3d.render.scene;

import org.pain3d.render.MaterialKind;

/**
 * How a material answers one light: the plug-in point of the lighting model for material
 * terms (a softer, subsurface-like skin is a per-channel wrap).
 *
 * <p>Diffuse: {@code max(0, (n.l + w_c) / (1 + w_c))} per colour channel c (wrap lighting;
 * {@code w = 0} is Lambert; a larger red wrap lets light bleed past the terminator as it
 * does through skin). Specular: Blinn-Phong, {@code specular * max(0, n.h)^shininess} on
 * surfaces facing the light.
 *
 * @param wrapRed red wrap, in [0, 1]
 * @param wrapGreen green wrap, in [0, 1]
 * @param wrapBlue blue wrap, in [0, 1]
 * @param specular specular strength, in [0, 10]
 * @param shininess Blinn-Phong exponent, a power of two in [1, 1024]
 */
public record SurfaceResponse(double wrapRed, double wrapGreen, double wrapBlue, double specular,
    int shininess) {

  /** Validates ranges. */
  public SurfaceResponse {
    for (double w : new double[] {wrapRed, wrapGreen, wrapBlue}) {
      if (!(w >= 0 && w <= 1)) {
        throw new IllegalArgumentException("wrap out of [0, 1]: " + w);
      }
    }
    if (!(specular >= 0 && specular <= 10)) {
      throw new IllegalArgumentException("specular out of [0, 10]: " + specular);
    }
    if (shininess < 1 || shininess > 1024 || Integer.bitCount(shininess) != 1) {
      throw new IllegalArgumentException("shininess must be a power of two in [1, 1024]: " + shininess);
    }
  }

  /**
   * A Lambert + Blinn-Phong response.
   *
   * @param specular specular strength
   * @param shininess exponent (power of two)
   * @return the response
   */
  public static SurfaceResponse lambert(double specular, int shininess) {
    return new SurfaceResponse(0, 0, 0, specular, shininess);
  }

  /**
   * The face's materials as today's shader lights them: {@code skinSpecular} scaled by the
   * kind's {@link MaterialKind#specularScale()}, the kind's shininess, no wrap.
   *
   * @param kind the material kind
   * @param skinSpecular the identity's specular strength on skin ({@code Appearance.specular})
   * @return the response
   */
  public static SurfaceResponse of(MaterialKind kind, double skinSpecular) {
    return lambert(Math.min(10, skinSpecular * kind.specularScale()), kind.shininess());
  }

  /** Returns the number of squarings that raise a value to {@link #shininess()}. */
  int squarings() {
    return Integer.numberOfTrailingZeros(shininess);
  }
}
