package org.pain3d.eval;

import java.util.Arrays;

/**
 * Area under the ROC curve of a continuous score against a thresholded ground truth.
 *
 * <p>Computed as the Mann-Whitney statistic: the fraction of (positive, negative) pairs in
 * which the positive scores higher, a tie counting 1/2. This equals the trapezoidal area
 * under the ROC curve of {@code sklearn.metrics.roc_auc_score}. Both classes are sorted
 * separately and swept once, so the cost is O(n log n).
 */
public final class Auroc {
  private Auroc() {}

  /**
   * AUROC with positives where {@code truth >= painThreshold}.
   *
   * @param truth true PSPI (0..16)
   * @param score the continuous prediction (predicted PSPI, 0..16 scale), same length
   * @param painThreshold the pain threshold on the true PSPI
   * @return AUROC in 0..1, or NaN when all rows are of one class (undefined; sklearn raises)
   */
  public static double of(double[] truth, double[] score, double painThreshold) {
    RegressionMetrics.checkLengths(truth, score);
    int nPos = 0;
    for (double t : truth) {
      if (t >= painThreshold) {
        nPos++;
      }
    }
    int nNeg = truth.length - nPos;
    if (nPos == 0 || nNeg == 0) {
      return Double.NaN;
    }
    double[] pos = new double[nPos];
    double[] neg = new double[nNeg];
    int ip = 0;
    int in = 0;
    for (int i = 0; i < truth.length; i++) {
      // + 0.0 turns -0.0 into 0.0 so that the sort order agrees with ==.
      if (truth[i] >= painThreshold) {
        pos[ip++] = score[i] + 0.0;
      } else {
        neg[in++] = score[i] + 0.0;
      }
    }
    Arrays.sort(pos);
    Arrays.sort(neg);
    long twiceU = 0;
    int below = 0; // negatives strictly below the current positive score
    int atOrBelow = 0; // negatives at or below it
    for (double s : pos) {
      while (below < nNeg && neg[below] < s) {
        below++;
      }
      if (atOrBelow < below) {
        atOrBelow = below;
      }
      while (atOrBelow < nNeg && neg[atOrBelow] <= s) {
        atOrBelow++;
      }
      twiceU += below + (long) atOrBelow;
    }
    return twiceU / (2.0 * nPos * nNeg);
  }
}
