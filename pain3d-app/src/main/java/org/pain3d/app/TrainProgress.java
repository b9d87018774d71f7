package org.pain3d.app;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.pain3d.train.EpochRecord;
import org.pain3d.train.TrainListener;

/** Draws one progress bar per epoch (loss, samples/s) and prints a line per epoch. */
final class TrainProgress implements TrainListener {
  private final PrintWriter out;
  private final String label;
  private ProgressBar bar;

  TrainProgress(PrintWriter out, String label) {
    this.out = out;
    this.label = label;
  }

  @Override
  public void onStep(int epoch, int step, int steps, double loss, double samplesPerSecond) {
    if (bar == null) {
      bar = new ProgressBarBuilder().setTaskName(label + "epoch " + (epoch + 1))
          .setStyle(ProgressBarStyle.ASCII).setInitialMax(steps).build();
    }
    bar.stepTo(step);
    bar.setExtraMessage(String.format(Locale.ROOT, "loss %.4f, %.1f img/s", loss, samplesPerSecond));
  }

  @Override
  public void onEpoch(EpochRecord r) {
    if (bar != null) {
      bar.close();
      bar = null;
    }
    out.printf(Locale.ROOT, "%sepoch %d: lr %.2e, train loss %.4f, val loss %.4f, val MAE %.3f,"
        + " val PCC %.3f%s%s (%.1f s)%n", label, r.epoch(), r.lr(), r.trainLoss(), r.valLoss(),
        r.valMae(), r.valPcc(), r.best() ? " *best" : "",
        r.skippedSteps() > 0 ? ", " + r.skippedSteps() + " non-finite steps skipped" : "",
        r.seconds());
    out.flush();
  }
}
