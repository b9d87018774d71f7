package org.pain3d.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.pain3d.clips.ClipTrainingRun;
import org.pain3d.clips.TemporalPredictor;
import org.pain3d.clips.Timeline;
import org.pain3d.clips.TimelinePlot;
import org.pain3d.dataset.ClipFrameTable;
import org.pain3d.io.AtomicFiles;
import org.pain3d.pairs.ImageFiles;
import org.pain3d.train.RunFormatException;

/**
 * {@code pain3d predict --video}: a clip run scores a video against one neutral reference and
 * writes the PSPI timeline (CSV) and its plot (PNG). When the video has a label table beside it
 * ({@code <name>_frames.csv}, as in a clip dataset) the true PSPI is added to both. Everything
 * is computed before either file is written; each is written atomically.
 */
final class VideoPrediction {
  private VideoPrediction() {}

  static void run(Path model, String prefix, Path video, Path neutral, Path csv, Path plot,
      PrintWriter w) throws IOException {
    if (!Files.isRegularFile(model.resolve(ClipTrainingRun.CONFIG))) {
      throw new RunFormatException(model, "not a clip run (no " + ClipTrainingRun.CONFIG
          + "); --video needs a model trained on a clip dataset", null);
    }
    BufferedImage ref = ImageFiles.read(neutral);
    int rw = ref.getWidth();
    int rh = ref.getHeight();
    int[] rgb = ref.getRGB(0, 0, rw, rh, null, 0, rw);
    String name = video.getFileName().toString();
    Path labels = video.resolveSibling(name.replaceFirst("\\.[^.]*$", "") + "_frames.csv");
    double[] truth = Files.isRegularFile(labels)
        ? ClipFrameTable.read(labels).column("pspi") : null;
    Timeline t;
    try (TemporalPredictor p = TemporalPredictor.load(model, prefix)) {
      if (p.config().backboneConfig().spec().random()) {
        w.println("note: model built on a RANDOM-INIT backbone (" + p.config().backbone() + ")");
      }
      t = p.predict(new Mp4Frames(), video, rgb, rw, rh, truth);
    }
    byte[] png = TimelinePlot.png(t, name);
    AtomicFiles.write(csv, t.toCsv().getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(plot, png);
    float max = 0;
    int at = 0;
    for (int i = 0; i < t.pspi().length; i++) {
      if (t.pspi()[i] > max) {
        max = t.pspi()[i];
        at = i;
      }
    }
    w.printf(Locale.ROOT, "%s: %d frames scored; peak PSPI %.2f at %.2f s; P(pain clip) %.3f"
        + "%s -> %s, %s%n", video, t.frames().length, max, t.timeS()[at], t.painProbability(),
        truth != null ? " (true PSPI from " + labels.getFileName() + ")" : "", csv, plot);
  }
}
