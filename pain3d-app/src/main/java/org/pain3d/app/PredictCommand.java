package org.pain3d.app;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pain3d.io.Json;
import org.pain3d.pairs.FramedImages;
import org.pain3d.pairs.ImageRef;
import org.pain3d.train.Checkpoints;
import org.pain3d.train.PairForward;
import org.pain3d.train.PairPrediction;
import org.pain3d.train.Predictor;
import org.pain3d.train.RunFiles;
import org.pain3d.vitpain.BackboneMode;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.vitpain.VitPainModel;
import picocli.CommandLine.Command;
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
  private static final String[] AUS = {"AU4", "AU6", "AU7", "AU9", "AU10", "AU43"};

  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "RUN", description = "Run folder.")
  Path model;

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
    VitPainConfig cfg = RunFiles.modelConfig(model);
    int size = cfg.imageSize();
    List<ImageRef> refs = new ArrayList<>();
    for (Path n : neutral) {
      float[] px = FramedImages.load(n, size);
      refs.add(new ImageRef("neutral:" + n, () -> px));
    }
    List<ImageRef> pain = new ArrayList<>();
    List<List<ImageRef>> perFrame = new ArrayList<>();
    for (Path f : frames) {
      float[] px = FramedImages.load(f, size);
      pain.add(new ImageRef("frame:" + f, () -> px));
      perFrame.add(refs);
    }
    List<PairPrediction> preds;
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel vp = VitPainModel.create(cfg, m);
      String prefix = checkpoint.equals("best") ? RunFiles.BEST : RunFiles.LAST;
      Checkpoints.verify(model, prefix);
      vp.load(model, prefix);
      preds = new Predictor(new PairForward(vp, null), m, 16)
          .predictBatch(pain, perFrame, refs.size());
    }
    PrintWriter w = spec.commandLine().getOut();
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
      sb.append(String.format(Locale.ROOT, "  %s %.2f", AUS[a], p.au()[a]));
    }
    return sb.toString();
  }

  private String toJson(VitPainConfig cfg, List<PairPrediction> preds) throws Exception {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("model", model.toString());
    root.put("backbone", cfg.backbone());
    root.put("random_init_backbone", cfg.spec().random());
    root.put("backbone_mode", cfg.mode().name().toLowerCase(Locale.ROOT));
    root.put("references", neutral.size());
    ArrayNode arr = root.putArray("frames");
    for (int i = 0; i < frames.size(); i++) {
      PairPrediction p = preds.get(i);
      ObjectNode f = arr.addObject();
      f.put("frame", frames.get(i).toString());
      f.put("pspi", p.pspi());
      ObjectNode prob = f.putObject("pain_probability");
      for (int t = 0; t < p.painProbability().length; t++) {
        prob.put("pspi_ge_" + (t + 1), p.painProbability()[t]);
      }
      ObjectNode au = f.putObject("au");
      for (int a = 0; a < p.au().length; a++) {
        au.put(AUS[a], p.au()[a]);
      }
    }
    return Json.pretty().writeValueAsString(root);
  }
}
