package org.pain3d.clips;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pain3d.clips.UnbcSequenceCv.Report;
import org.pain3d.eval.FoldPart;
import org.pain3d.eval.PredictionPlot;
import org.pain3d.eval.SamplePrediction;
import org.pain3d.io.AtomicFiles;
import org.pain3d.train.RunFiles;
import org.pain3d.unbc.UnbcSequence;

/**
 * The files of a sequence cross-validation's report ({@link UnbcSequenceCv}): per-frame and
 * per-sequence CSVs, the text table, the plot and {@code report.json}.
 */
public final class SequenceReport {
  private SequenceReport() {}

  /**
   * Writes {@code preds.csv}, {@code sequences.csv}, {@code report.txt}, {@code report.png} and
   * {@code report.json}, each atomically.
   *
   * @param out the output folder
   * @param preds the test sequences' predictions
   * @param r their report
   * @param seed seed of the plot's jitter
   * @throws IOException when a file cannot be written
   */
  static void write(Path out, List<SequencePrediction> preds, Report r, long seed)
      throws IOException {
    StringBuilder frames = new StringBuilder("fold,subject,sequence,frame_id,pspi_true,"
        + "pspi_pred\n");
    StringBuilder seqs = new StringBuilder("fold,subject,sequence,frames,vas,opr,"
        + "pain_probability,max_pspi_pred\n");
    for (SequencePrediction p : preds) {
      UnbcSequence s = p.sequence();
      for (int i = 0; i < p.frames().length; i++) {
        frames.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%.4f,%.6f%n", p.fold(),
            s.subject(), s.sequence(), s.frames().get(p.frames()[i]).frameId(),
            p.pspiTrue()[i], p.pspiPred()[i]));
      }
      seqs.append(String.format(Locale.ROOT, "%d,%s,%s,%d,%s,%s,%.6f,%.6f%n", p.fold(),
          s.subject(), s.sequence(), p.frames().length, num(s.vas()), num(s.opr()),
          p.painProbability(), p.maxPspi()));
    }
    AtomicFiles.write(out.resolve("preds.csv"), frames.toString()
        .getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(out.resolve("sequences.csv"), seqs.toString()
        .getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(out.resolve("report.txt"), table(r).getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(out.resolve("report.png"), plot(preds, r, seed));
    RunFiles.write(out.resolve("report.json"), r);
  }

  /**
   * The report as the image cross-validation's plot ({@link PredictionPlot}): predicted against
   * true PSPI of every test frame, one colour per fold, and beside it the frame PCC and the OPR
   * AUROC of both sequence scores per fold and pooled.
   *
   * @param preds the test sequences' predictions
   * @param r their report
   * @param seed seed of the points' jitter
   * @return the PNG file content
   */
  static byte[] plot(List<SequencePrediction> preds, Report r, long seed) {
    List<SamplePrediction> rows = new ArrayList<>();
    Map<Integer, Integer> frames = new java.util.TreeMap<>();
    for (SequencePrediction p : preds) {
      for (int i = 0; i < p.frames().length; i++) {
        rows.add(new SamplePrediction(p.fold(), FoldPart.TEST, p.pspiTrue()[i], p.pspiPred()[i]));
      }
      frames.merge(p.fold(), p.frames().length, Integer::sum);
    }
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%-7s %6s %6s %6s", "fold", "PCC", "AUC cl", "AUC mF"));
    r.perFold().forEach((k, v) -> lines.add(plotRow(k, v)));
    lines.add(plotRow("pooled", r.pooled()));
    return PredictionPlot.png(rows, new PredictionPlot.Captions(
        "Predicted vs true frame PSPI (test sequences of every fold)", frames,
        "Frame PCC, OPR AUROC", lines, List.of("AUC: pain sequence = OPR >= "
            + num(r.oprThreshold()), "cl: clip head; mF: max frame PSPI")), seed);
  }

  private static String plotRow(String name, SequenceMetrics m) {
    return String.format(Locale.ROOT, "%-7s %6s %6s %6s", name, value(m.framePcc()),
        value(m.aurocOprClip()), value(m.aurocOprMaxPspi()));
  }

  private static String value(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /**
   * The report as a text table: one row per fold and the pooled row.
   *
   * @param r the report
   * @return the table
   */
  public static String table(Report r) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "UNBC-McMaster sequences,"
        + " subject-independent %d-fold CV (test folds; every %d-th frame, windows of %d;"
        + " pain sequence = OPR >= %s)%n", r.perFold().size(), r.frameStride(), r.window(),
        num(r.oprThreshold())));
    sb.append(String.format(Locale.ROOT, "%-7s %5s %7s %9s %9s %13s %13s %13s %13s %13s %13s%n",
        "fold", "seqs", "frames", "frame PCC", "frame MAE", "PCC VAS clip", "PCC OPR clip",
        "PCC VAS maxF", "PCC OPR maxF", "AUROC OPR cl", "AUROC OPR mF"));
    r.perFold().forEach((k, v) -> sb.append(row(k, v)));
    sb.append(row("pooled", r.pooled()));
    return sb.toString();
  }

  private static String row(String name, SequenceMetrics v) {
    return String.format(Locale.ROOT, "%-7s %5d %7d %9.3f %9.3f %13.3f %13.3f %13.3f %13.3f"
        + " %13.3f %13.3f%n", name, v.sequences(), v.frames(), v.framePcc(), v.frameMae(),
        v.pccVasClip(), v.pccOprClip(), v.pccVasMaxPspi(), v.pccOprMaxPspi(), v.aurocOprClip(),
        v.aurocOprMaxPspi());
  }
}
