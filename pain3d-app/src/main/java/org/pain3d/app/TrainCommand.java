package org.pain3d.app;

import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pain3d.dataset.DatasetIndex;
import org.pain3d.dataset.DatasetReader;
import org.pain3d.dataset.Split;
import org.pain3d.eval.ReportTable;
import org.pain3d.eval.SamplePrediction;
import org.pain3d.pairs.PairSource;
import org.pain3d.pairs.SyntheticPairs;
import org.pain3d.train.DiskTokenStore;
import org.pain3d.train.InMemoryTokenStore;
import org.pain3d.train.PairPrediction;
import org.pain3d.train.PredictionReport;
import org.pain3d.train.Predictor;
import org.pain3d.train.PspiMetrics;
import org.pain3d.train.RunFiles;
import org.pain3d.train.TokenCache;
import org.pain3d.train.TrainConfig;
import org.pain3d.train.TrainResult;
import org.pain3d.train.VitPainTrainer;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.vitpain.VitPainModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pain3d train}: trains ViTPain on a labelled set in the 3DPain layout (synthetic
 * pretraining): the train split trains, the val split selects the best epoch. Resumes when the
 * run folder holds an unfinished run of the same configuration.
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
          + " token-cache/. Re-running on the same --out resumes."
    })
public final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Data set root.")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "RUN", description = "Run folder.")
  Path out;

  @Mixin ModelOptions model;

  @Mixin TrainingOptions training;

  @Override
  public Integer call() throws Exception {
    OutputChecks.notInside("--out", out, "--data", data);
    model.refuseAsOutput("--out", out);
    VitPainConfig cfg = model.config();
    TrainConfig tc = training.config(150, 48, 1.0);
    DatasetIndex index = DatasetReader.read(data);
    PairSource train = new SyntheticPairs(index, Split.TRAIN, cfg.imageSize());
    PairSource val = new SyntheticPairs(index, Split.VAL, cfg.imageSize());
    PrintWriter w = spec.commandLine().getOut();
    if (train.size() == 0) {
      train = new SyntheticPairs(index, null, cfg.imageSize());
      val = null;
      w.println("pain3d: no split file: training on every image, no validation (best = last)");
    }
    if (cfg.spec().random()) {
      w.println("pain3d: RANDOM-INIT backbone " + cfg.backbone() + " (no pretrained weights)");
    }
    w.printf(Locale.ROOT, "pain3d: %d training, %d validation images; %s%n", train.size(),
        val == null ? 0 : val.size(), switch (cfg.mode()) {
          case FROZEN -> "frozen backbone (token cache)";
          case TRAINED -> "whole backbone trained (shared by both branches)";
          case LORA -> "LoRA rank " + cfg.loraRank();
        });
    w.flush();
    try (NDManager m = NDManager.newBaseManager();
        DiskTokenStore tokens = cfg.frozen() ? DiskTokenStore.open(out.resolve(RunFiles.TOKENS),
            TokenCache.fingerprint(cfg, "3DPain " + data.toAbsolutePath().normalize())) : null) {
      VitPainModel vp = VitPainModel.create(cfg, m);
      VitPainTrainer trainer = new VitPainTrainer(vp, tc, m, false,
          tokens == null ? new InMemoryTokenStore() : tokens);
      TrainResult r = trainer.fit(train, val, out, new TrainProgress(w, ""));
      w.printf(Locale.ROOT, "pain3d: best epoch %d (val loss %.4f) -> %s%n", r.bestEpoch(),
          r.bestValLoss(), out);
      vp.load(out, RunFiles.BEST);
      Predictor p = new Predictor(trainer.forward(), m, tc.batch());
      Map<String, PspiMetrics> eval = new LinkedHashMap<>();
      List<PairPrediction> trainPred = p.predict(train, 1, tc.seed());
      eval.put("train", PspiMetrics.of(train, trainPred));
      if (val != null && val.size() > 0) {
        eval.put("val", PspiMetrics.of(val, p.predict(val, 1, tc.seed())));
        // never used for selection: the unbiased estimate on held-out identities
        PairSource test = new SyntheticPairs(index, Split.TEST, cfg.imageSize());
        if (test.size() > 0) {
          List<PairPrediction> testPred = p.predict(test, 1, tc.seed());
          eval.put("test", PspiMetrics.of(test, testPred));
          List<SamplePrediction> rows = new ArrayList<>(
              PredictionReport.rows(1, org.pain3d.eval.FoldPart.TRAIN, train, trainPred));
          rows.addAll(PredictionReport.rows(1, org.pain3d.eval.FoldPart.TEST, test, testPred));
          w.print(ReportTable.format(PredictionReport.write(out, rows, tc.seed())));
        }
      }
      RunFiles.write(out.resolve("eval.json"), eval);
      eval.forEach((k, v) -> w.printf(Locale.ROOT, "pain3d: %s (best weights, n=%d): PCC %.3f,"
          + " MAE %.3f, AUROC@1 %.3f, AUROC@2 %.3f, AUROC@3 %.3f%n", k, v.n(), v.pcc(), v.mae(),
          v.auroc1(), v.auroc2(), v.auroc3()));
    }
    return 0;
  }
}
