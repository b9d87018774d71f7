package org.pain3d.app;

import org.pain3d.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.pain3d.eval.CrossValidation;
import org.pain3d.eval.CrossValidationReport;
import org.pain3d.eval.PredictionCsv;
import org.pain3d.eval.PredictionPlot;
import org.pain3d.eval.ReportJson;
import org.pain3d.eval.ReportTable;
import org.pain3d.eval.SamplePrediction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pain3d metrics}: evaluates cross-validation predictions under the protocol of
 * SPEC.md section 6 and writes the JSON report, a table on stdout and a PNG plot.
 *
 * <p>Nothing is written unless the whole input is valid; each output goes through a
 * temporary file and a rename.
 */
@Command(
    name = "metrics",
    mixinStandardHelpOptions = true,
    description = {
      "Computes PCC, MAE, AUROC@1/2/3 and train-calibrated F1@1/2/3 (+ macro F1) per fold "
          + "on the test rows, with mean and 95%% CI over folds.",
      "Input CSV header: fold,split,pspi_true,pspi_pred (split: train or test; PSPI on the "
          + "0..16 scale, prediction = model output x 16). Train rows only calibrate the F1 "
          + "thresholds over linspace(0, 6, 200)."
    })
public final class MetricsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "CSV",
      description = "Predictions CSV (fold,split,pspi_true,pspi_pred).")
  Path input;

  @Option(names = "--out", required = true, paramLabel = "JSON",
      description = "Report JSON to write (per_fold, mean, ci95, n_folds_defined).")
  Path out;

  @Option(names = "--plot", paramLabel = "PNG",
      description = "Plot of predicted vs true PSPI (default: the --out path with .png).")
  Path plot;

  @Option(names = "--seed", defaultValue = "0", paramLabel = "N",
      description = "Seed of the plot's horizontal jitter (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    Path plotFile = plot != null ? plot : defaultPlot(out);
    if (plotFile.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("--out and --plot name the same file: " + out);
    }
    OutputChecks.notInside("--out", out, "--input", input);
    OutputChecks.notInside("--plot", plotFile, "--input", input);
    List<SamplePrediction> rows = PredictionCsv.read(input);
    CrossValidationReport report = CrossValidation.evaluate(rows);
    byte[] json = ReportJson.toBytes(report);
    byte[] png = PredictionPlot.png(rows, report, seed);
    createParent(out);
    createParent(plotFile);
    AtomicFiles.write(out, json);
    AtomicFiles.write(plotFile, png);
    PrintWriter w = spec.commandLine().getOut();
    w.print(ReportTable.format(report));
    w.println("Wrote " + out + " and " + plotFile);
    w.flush();
    return 0;
  }

  /** The JSON path with its extension replaced by .png (metrics.json -> metrics.png). */
  static Path defaultPlot(Path json) {
    String name = json.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return json.resolveSibling(stem + ".png");
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
