package org.pain3d.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.pain3d.pspi.Pspi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates cross-validation predictions under the protocol of SPEC.md section 6 (see the
 * package documentation for every metric and edge case).
 */
public final class CrossValidation {
  /** The ground-truth pain thresholds of the protocol (true PSPI at least t is positive). */

  private static final Logger LOG = LoggerFactory.getLogger(CrossValidation.class);

  private CrossValidation() {}

  /**
   * Evaluates every fold and summarises over folds, with the standard threshold grid.
   *
   * @param predictions train and test predictions of all folds
   * @return the report
   * @throws IllegalArgumentException when there are no predictions or a fold lacks train or
   *     test rows
   */
  public static CrossValidationReport evaluate(List<SamplePrediction> predictions) {
    return evaluate(predictions, ThresholdGrid.standard());
  }

  /**
   * Evaluates every fold and summarises over folds.
   *
   * @param predictions train and test predictions of all folds
   * @param grid the candidate F1 decision thresholds
   * @return the report
   * @throws IllegalArgumentException when there are no predictions or a fold lacks train or
   *     test rows
   */
  public static CrossValidationReport evaluate(
      List<SamplePrediction> predictions, ThresholdGrid grid) {
    Objects.requireNonNull(grid, "grid");
    if (predictions.isEmpty()) {
      throw new IllegalArgumentException("no predictions to evaluate");
    }
    Map<Integer, List<SamplePrediction>> byFold = new TreeMap<>();
    for (SamplePrediction p : predictions) {
      byFold.computeIfAbsent(p.fold(), k -> new ArrayList<>()).add(p);
    }
    List<FoldMetrics> folds = new ArrayList<>();
    for (Map.Entry<Integer, List<SamplePrediction>> e : byFold.entrySet()) {
      folds.add(evaluateFold(e.getKey(), e.getValue(), grid));
    }
    return summarise(folds, grid);
  }

  /**
   * Summarises per-fold metrics into mean and 95% half-width per metric.
   *
   * @param folds the folds in increasing fold number
   * @param grid the grid their thresholds came from
   * @return the report
   */
  public static CrossValidationReport summarise(List<FoldMetrics> folds, ThresholdGrid grid) {
    Map<Metric, FoldSummary> summaries = new EnumMap<>(Metric.class);
    Map<Metric, Integer> defined = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      double[] values = folds.stream().mapToDouble(f -> f.metrics().get(m)).toArray();
      FoldSummary s = FoldSummary.of(values);
      summaries.put(m, s);
      defined.put(m, s.n());
      if (s.n() < folds.size()) {
        LOG.info("{} is undefined in {} of {} folds; its mean skips them",
            m.label(), folds.size() - s.n(), folds.size());
      }
    }
    return new CrossValidationReport(
        folds,
        MetricSet.of(m -> summaries.get(m).mean()),
        MetricSet.of(m -> summaries.get(m).ci95()),
        defined,
        grid);
  }

  /**
   * Evaluates one fold: metrics on its test rows, F1 thresholds calibrated on its train rows.
   *
   * @param fold the fold number
   * @param rows the fold's rows (train and test; their fold fields are not checked)
   * @param grid the candidate F1 decision thresholds
   * @return the fold's metrics
   * @throws IllegalArgumentException when the fold lacks train or test rows
   */
  public static FoldMetrics evaluateFold(int fold, List<SamplePrediction> rows, ThresholdGrid grid) {
    double[][] train = columns(rows, FoldPart.TRAIN);
    double[][] test = columns(rows, FoldPart.TEST);
    if (train[0].length == 0 || test[0].length == 0) {
      throw new IllegalArgumentException(
          "fold " + fold + " has no " + (test[0].length == 0 ? "test" : "train") + " rows");
    }
    double[] tTrue = test[0];
    double[] tPred = test[1];
    double[] auroc = new double[Pspi.THRESHOLDS.size()];
    double[] f1 = new double[Pspi.THRESHOLDS.size()];
    List<CalibratedThreshold> thresholds = new ArrayList<>();
    for (int k = 0; k < Pspi.THRESHOLDS.size(); k++) {
      int pain = Pspi.THRESHOLDS.get(k);
      auroc[k] = Auroc.of(tTrue, tPred, pain);
      CalibratedThreshold c = F1Calibration.calibrate(train[0], train[1], pain, grid);
      thresholds.add(c);
      f1[k] = F1Calibration.f1(tTrue, tPred, pain, c.value());
    }
    double macro = (f1[0] + f1[1] + f1[2]) / 3.0;
    MetricSet m = new MetricSet(
        RegressionMetrics.pearson(tPred, tTrue),
        RegressionMetrics.meanAbsoluteError(tTrue, tPred),
        auroc[0], auroc[1], auroc[2], f1[0], f1[1], f1[2], macro);
    LOG.debug("fold {}: {}", fold, m);
    return new FoldMetrics(fold, train[0].length, tTrue.length, m, thresholds);
  }

  /** Returns {true PSPI, predicted PSPI} of the rows in one split. */
  private static double[][] columns(List<SamplePrediction> rows, FoldPart split) {
    int n = 0;
    for (SamplePrediction p : rows) {
      if (p.split() == split) {
        n++;
      }
    }
    double[] t = new double[n];
    double[] p = new double[n];
    int i = 0;
    for (SamplePrediction s : rows) {
      if (s.split() == split) {
        t[i] = s.pspiTrue();
        p[i++] = s.pspiPred();
      }
    }
    return new double[][] {t, p};
  }
}
