package org.pain3d.testing;

/** Differences between two packed sRGB images, for tests. */
public final class ImageDiffs {
  private ImageDiffs() {}

  /**
   * Mean absolute difference over every pixel and channel.
   *
   * @param a packed {@code 0xRRGGBB}
   * @param b packed {@code 0xRRGGBB}, same length
   * @return the mean, 0..255
   */
  public static double meanAbsolute(int[] a, int[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      for (int k = 0; k < 24; k += 8) {
        s += Math.abs((a[i] >> k & 255) - (b[i] >> k & 255));
      }
    }
    return s / (3.0 * a.length);
  }
}
