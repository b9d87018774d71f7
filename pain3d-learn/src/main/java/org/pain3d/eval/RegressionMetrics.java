package org.pain3d.eval;

/**
 * Pearson correlation and mean absolute error of PSPI predictions.
 *
 * <p>Inputs are parallel arrays of equal, non-zero length on the 0..16 PSPI scale.
 */
public final class RegressionMetrics {
  private RegressionMetrics() {}

  /**
   * Pearson's correlation coefficient, as {@code scipy.stats.pearsonr(x, y)[0]}.
   *
   * @param x one variable
   * @param y the other, same length
   * @return r in -1..1, or NaN when either array is constant (all elements equal, which
   *     includes length 1): the correlation is undefined there, as in scipy
   */
  public static double pearson(double[] x, double[] y) {
    checkLengths(x, y);
    if (isConstant(x) || isConstant(y)) {
      return Double.NaN;
    }
    double mx = mean(x);
    double my = mean(y);
    double sxx = 0.0;
    double syy = 0.0;
    double sxy = 0.0;
    for (int i = 0; i < x.length; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
    }
    double r = sxy / (Math.sqrt(sxx) * Math.sqrt(syy));
    return Math.max(-1.0, Math.min(1.0, r));
  }

  /**
   * Mean absolute error, as {@code sklearn.metrics.mean_absolute_error(truth, pred)}.
   *
   * @param truth true PSPI
   * @param pred predicted PSPI, same length
   * @return the mean of {@code |pred - truth|} in PSPI units
   */
  public static double meanAbsoluteError(double[] truth, double[] pred) {
    checkLengths(truth, pred);
    double sum = 0.0;
    for (int i = 0; i < truth.length; i++) {
      sum += Math.abs(pred[i] - truth[i]);
    }
    return sum / truth.length;
  }

  static double mean(double[] x) {
    double s = 0.0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  private static boolean isConstant(double[] x) {
    for (double v : x) {
      if (v != x[0]) {
        return false;
      }
    }
    return true;
  }

  static void checkLengths(double[] a, double[] b) {
    if (a.length != b.length || a.length == 0) {
      throw new IllegalArgumentException(
          "need two non-empty arrays of equal length: " + a.length + ", " + b.length);
    }
  }
}
