package org.pain3d.eval;

import java.util.Locale;
import org.pain3d.pspi.Pspi;

/**
 * A fixed-width text table of a {@link CrossValidationReport}: one row per fold (with its
 * sizes and calibrated F1 thresholds), then the mean, the 95% confidence half-width and the
 * number of folds each summary used. Undefined values print as {@code n/a}.
 */
public final class ReportTable {
  private static final int WIDTH = 9;

  private ReportTable() {}

  /**
   * Formats the report.
   *
   * @param report the report
   * @return the table, lines ending in {@code \n}
   */
  public static String format(CrossValidationReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-6s%8s%8s", "fold", "n_train", "n_test"));
    for (Metric m : Metric.values()) {
      sb.append(String.format(Locale.ROOT, "%" + WIDTH + "s", m.label().replace(" ", "-")));
    }
    for (int k : Pspi.THRESHOLDS) {
      sb.append(String.format(Locale.ROOT, "%7s", "thr@" + k));
    }
    sb.append('\n');
    for (FoldMetrics f : report.perFold()) {
      sb.append(String.format(Locale.ROOT, "%-6d%8d%8d", f.fold(), f.nTrain(), f.nTest()));
      appendValues(sb, f.metrics());
      for (CalibratedThreshold c : f.thresholds()) {
        sb.append(String.format(Locale.ROOT, "%7.3f", c.value()));
      }
      sb.append('\n');
    }
    sb.append(String.format(Locale.ROOT, "%-22s", "mean"));
    appendValues(sb, report.mean());
    sb.append('\n');
    sb.append(String.format(Locale.ROOT, "%-22s", "+/- 95% CI"));
    appendValues(sb, report.ci95());
    sb.append('\n');
    sb.append(String.format(Locale.ROOT, "%-22s", "folds used"));
    for (Metric m : Metric.values()) {
      sb.append(String.format(Locale.ROOT, "%" + WIDTH + "d", report.definedFolds().get(m)));
    }
    sb.append('\n');
    sb.append("Metrics on test rows; F1 thresholds (thr, PSPI) calibrated on train rows over "
        + "linspace(" + trim(report.grid().start()) + ", " + trim(report.grid().stop()) + ", "
        + report.grid().count() + ").\n");
    sb.append("n/a = undefined (AUROC: one class in the test fold; PCC: a constant side); "
        + "mean and CI skip such folds.\n");
    return sb.toString();
  }

  private static void appendValues(StringBuilder sb, MetricSet set) {
    for (Metric m : Metric.values()) {
      double v = set.get(m);
      sb.append(Double.isNaN(v)
          ? String.format(Locale.ROOT, "%" + WIDTH + "s", "n/a")
          : String.format(Locale.ROOT, "%" + WIDTH + ".3f", v));
    }
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
