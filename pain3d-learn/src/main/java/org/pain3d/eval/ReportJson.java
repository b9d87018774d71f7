package org.pain3d.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.pain3d.io.AtomicFiles;
import org.pain3d.io.Json;
import org.pain3d.pspi.Pspi;

/**
 * The JSON form of a {@link CrossValidationReport}.
 *
 * <pre>{@code
 * {
 *   "per_fold": {"1": {<metrics>, "n_train": 240, "n_test": 60,
 *                      "f1_threshold_1": 1.116, "f1_threshold_index_1": 37,
 *                      "f1_train_1": 0.61, ... for 2 and 3}, ...},
 *   "mean":  {<metrics>},
 *   "ci95":  {<metrics>},
 *   "n_folds_defined": {"pcc": 5, ...},
 *   "protocol": {...}
 * }
 * }</pre>
 *
 * <p>{@code <metrics>} are the keys {@code pcc, mae, auroc_1, auroc_2, auroc_3, f1_1, f1_2,
 * f1_3, f1_macro}; an undefined value (NaN) is written as {@code null}. Thresholds are on the
 * 0..16 PSPI scale; {@code f1_threshold_index_k} indexes the protocol's threshold grid.
 */
public final class ReportJson {

  private ReportJson() {}

  /**
   * Builds the JSON tree of a report.
   *
   * @param report the report
   * @return a new tree
   */
  public static ObjectNode toJson(CrossValidationReport report) {
    ObjectNode root = Json.mapper().createObjectNode();
    ObjectNode perFold = root.putObject("per_fold");
    for (FoldMetrics f : report.perFold()) {
      ObjectNode o = perFold.putObject(Integer.toString(f.fold()));
      putMetrics(o, f.metrics());
      o.put("n_train", f.nTrain());
      o.put("n_test", f.nTest());
      for (CalibratedThreshold c : f.thresholds()) {
        int k = c.painThreshold();
        o.put("f1_threshold_" + k, c.value());
        o.put("f1_threshold_index_" + k, c.gridIndex());
        o.put("f1_train_" + k, c.trainF1());
      }
    }
    putMetrics(root.putObject("mean"), report.mean());
    putMetrics(root.putObject("ci95"), report.ci95());
    ObjectNode defined = root.putObject("n_folds_defined");
    for (Metric m : Metric.values()) {
      defined.put(m.key(), report.definedFolds().get(m));
    }
    root.set("protocol", protocol(report));
    return root;
  }

  /**
   * Writes a report as indented JSON, atomically.
   *
   * @param report the report
   * @param file the JSON file
   * @throws IOException on write failure (no file is left)
   */
  public static void write(CrossValidationReport report, Path file) throws IOException {
    AtomicFiles.write(file, toBytes(report));
  }

  /**
   * The indented JSON text of a report, UTF-8, ending in a newline.
   *
   * @param report the report
   * @return the bytes
   */
  public static byte[] toBytes(CrossValidationReport report) {
    try {
      String s = Json.pretty().writeValueAsString(toJson(report)) + "\n";
      return s.getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise a JSON tree", e);
    }
  }

  private static void putMetrics(ObjectNode o, MetricSet set) {
    for (Metric m : Metric.values()) {
      double v = set.get(m);
      if (Double.isNaN(v)) {
        o.putNull(m.key());
      } else {
        o.put(m.key(), v);
      }
    }
  }

  private static ObjectNode protocol(CrossValidationReport report) {
    ObjectNode p = Json.mapper().createObjectNode();
    p.put("scale", "PSPI 0..16 (prediction = model output x 16)");
    ArrayNode pain = p.putArray("pain_thresholds");
    for (int t : Pspi.THRESHOLDS) {
      pain.add(t);
    }
    ObjectNode grid = p.putObject("f1_threshold_grid");
    grid.put("start", report.grid().start());
    grid.put("stop", report.grid().stop());
    grid.put("count", report.grid().count());
    grid.put("rule", "prediction >= threshold is positive; max train F1, lowest threshold on ties");
    p.put("ci95", "t(0.975, n-1) * sample sd / sqrt(n) over the folds where defined");
    p.put("undefined", "null: AUROC with one class in the test fold, PCC with a constant side;"
        + " skipped in mean and ci95 (see n_folds_defined)");
    return p;
  }
}
