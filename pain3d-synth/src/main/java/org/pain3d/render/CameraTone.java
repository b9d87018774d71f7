package org.pain3d.render;

/**
 * A camera's tone curve on the finished 8-bit image: cameras do not write the scene's light
 * with the sRGB encoding alone; their in-camera rendering adds an S-shaped tone curve that
 * deepens shadows and steepens the mid-tones (the measured response functions of Grossberg and
 * Nayar 2004, IEEE TPAMI 26:1272-1282, and the in-camera imaging model of Kim et al. 2012, IEEE
 * TPAMI 34:2289-2302). The photographs face-analysis models learn from carry it; a plain
 * gamma-encoded render looks flat beside them.
 *
 * <p>Per channel, on the encoded value {@code x} in [0, 1]: {@code y = x + s (3x^2 - 2x^3 - x)}
 * with strength {@code s} = {@value #STRENGTH}: black, mid-grey and white stay where they are,
 * the slope is {@code 1 + s/2} = 1.25 at mid-grey and {@code 1 - s} = 0.5 at the ends, and the
 * curve rises everywhere. The strength is a choice measured with the perception probes
 * (docs/faces.md, seventeenth session); 0.3 moved the reads about half as much.
 */
public final class CameraTone {
  /** Strength of the S-curve, in [0, 1]: 0 is the identity, 1 the full smoothstep. */
  public static final double STRENGTH = 0.5;

  private static final int[] LUT = new int[256];

  static {
    for (int i = 0; i < 256; i++) {
      LUT[i] = (int) Math.round(255 * curve(i / 255.0));
    }
  }

  private CameraTone() {}

  /**
   * The tone curve.
   *
   * @param x encoded value, in [0, 1]
   * @return the toned value, in [0, 1]
   */
  public static double curve(double x) {
    return x + STRENGTH * (x * x * (3 - 2 * x) - x);
  }

  /**
   * Tones a region of packed pixels in place.
   *
   * @param rgb packed sRGB {@code 0xRRGGBB} pixels
   * @param count how many pixels from index 0
   */
  public static void apply(int[] rgb, int count) {
    for (int i = 0; i < count; i++) {
      int c = rgb[i];
      rgb[i] = LUT[c >> 16 & 255] << 16 | LUT[c >> 8 & 255] << 8 | LUT[c & 255];
    }
  }
}
