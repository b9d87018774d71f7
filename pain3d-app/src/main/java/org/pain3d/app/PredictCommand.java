package org.pain3d.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pain3d.io.Json;
import org.pain3d.pairs.FramedImages;
import org.pain3d.pairs.Modality;
import org.pain3d.train.Explanations;
import org.pain3d.train.PairPrediction;
import org.pain3d.train.RunFiles;
import org.pain3d.vitpain.AuthorsCheckpoint;
import org.pain3d.vitpain.BackboneMode;
import org.pain3d.vitpain.VitPainConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pain3d predict}: PSPI, pain probabilities and AU intensities for face-framed frames of
 * one person, averaged over all given neutral references (multi-shot inference).
 */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = {
      "Predict PSPI (0..16), P(PSPI >= 1, 2, 3) and AU4/6/7/9/10/43 for each --frame, averaging"
          + " over every --neutral reference of the same person.",
      "Images must be square, face-framed crops (like 3DPain renders); they are resized to the"
          + " model's input size.",
      "With --video (a run trained on a clip dataset): the PSPI of every used frame against the"
          + " --neutral image, written as a timeline CSV (--out) and a plot (--plot)."
    })
public final class PredictCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "RUN|FILE.ckpt",
      description = "Run folder, or the ViTPain authors' checkpoint (run with their forward).")
  Path model;

  @Mixin CheckpointOptions ckpt;

  @Option(names = "--checkpoint", defaultValue = "best", paramLabel = "best|last",
      description = "Which weights of the run (default: ${DEFAULT-VALUE}).")
  String checkpoint;

  @Option(names = "--neutral", required = true, arity = "1..*", paramLabel = "PNG",
      description = "Neutral reference image(s) of the person (one with --video, at the video's"
          + " frame size).")
  List<Path> neutral;

  @Option(names = "--frame", arity = "1..*", paramLabel = "PNG",
      description = "Frame(s) to score.")
  List<Path> frames;

  @Option(names = "--video", paramLabel = "MP4",
      description = "A video to score with a clip run (pain3d train on a clip dataset): writes"
          + " the PSPI timeline to --out and its plot to --plot.")
  Path video;

  @Option(names = "--out", paramLabel = "CSV",
      description = "With --video: the timeline (frame,time_s,pspi_pred[,pspi_true]).")
  Path out;

  @Option(names = "--plot", paramLabel = "PNG",
      description = "With --video: the timeline plot (default: --out with .png).")
  Path plot;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(names = "--explain", paramLabel = "DIR",
      description = "Write each frame's predicted pain-region map (needs a run trained with"
          + " --region-head): <frame>_explain.png (over the frame, the dataset's colours),"
          + " <frame>_map16.png (16-bit, 0.001 mm per unit) and <frame>_map.npy (float32 mm), at"
          + " the frame's size.")
  Path explain;

  @Override
  public Integer call() throws Exception {
    if (!checkpoint.equals("best") && !checkpoint.equals("last")) {
      throw new IllegalArgumentException("--checkpoint must be best or last, got " + checkpoint);
    }
    if ((video == null) == (frames == null)) {
      throw new IllegalArgumentException("give either --frame or --video");
    }
    if (video != null) {
      if (out == null || neutral.size() != 1) {
        throw new IllegalArgumentException("--video needs --out CSV and exactly one --neutral");
      }
      Path png = plot != null ? plot
          : out.resolveSibling(out.getFileName().toString().replaceFirst("\\.csv$", "") + ".png");
      VideoPrediction.run(model, checkpoint.equals("best") ? RunFiles.BEST : RunFiles.LAST,
          video, neutral.get(0), out, png, spec.commandLine().getOut());
      return 0;
    }
    if (out != null || plot != null) {
      throw new IllegalArgumentException("--out and --plot go with --video");
    }
    boolean file = Files.isRegularFile(model);
    if (!file && (ckpt.backbone != null || ckpt.arch != null)) {
      throw new IllegalArgumentException("--backbone and --arch are for a checkpoint file;"
          + " a run folder names its backbone in model.json");
    }
    VitPainConfig cfg = file ? null : RunFiles.modelConfig(model);
    if (cfg != null && cfg.input() != Modality.RGB) {
      throw new IllegalArgumentException(model + " is a heatmap teacher; predict scores face"
          + " images with an rgb run");
    }
    if (explain != null && (cfg == null || !cfg.aux().region())) {
      throw new IllegalArgumentException("--explain needs a run trained with --region-head; "
          + model + " has no region head");
    }
    int size = file ? ckpt.imageSize : cfg.imageSize();
    List<float[]> refs = new ArrayList<>();
    for (Path n : neutral) {
      refs.add(FramedImages.load(n, size));
    }
    List<float[]> pain = new ArrayList<>();
    for (Path f : frames) {
      pain.add(FramedImages.load(f, size));
    }
    List<PairPrediction> preds;
    try (LoadedRun run = file ? LoadedRun.ofCheckpoint(model, ckpt.options())
        : LoadedRun.open(model, cfg, checkpoint.equals("best") ? RunFiles.BEST : RunFiles.LAST)) {
      cfg = run.config();
      preds = run.predict(refs, pain);
    }
    PrintWriter w = spec.commandLine().getOut();
    if (explain != null) {
      Files.createDirectories(explain);
      for (int i = 0; i < frames.size(); i++) {
        Explanations.write(explain, frames.get(i), preds.get(i).region());
      }
    }
    if (json) {
      w.println(toJson(cfg, preds));
    } else {
      if (cfg.spec().random()) {
        w.println("note: model built on a RANDOM-INIT backbone (" + cfg.backbone() + ")"
            + (cfg.mode() == BackboneMode.TRAINED ? ", trained from scratch" : ""));
      }
      for (int i = 0; i < frames.size(); i++) {
        w.println(text(frames.get(i), preds.get(i)));
      }
    }
    w.flush();
    return 0;
  }

  private static String text(Path frame, PairPrediction p) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: PSPI %.2f", frame, p.pspi()));
    for (int t = 0; t < p.painProbability().length; t++) {
      sb.append(String.format(Locale.ROOT, "  P(PSPI>=%d) %.3f", t + 1, p.painProbability()[t]));
    }
    for (int a = 0; a < p.au().length; a++) {
      sb.append(String.format(Locale.ROOT, "  %s %.2f", PredictionJson.au(a), p.au()[a]));
    }
    return sb.toString();
  }

  private String toJson(VitPainConfig cfg, List<PairPrediction> preds) throws Exception {
    return Json.pretty().writeValueAsString(PredictionJson.of(model.toString(), cfg, neutral.size(),
        frames.stream().map(Path::toString).toList(), preds));
  }
}
