package org.pain3d.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of evaluating a cross-validation run: per-fold metrics and their summary.
 *
 * @param perFold the folds in increasing fold number
 * @param mean per metric, the mean over the folds where it is defined (NaN if none)
 * @param ci95 per metric, the 95% confidence half-width {@code t * sd / sqrt(n)} over the
 *     defined folds (NaN with fewer than two)
 * @param definedFolds per metric, how many folds entered its mean (every metric present)
 * @param grid the decision-threshold grid used for F1 calibration
 */
public record CrossValidationReport(
    List<FoldMetrics> perFold,
    MetricSet mean,
    MetricSet ci95,
    Map<Metric, Integer> definedFolds,
    ThresholdGrid grid) {

  /** Validates the fields and copies the collections. */
  public CrossValidationReport {
    perFold = List.copyOf(perFold);
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(ci95, "ci95");
    Objects.requireNonNull(grid, "grid");
    if (perFold.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one fold");
    }
    for (int i = 1; i < perFold.size(); i++) {
      if (perFold.get(i).fold() <= perFold.get(i - 1).fold()) {
        throw new IllegalArgumentException("folds must be in increasing, distinct order");
      }
    }
    EnumMap<Metric, Integer> copy = new EnumMap<>(Metric.class);
    copy.putAll(definedFolds);
    if (copy.size() != Metric.values().length) {
      throw new IllegalArgumentException("definedFolds needs every metric");
    }
    definedFolds = Collections.unmodifiableMap(copy);
  }
}
