package org.pain3d.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pain3d.eval.CrossValidation;
import org.pain3d.eval.CrossValidationReport;
import org.pain3d.eval.FoldPart;
import org.pain3d.eval.PredictionCsv;
import org.pain3d.eval.PredictionPlot;
import org.pain3d.eval.ReportJson;
import org.pain3d.eval.ReportTable;
import org.pain3d.eval.SamplePrediction;
import org.pain3d.io.AtomicFiles;
import org.pain3d.pairs.PairSource;
import org.pain3d.pspi.Pspi;

/**
 * The evaluation files of a run: {@code preds.csv} ({@code fold,split,pspi_true,pspi_pred}, as
 * {@code pain3d metrics} reads it), {@code report.json}, {@code report.txt} and {@code
 * report.png} (predicted vs true PSPI of the test rows), computed by {@link CrossValidation}.
 */
public final class PredictionReport {
  private PredictionReport() {}

  /**
   * Rows of one fold and split, predictions clamped to the PSPI range 0..16.
   *
   * @param fold 1-based fold
   * @param split train (threshold calibration) or test (metrics)
   * @param source the images (truth)
   * @param preds predictions in source order
   * @return the rows
   */
  public static List<SamplePrediction> rows(int fold, FoldPart split, PairSource source,
      List<PairPrediction> preds) {
    List<SamplePrediction> out = new ArrayList<>(preds.size());
    for (int i = 0; i < preds.size(); i++) {
      double pred = Pspi.clamp(preds.get(i).pspi());
      out.add(new SamplePrediction(fold, split, source.pspi(i), pred));
    }
    return out;
  }

  /**
   * Evaluates the rows and writes the four files into a folder.
   *
   * @param dir the folder (exists)
   * @param rows the predictions
   * @param seed seed of the plot's jitter
   * @return the report
   * @throws IOException if a file cannot be written
   */
  public static CrossValidationReport write(Path dir, List<SamplePrediction> rows, long seed)
      throws IOException {
    PredictionCsv.write(dir.resolve("preds.csv"), rows);
    CrossValidationReport report = CrossValidation.evaluate(rows);
    ReportJson.write(report, dir.resolve("report.json"));
    AtomicFiles.write(dir.resolve("report.txt"),
        ReportTable.format(report).getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(dir.resolve("report.png"), PredictionPlot.png(rows, report, seed));
    return report;
  }
}
