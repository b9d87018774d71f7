package org.pain3d.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pain3d.dataset.ClipIndex;
import org.pain3d.eval.ReportTable;
import org.pain3d.pairs.Modality;
import org.pain3d.train.TrainConfig;
import org.pain3d.train.TrainingReport;
import org.pain3d.train.TrainingRun;
import org.pain3d.vitpain.VitPainConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pain3d train}: trains ViTPain on a labelled set in the 3DPain layout (synthetic
 * pretraining) through {@link TrainingRun}: the train split trains, the val split selects the
 * best epoch. Resumes when the run folder holds an unfinished run of the same configuration.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train ViTPain on a 3DPain-layout data set (train split; best epoch on the val split).",
      "Writes model.json, train.json, state.json, metrics.jsonl, eval.json (PSPI metrics of the"
          + " best weights on train, val and the never-selected-on test split), preds.csv and"
          + " report.json / .txt / .png (the cv protocol on the test split, thresholds calibrated"
          + " on train) and last-/best-"
          + " heads, LoRA adapters or, with --train-backbone, the trained backbone (safetensors;"
          + " a frozen backbone is referenced, not copied); with --frozen the backbone tokens in"
          + " token-cache/. Re-running on the same --out resumes.",
      "On a clip dataset (pain3d video: clips.jsonl) it trains the temporal model instead: the"
          + " frozen backbone's tokens of every frame, ViTPain's neutral-reference fusion per frame"
          + " (frame 0 is the reference), --temporal-layers transformer layers over the frames"
          + " (--causal for live use), a per-frame PSPI head and a clip pain head (BL1 vs"
          + " PA1-PA4); --batch counts clips. Writes temporal.json, train.json, provenance.json,"
          + " metrics.jsonl, best-/last-temporal.safetensors, eval.json (frame PCC / MAE, clip"
          + " AUROC per split), preds.csv, clip-preds.csv and token-cache/; it resumes like an"
          + " image run (state.json, checkpoints/)."
    })
public final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Data set root.")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "RUN", description = "Run folder.")
  Path out;

  @Mixin ModelOptions model;

  @Mixin TrainingOptions training;

  @Mixin DistillOptions distill;

  @Mixin ClipOptions clip;

  @Override
  public Integer call() throws Exception {
    OutputChecks.notInside("--out", out, "--data", data);
    model.refuseAsOutput("--out", out);
    if (ClipIndex.isClipDataset(data)) {
      return new ClipTraining(spec.commandLine().getOut()).run(data, out,
          clip.config(model), training.config(30, 8, 0));
    }
    TrainConfig train = training.config(150, 48, 1.0).withDistill(distill.distill());
    TrainingRun run = TrainingRun.prepare(data, distill.model(model.config()), train, out);
    VitPainConfig cfg = run.model();
    PrintWriter w = spec.commandLine().getOut();
    if (!run.hasSplit()) {
      w.println("pain3d: no split file: training on every image, no validation (best = last)");
    }
    if (cfg.input() == Modality.HEATMAP) {
      w.println("pain3d: heatmap teacher: the pain branch sees the raw pain-region heatmaps");
    }
    if (cfg.spec().random()) {
      w.println("pain3d: RANDOM-INIT backbone " + cfg.backbone() + " (no pretrained weights)");
    }
    w.printf(Locale.ROOT, "pain3d: %d training, %d validation images; %s%n", run.trainImages(),
        run.validationImages(), switch (cfg.mode()) {
          case FROZEN -> "frozen backbone (token cache)";
          case TRAINED -> "whole backbone trained (shared by both branches)";
          case LORA -> "LoRA rank " + cfg.loraRank();
        });
    w.flush();
    TrainingReport r = run.run(new TrainProgress(w, ""));
    TrainProgress.printResume(w, r.result(), train.epochs());
    w.printf(Locale.ROOT, "pain3d: best epoch %d (val loss %.4f) -> %s%n", r.result().bestEpoch(),
        r.result().bestValLoss(), out);
    if (r.test() != null) {
      w.print(ReportTable.format(r.test()));
    }
    if (r.region() != null) {
      w.printf(Locale.ROOT, "pain3d: test region agreement (n=%d): Pearson %.3f, pointing game"
          + " %.3f%n", r.region().n(), r.region().pearson(), r.region().pointing());
    }
    r.eval().forEach((k, v) -> w.printf(Locale.ROOT, "pain3d: %s (best weights, n=%d): PCC %.3f,"
        + " MAE %.3f, AUROC@1 %.3f, AUROC@2 %.3f, AUROC@3 %.3f%n", k, v.n(), v.pcc(), v.mae(),
        v.auroc1(), v.auroc2(), v.auroc3()));
    return 0;
  }
}
