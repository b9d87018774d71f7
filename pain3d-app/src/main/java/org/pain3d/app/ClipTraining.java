package org.pain3d.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.pain3d.clips.ClipTrainingRun;
import org.pain3d.clips.TemporalRunConfig;
import org.pain3d.dataset.Split;
import org.pain3d.train.TrainConfig;

/** {@code pain3d train} on a clip dataset: runs {@link ClipTrainingRun} and prints. */
final class ClipTraining {
  private final PrintWriter w;

  ClipTraining(PrintWriter w) {
    this.w = w;
  }

  int run(Path data, Path out, TemporalRunConfig cfg, TrainConfig train) throws IOException {
    ClipTrainingRun run = ClipTrainingRun.prepare(data, cfg, train, out, new Mp4Frames());
    if (cfg.backboneConfig().spec().random()) {
      w.println("pain3d: RANDOM-INIT backbone " + cfg.backbone() + " (no pretrained weights)");
    }
    int frames = run.data().framesPerClip();
    w.printf(Locale.ROOT, "pain3d: %d training, %d validation clips of %d frames; frozen backbone,"
        + " %s%n", run.data().split(Split.TRAIN).size(), run.data().split(Split.VAL).size(),
        frames, cfg.temporal().temporal() ? cfg.temporal().layers() + " temporal layers"
            + (cfg.temporal().causal() ? " (causal)" : "") : "single-frame model (no temporal"
            + " layers)");
    w.flush();
    int clips = run.data().bySplit().values().stream().mapToInt(java.util.List::size).sum();
    ClipTrainingRun.Report r;
    ProgressBar bar = new ProgressBarBuilder().setTaskName("frame tokens")
        .setStyle(ProgressBarStyle.ASCII).setInitialMax(clips).setUnit(" clips", 1).build();
    try {
      r = run.run(done -> {
        bar.stepTo(done);
        if (done == clips) {
          bar.close();
        }
      }, new TrainProgress(w, ""));
    } finally {
      bar.close();
    }
    TrainProgress.printResume(w, r.result(), train.epochs());
    w.printf(Locale.ROOT, "pain3d: best epoch %d -> %s%n", r.bestEpoch(), out);
    r.eval().forEach((k, v) -> w.printf(Locale.ROOT, "pain3d: %s (best weights, %d clips, %d"
        + " frames): frame PCC %.3f, MAE %.3f; clip AUROC %.3f (clip head), %.3f (max frame"
        + " PSPI)%n", k, v.clips(), v.frames(), v.framePcc(), v.frameMae(), v.clipAuroc(),
        v.clipAurocMaxFrame()));
    return 0;
  }
}
