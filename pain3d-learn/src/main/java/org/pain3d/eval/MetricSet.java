package org.pain3d.eval;

import java.util.function.ToDoubleFunction;

/**
 * One value per {@link Metric}: a fold's metrics, their mean over folds, or their 95%
 * confidence half-widths. NaN marks an undefined value (written as JSON {@code null}).
 *
 * @param pcc Pearson correlation (dimensionless, -1..1)
 * @param mae mean absolute error (PSPI units)
 * @param auroc1 AUROC at pain threshold 1 (0..1)
 * @param auroc2 AUROC at pain threshold 2 (0..1)
 * @param auroc3 AUROC at pain threshold 3 (0..1)
 * @param f1At1 train-calibrated F1 at pain threshold 1 (0..1)
 * @param f1At2 train-calibrated F1 at pain threshold 2 (0..1)
 * @param f1At3 train-calibrated F1 at pain threshold 3 (0..1)
 * @param f1Macro mean of the three F1 values (0..1)
 */
public record MetricSet(
    double pcc,
    double mae,
    double auroc1,
    double auroc2,
    double auroc3,
    double f1At1,
    double f1At2,
    double f1At3,
    double f1Macro) {

  /** Rejects infinities (NaN is allowed: it means undefined). */
  public MetricSet {
    double[] all = {pcc, mae, auroc1, auroc2, auroc3, f1At1, f1At2, f1At3, f1Macro};
    for (double v : all) {
      if (Double.isInfinite(v)) {
        throw new IllegalArgumentException("metric values must be finite or NaN: " + v);
      }
    }
  }

  /**
   * Builds a set from one function of the metric.
   *
   * @param value the value of each metric
   * @return the set
   */
  public static MetricSet of(ToDoubleFunction<Metric> value) {
    return new MetricSet(
        value.applyAsDouble(Metric.PCC),
        value.applyAsDouble(Metric.MAE),
        value.applyAsDouble(Metric.AUROC_1),
        value.applyAsDouble(Metric.AUROC_2),
        value.applyAsDouble(Metric.AUROC_3),
        value.applyAsDouble(Metric.F1_1),
        value.applyAsDouble(Metric.F1_2),
        value.applyAsDouble(Metric.F1_3),
        value.applyAsDouble(Metric.F1_MACRO));
  }

  /**
   * The value of one metric.
   *
   * @param metric the metric
   * @return its value, NaN when undefined
   */
  public double get(Metric metric) {
    return switch (metric) {
      case PCC -> pcc;
      case MAE -> mae;
      case AUROC_1 -> auroc1;
      case AUROC_2 -> auroc2;
      case AUROC_3 -> auroc3;
      case F1_1 -> f1At1;
      case F1_2 -> f1At2;
      case F1_3 -> f1At3;
      case F1_MACRO -> f1Macro;
    };
  }
}
