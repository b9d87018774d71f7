package org.pain3d.eval;

import java.util.List;
import java.util.Objects;
import org.pain3d.pspi.Pspi;

/**
 * The metrics of one cross-validation fold, computed on its test rows.
 *
 * @param fold the fold number
 * @param nTrain the number of train rows (used for F1 calibration only)
 * @param nTest the number of test rows (the metrics are computed on these)
 * @param metrics the metric values; NaN where undefined (see the package documentation)
 * @param thresholds the calibrated F1 decision thresholds, one per pain threshold 1, 2, 3 in
 *     that order
 */
public record FoldMetrics(
    int fold, int nTrain, int nTest, MetricSet metrics, List<CalibratedThreshold> thresholds) {

  /** Validates the fields and copies the list. */
  public FoldMetrics {
    Objects.requireNonNull(metrics, "metrics");
    thresholds = List.copyOf(thresholds);
    if (fold < 0 || nTrain < 1 || nTest < 1) {
      throw new IllegalArgumentException(
          "need fold >= 0 and at least one train and test row: " + fold + ", " + nTrain + ", "
              + nTest);
    }
    if (thresholds.size() != Pspi.THRESHOLDS.size()) {
      throw new IllegalArgumentException("need one threshold per pain threshold 1, 2, 3");
    }
    for (int i = 0; i < thresholds.size(); i++) {
      if (thresholds.get(i).painThreshold() != Pspi.THRESHOLDS.get(i)) {
        throw new IllegalArgumentException("thresholds must be for pain thresholds 1, 2, 3");
      }
    }
  }
}
