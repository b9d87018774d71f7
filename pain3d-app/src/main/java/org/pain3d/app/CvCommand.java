package org.pain3d.app;

import java.io.PrintWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pain3d.clips.TemporalRunConfig;
import org.pain3d.clips.SequenceReport;
import org.pain3d.clips.UnbcSequenceCv;
import org.pain3d.eval.CrossValidationReport;
import org.pain3d.eval.ReportTable;
import org.pain3d.train.CvOptions;
import org.pain3d.train.ImportedRun;
import org.pain3d.train.RunFiles;
import org.pain3d.train.TrainConfig;
import org.pain3d.train.UnbcCrossValidation;
import org.pain3d.unbc.FaceCropConfig;
import org.pain3d.unbc.FaceCropper;
import org.pain3d.unbc.UnbcArchive;
import org.pain3d.unbc.UnbcFolds;
import org.pain3d.vitpain.AuthorsCheckpoint;
import org.pain3d.vitpain.VitPainConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pain3d cv}: 5-fold subject-independent fine-tuning and evaluation on UNBC-McMaster.
 */
@Command(
    name = "cv",
    mixinStandardHelpOptions = true,
    description = {
      "Fine-tune and evaluate ViTPain with subject-independent cross-validation on UNBC-McMaster"
          + " (checkpoint chosen on held-out training subjects, never the test fold).",
      "Writes fold-N/ runs, preds.csv (fold,split,pspi_true,pspi_pred), report.json,"
          + " report.txt and report.png."
    })
public final class CvCommand implements Callable<Integer> {
  /** The folder under {@code --out} of an imported {@code --init} checkpoint. */
  static final String IMPORTED = "init-imported";

  private boolean imported;

  @Spec CommandSpec spec;

  @Option(names = "--unbc", required = true, paramLabel = "DIR", description = "UNBC-McMaster root.")
  Path unbc;

  @Option(names = "--folds", paramLabel = "CSV",
      description = "Subject folds (subject,fold); default: the public 5-fold split.")
  Path foldsCsv;

  @Option(names = "--init", paramLabel = "RUN|FILE.ckpt",
      description = "Start every fold from this run's best weights (its model.json is used;"
          + " --backbone may then be left out), or from the ViTPain authors' checkpoint,"
          + " imported once into OUT/" + IMPORTED + " (--backbone then names the timm DINOv3"
          + " file of a checkpoint that holds only adapters, --arch its architecture).")
  Path init;

  @Option(names = "--validation-subjects", defaultValue = "2", paramLabel = "N",
      description = "Training subjects held out per fold for checkpoint selection"
          + " (default: ${DEFAULT-VALUE}).")
  int validationSubjects;

  @Option(names = "--shots", defaultValue = "3", paramLabel = "K",
      description = "Neutral references averaged per prediction (default: ${DEFAULT-VALUE}).")
  int shots;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(names = "--sequences",
      description = "Sequence mode: the temporal model (frozen --backbone, the clip options"
          + " --temporal-layers, --causal, --frame-stride, ...) over whole sequences in windows;"
          + " per-frame PSPI and per-sequence VAS / OPR (Sequence_Labels); writes fold-N/,"
          + " preds.csv, sequences.csv, report.json, report.txt, report.png; resumes like image"
          + " cv (finished folds are not trained again).")
  boolean sequences;

  @Option(names = "--window", defaultValue = "16", paramLabel = "T",
      description = "Sequence mode: frames (after --frame-stride) per window"
          + " (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--opr-threshold", defaultValue = "2", paramLabel = "R",
      description = "Sequence mode: OPR at or above which a sequence is a pain sequence (the"
          + " clip label and the AUROC; default: ${DEFAULT-VALUE}).")
  double oprThreshold;

  @Mixin ModelOptions model;

  @Mixin TrainingOptions training;

  @Mixin ClipOptions clip;

  @Override
  public Integer call() throws Exception {
    OutputChecks.notInside("--out", out, "--unbc", unbc);
    OutputChecks.notInside("--out", out, "--init", init);
    OutputChecks.notInside("--out", out, "--folds", foldsCsv);
    model.refuseAsOutput("--out", out);
    if (sequences) {
      return sequenceMode();
    }
    if (init != null && Files.isRegularFile(init)) {
      init = importOnce(init);
    }
    VitPainConfig cfg = init != null && (model.backbone == null || imported)
        ? RunFiles.modelConfig(init) : model.config();
    TrainConfig tc = training.config(50, 100, 0.1);
    UnbcArchive archive = UnbcArchive.open(unbc);
    UnbcFolds folds = foldsCsv == null ? UnbcFolds.standard() : UnbcFolds.read(foldsCsv);
    FaceCropper cropper = new FaceCropper(new FaceCropConfig(FaceCropConfig.DEFAULT_MARGIN,
        cfg.imageSize(), FaceCropConfig.defaults().resampling()));
    PrintWriter w = spec.commandLine().getOut();
    if (cfg.spec().random()) {
      w.println("pain3d: RANDOM-INIT backbone " + cfg.backbone() + " (no pretrained weights)");
    }
    CrossValidationReport report = UnbcCrossValidation.run(archive, folds, cfg, tc, cropper,
        new CvOptions(validationSubjects, shots, init, training.seed), out,
        new TrainProgress(w, ""));
    w.print(ReportTable.format(report));
    w.println("Wrote " + out.resolve("preds.csv") + ", report.json, report.txt, report.png");
    w.flush();
    return 0;
  }

  /** {@code --sequences}: {@link UnbcSequenceCv}. */
  private int sequenceMode() throws IOException {
    if (init != null) {
      throw new IllegalArgumentException("--init does not apply to --sequences (the temporal"
          + " heads start fresh on a frozen --backbone)");
    }
    TemporalRunConfig cfg = clip.config(model);
    UnbcSequenceCv.Options options = new UnbcSequenceCv.Options(validationSubjects,
        training.seed, window, oprThreshold);
    TrainConfig tc = training.config(30, 8, 0);
    UnbcArchive archive = UnbcArchive.open(unbc);
    UnbcFolds folds = foldsCsv == null ? UnbcFolds.standard() : UnbcFolds.read(foldsCsv);
    FaceCropper cropper = new FaceCropper(new FaceCropConfig(FaceCropConfig.DEFAULT_MARGIN,
        cfg.imageSize(), FaceCropConfig.defaults().resampling()));
    PrintWriter w = spec.commandLine().getOut();
    if (cfg.backboneConfig().spec().random()) {
      w.println("pain3d: RANDOM-INIT backbone " + cfg.backbone() + " (no pretrained weights)");
    }
    w.flush();
    UnbcSequenceCv.Report r = UnbcSequenceCv.run(archive, folds, cfg, tc, cropper, options, out,
        n -> { }, new TrainProgress(w, ""));
    w.print(SequenceReport.table(r));
    w.println("Wrote " + out.resolve("preds.csv") + ", sequences.csv, report.json, report.txt,"
        + " report.png");
    w.flush();
    return 0;
  }

  /** The checkpoint as a run under the output folder (kept for re-runs). */
  private Path importOnce(Path ckpt) throws IOException {
    imported = true;
    Path run = out.resolve(IMPORTED);
    if (!Files.exists(run.resolve(RunFiles.MODEL))) {
      ImportedRun.write(ckpt, new AuthorsCheckpoint.ImportOptions(
          model.backbone == null ? null : Path.of(model.backbone), model.arch, model.imageSize),
          run);
    }
    return run;
  }
}
