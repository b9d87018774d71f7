package org.pain3d.eval;

/**
 * How well a predicted pain-region map agrees with the true heatmap of the same image (both
 * row-major over the same pixels): Pearson's correlation over the pixels, and the pointing game
 * (whether the predicted map's peak lies in the true map's region: where the true displacement
 * is at least {@link #POINTING_FRACTION} of its maximum).
 */
public final class RegionAgreement {
  /** Share of the true map's maximum that counts as "in the region" for the pointing game. */
  public static final double POINTING_FRACTION = 0.5;

  private RegionAgreement() {}

  /**
   * Pearson's correlation over pixels.
   *
   * @param predicted the predicted map
   * @param truth the true map, same length
   * @return r, NaN when either map is constant
   */
  public static double pearson(float[] predicted, float[] truth) {
    double[] a = new double[predicted.length];
    double[] b = new double[truth.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = predicted[i];
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = truth[i];
    }
    return RegressionMetrics.pearson(a, b);
  }

  /**
   * The pointing game.
   *
   * @param predicted the predicted map
   * @param truth the true map, same length
   * @return whether {@code truth[argmax predicted] >= 0.5 max(truth)} (first maximum on ties);
   *     false when the true map is all zero
   */
  public static boolean pointingHit(float[] predicted, float[] truth) {
    int peak = argmax(predicted);
    float max = truth[argmax(truth)];
    return max > 0 && truth[peak] >= POINTING_FRACTION * max;
  }

  /**
   * @param map values
   * @return the index of the first maximum
   */
  public static int argmax(float[] map) {
    int best = 0;
    for (int i = 1; i < map.length; i++) {
      if (map[i] > map[best]) {
        best = i;
      }
    }
    return best;
  }
}
