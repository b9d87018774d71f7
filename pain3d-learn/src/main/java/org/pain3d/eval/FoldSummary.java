package org.pain3d.eval;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Mean and 95% confidence half-width of a metric over folds.
 *
 * <p>NaN values (folds where the metric is undefined) are skipped. The half-width is
 * {@code t * sd / sqrt(n)} with the sample standard deviation ({@code n - 1} in the
 * denominator) and {@code t} the 0.975 quantile of Student's t with {@code n - 1} degrees of
 * freedom (2.7764 for 5 folds, which the protocol rounds to 2.776).
 *
 * @param n the number of folds where the metric is defined
 * @param mean their mean (NaN when n is 0)
 * @param ci95 the half-width (NaN when n is below 2)
 */
public record FoldSummary(int n, double mean, double ci95) {

  /** Validates n. */
  public FoldSummary {
    if (n < 0) {
      throw new IllegalArgumentException("n must be non-negative: " + n);
    }
  }

  /**
   * Summarises per-fold values.
   *
   * @param values one value per fold, NaN where undefined
   * @return the summary
   */
  public static FoldSummary of(double[] values) {
    double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    int n = defined.length;
    if (n == 0) {
      return new FoldSummary(0, Double.NaN, Double.NaN);
    }
    double mean = RegressionMetrics.mean(defined);
    if (n < 2) {
      return new FoldSummary(n, mean, Double.NaN);
    }
    double sd = new StandardDeviation(true).evaluate(defined);
    return new FoldSummary(n, mean, studentT975(n - 1) * sd / Math.sqrt(n));
  }

  /**
   * The 0.975 quantile of Student's t distribution.
   *
   * <p>Closed forms for 1 and 2 degrees of freedom; otherwise commons-math3's quantile,
   * polished by Newton steps (agrees with scipy to about 1e-14).
   *
   * @param degreesOfFreedom at least 1
   * @return the quantile (2.7764451... for 4 degrees of freedom)
   */
  public static double studentT975(int degreesOfFreedom) {
    if (degreesOfFreedom < 1) {
      throw new IllegalArgumentException("need at least 1 degree of freedom");
    }
    double p = 0.975;
    if (degreesOfFreedom == 1) {
      return Math.tan(Math.PI * (p - 0.5));
    }
    if (degreesOfFreedom == 2) {
      return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
    }
    // The generator is only used for sampling, which we never do; seeded for reproducibility.
    TDistribution t = new TDistribution(new Well19937c(0), degreesOfFreedom, 1e-14);
    double q = t.inverseCumulativeProbability(p);
    // The solver stops near 1e-9; Newton steps on the (accurate) CDF polish the root.
    for (int i = 0; i < 3; i++) {
      q -= (t.cumulativeProbability(q) - p) / t.density(q);
    }
    return q;
  }
}
