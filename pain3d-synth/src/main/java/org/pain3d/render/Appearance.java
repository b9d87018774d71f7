package org.pain3d.render;

import java.util.random.RandomGenerator;

/**
 * How a face looks and is lit: the default procedural appearance (before any learned
 * texture exists).
 *
 * <p>The light is directional, given in the world frame: azimuth 0 and elevation 0 light
 * the face from the front (+z); positive azimuth comes from +x (the subject's left),
 * positive elevation from above. Shading is ambient + Lambert diffuse + Blinn-Phong
 * specular, computed on linearised sRGB.
 *
 * @param skinTone base skin colour
 * @param irisRgb iris colour, packed sRGB 0xRRGGBB
 * @param hairRgb brow and eyelash colour, packed sRGB 0xRRGGBB
 * @param lightAzimuthDeg light azimuth, degrees, in [-180, 180]
 * @param lightElevationDeg light elevation, degrees, in [-90, 90]
 * @param ambient ambient light, in [0, 2]
 * @param diffuse diffuse light, in [0, 2]
 * @param specular specular strength on skin (wetter materials get more), in [0, 2]
 * @param backgroundRgb background colour, packed sRGB 0xRRGGBB
 * @param textureSeed seed of the procedural skin texture
 */
public record Appearance(
    SkinTone skinTone,
    int irisRgb,
    int hairRgb,
    double lightAzimuthDeg,
    double lightElevationDeg,
    double ambient,
    double diffuse,
    double specular,
    int backgroundRgb,
    long textureSeed) {

  /** Largest key-light azimuth {@link #random} draws, degrees either side of the front. */
  public static final double MAX_LIGHT_AZIMUTH_DEG = 50;
  private static final int[] IRIS = {0x5A3A22, 0x3B2616, 0x6B7F3A, 0x4A6F8F, 0x7A5A30};
  private static final int[] HAIR = {0x2A1E16, 0x1A1411, 0x4A3322, 0x6B4A2E, 0x3A2A1E};

  /** Validates ranges. */
  public Appearance {
    if (skinTone == null) {
      throw new IllegalArgumentException("skin tone must not be null");
    }
    if (!(Math.abs(lightAzimuthDeg) <= 180) || !(Math.abs(lightElevationDeg) <= 90)) {
      throw new IllegalArgumentException(
          "light direction out of range: " + lightAzimuthDeg + ", " + lightElevationDeg);
    }
    if (!(ambient >= 0 && ambient <= 2) || !(diffuse >= 0 && diffuse <= 2)
        || !(specular >= 0 && specular <= 2)) {
      throw new IllegalArgumentException(
          "light strengths out of [0, 2]: " + ambient + ", " + diffuse + ", " + specular);
    }
  }

  /**
   * Returns the default look for a skin tone: brown eyes, dark brown hair, light from the
   * upper front left of the viewer, light grey background.
   *
   * @param tone the skin tone
   */
  public static Appearance defaults(SkinTone tone) {
    return new Appearance(tone, IRIS[0], HAIR[0], -25, 30, 0.35, 0.8, 0.12, 0xD8D8D8, 1L);
  }

  /**
   * Returns a random look for a skin tone: iris and hair colours, light direction within
   * 50 degrees of frontal-above, light strengths and a background colour.
   *
   * @param tone the skin tone
   * @param rnd the random source
   */
  public static Appearance random(SkinTone tone, RandomGenerator rnd) {
    int bg = grey(rnd.nextInt(90, 235), rnd);
    return new Appearance(tone,
        IRIS[rnd.nextInt(IRIS.length)],
        HAIR[rnd.nextInt(HAIR.length)],
        rnd.nextDouble(-MAX_LIGHT_AZIMUTH_DEG, MAX_LIGHT_AZIMUTH_DEG),
        rnd.nextDouble(0, 50),
        rnd.nextDouble(0.25, 0.45),
        rnd.nextDouble(0.65, 0.9),
        rnd.nextDouble(0.05, 0.2),
        bg,
        rnd.nextLong());
  }

  private static int grey(int level, RandomGenerator rnd) {
    int r = Math.min(255, Math.max(0, level + rnd.nextInt(-20, 21)));
    int g = Math.min(255, Math.max(0, level + rnd.nextInt(-20, 21)));
    int b = Math.min(255, Math.max(0, level + rnd.nextInt(-20, 21)));
    return r << 16 | g << 8 | b;
  }

  /**
   * @param azimuthDeg the new light azimuth, degrees, in [-180, 180]
   * @return this appearance lit from that azimuth (everything else the same)
   */
  public Appearance withLightAzimuthDeg(double azimuthDeg) {
    return new Appearance(skinTone, irisRgb, hairRgb, azimuthDeg, lightElevationDeg, ambient, diffuse, specular,
        backgroundRgb, textureSeed);
  }

  /**
   * @param gain factor on the light's strengths, >= 0
   * @return this appearance with its ambient and diffuse strengths times the gain (each clipped
   *     to 2); the specular strength (which scened renders read as the skin's own) and the
   *     background (lit on its own) stay as they are
   */
  public Appearance withLightGain(double gain) {
    return new Appearance(skinTone, irisRgb, hairRgb, lightAzimuthDeg, lightElevationDeg, Math.min(2, ambient * gain),
        Math.min(2, diffuse * gain), specular, backgroundRgb, textureSeed);
  }

  /** Returns the unit direction towards the light, world frame, shape [3]. */
  public double[] lightDirection() {
    double az = Math.toRadians(lightAzimuthDeg);
    double el = Math.toRadians(lightElevationDeg);
    return new double[] {Math.cos(el) * Math.sin(az), Math.sin(el), Math.cos(el) * Math.cos(az)};
  }
}
