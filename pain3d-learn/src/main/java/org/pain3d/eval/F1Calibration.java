package org.pain3d.eval;

/**
 * Train-calibrated F1: a decision threshold chosen on train predictions, applied to test.
 *
 * <p>A true PSPI at least the pain threshold is a positive; a predicted PSPI at least the
 * decision threshold is a predicted positive. F1 = 2 TP / (2 TP + FP + FN), and 0 when
 * there are neither true nor predicted positives (sklearn's default {@code zero_division}).
 */
public final class F1Calibration {
  private F1Calibration() {}

  /**
   * F1 of a fixed decision threshold.
   *
   * @param truth true PSPI (0..16)
   * @param pred predicted PSPI (0..16 scale), same length
   * @param painThreshold the pain threshold on the true PSPI
   * @param decisionThreshold the threshold on the predicted PSPI
   * @return F1 in 0..1
   */
  public static double f1(
      double[] truth, double[] pred, double painThreshold, double decisionThreshold) {
    long[] c = counts(truth, pred, painThreshold, decisionThreshold);
    return c[1] == 0 ? 0.0 : 2.0 * c[0] / c[1];
  }

  /**
   * Chooses the decision threshold with the highest F1 on the given (train) rows; among
   * equal F1 values (compared exactly, as fractions) the lowest threshold wins. When the
   * rows have no positives every threshold has F1 0 and the first grid value is chosen.
   *
   * @param truth true PSPI of the train rows
   * @param pred predicted PSPI of the train rows, same length
   * @param painThreshold the pain threshold on the true PSPI (1, 2 or 3 in the protocol)
   * @param grid the candidate decision thresholds
   * @return the chosen threshold with its grid index and train F1
   */
  public static CalibratedThreshold calibrate(
      double[] truth, double[] pred, int painThreshold, ThresholdGrid grid) {
    RegressionMetrics.checkLengths(truth, pred);
    int best = 0;
    long bestTwoTp = 0;
    long bestDenominator = 1;
    for (int i = 0; i < grid.count(); i++) {
      long[] c = counts(truth, pred, painThreshold, grid.value(i));
      long twoTp = 2 * c[0];
      long denominator = c[1] == 0 ? 1 : c[1];
      // twoTp / denominator > bestTwoTp / bestDenominator, exactly (no rounding ties).
      if (twoTp * bestDenominator > bestTwoTp * denominator) {
        best = i;
        bestTwoTp = twoTp;
        bestDenominator = denominator;
      }
    }
    return new CalibratedThreshold(
        painThreshold, best, grid.value(best), (double) bestTwoTp / bestDenominator);
  }

  /** Returns {TP, (true positives) + (predicted positives)}. */
  private static long[] counts(
      double[] truth, double[] pred, double painThreshold, double decisionThreshold) {
    RegressionMetrics.checkLengths(truth, pred);
    long tp = 0;
    long positives = 0;
    for (int i = 0; i < truth.length; i++) {
      boolean actual = truth[i] >= painThreshold;
      boolean predicted = pred[i] >= decisionThreshold;
      if (actual && predicted) {
        tp++;
      }
      if (actual) {
        positives++;
      }
      if (predicted) {
        positives++;
      }
    }
    return new long[] {tp, positives};
  }
}
