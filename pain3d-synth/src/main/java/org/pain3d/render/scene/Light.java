package org.pain3d.render.scene;

import java.util.Objects;

/**
 * A distant (directional) light in the world frame of the head (ICT-FaceKit: cm, y up, +z
 * out of the face, +x to the subject's left).
 *
 * <p>Azimuth 0 and elevation 0 light the face from the front (+z); positive azimuth comes
 * from +x (the subject's left), positive elevation from above (+y). The colour is the
 * light's linear-sRGB radiance scale after the camera's white balance: a white light of
 * intensity 1 is {@code (1, 1, 1)}; a surface of albedo {@code a} facing it reflects
 * {@code a * rgb} (Lambert, before exposure).
 *
 * @param role key, fill or rim
 * @param azimuthDeg degrees, in [-180, 180]
 * @param elevationDeg degrees, in [-90, 90]
 * @param red linear red radiance scale, in [0, 20]
 * @param green linear green radiance scale, in [0, 20]
 * @param blue linear blue radiance scale, in [0, 20]
 */
public record Light(LightRole role, double azimuthDeg, double elevationDeg, double red, double green,
    double blue) {

  /** Validates the angles and the colour. */
  public Light {
    Objects.requireNonNull(role, "role");
    if (!(Math.abs(azimuthDeg) <= 180) || !(Math.abs(elevationDeg) <= 90)) {
      throw new IllegalArgumentException("light direction out of range: " + azimuthDeg + ", " + elevationDeg);
    }
    for (double c : new double[] {red, green, blue}) {
      if (!(c >= 0 && c <= 20)) {
        throw new IllegalArgumentException("light colour component out of [0, 20]: " + c);
      }
    }
  }

  /**
   * A light of a colour temperature seen through a white-balanced camera.
   *
   * @param role its role
   * @param azimuthDeg azimuth, degrees
   * @param elevationDeg elevation, degrees
   * @param kelvin colour temperature, K
   * @param whiteBalanceKelvin the camera's white balance, K
   * @param tint green (+) / magenta (-) shift, in [-0.5, 0.5]
   * @param intensity radiance scale (luminance), in [0, 10]
   * @return the light
   */
  public static Light of(LightRole role, double azimuthDeg, double elevationDeg, double kelvin,
      double whiteBalanceKelvin, double tint, double intensity) {
    if (!(intensity >= 0 && intensity <= 10)) {
      throw new IllegalArgumentException("light intensity out of [0, 10]: " + intensity);
    }
    double[] c = ColourTemperature.balanced(kelvin, whiteBalanceKelvin, tint);
    return new Light(role, azimuthDeg, elevationDeg, c[0] * intensity, c[1] * intensity, c[2] * intensity);
  }

  /** Returns the unit direction towards the light, world frame, shape [3]. */
  public double[] direction() {
    double az = Math.toRadians(azimuthDeg);
    double el = Math.toRadians(elevationDeg);
    return new double[] {Math.cos(el) * Math.sin(az), Math.sin(el), Math.cos(el) * Math.cos(az)};
  }

  /** Returns the luminance of the light's colour (Rec. 709 weights). */
  public double luminance() {
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
  }
}
