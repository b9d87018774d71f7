package org.pain3d.app;

import java.io.PrintWriter;
import java.util.Locale;
import org.pain3d.train.EpochRecord;
import org.pain3d.train.TrainListener;

/**
 * Shows one progress display per epoch (loss, samples/s; {@link ProgressLine}: a bar on a
 * terminal, plain lines otherwise) and prints a line per epoch.
 */
final class TrainProgress implements TrainListener {
  private final PrintWriter out;
  private final PrintWriter err;
  private final String label;
  private ProgressLine bar;

  TrainProgress(PrintWriter out, String label) {
    this(out, new PrintWriter(System.err, true), label);
  }

  /**
   * @param out where the epoch lines go (stdout)
   * @param err where the progress goes (the user's stderr)
   * @param label put before each line (a fold's name)
   */
  TrainProgress(PrintWriter out, PrintWriter err, String label) {
    this.out = out;
    this.err = err;
    this.label = label;
  }

  @Override
  public void onStep(int epoch, int step, int steps, double loss, double samplesPerSecond) {
    if (bar == null) {
      bar = ProgressLine.count(err, label + "epoch " + (epoch + 1), steps);
    }
    bar.extra(String.format(Locale.ROOT, "loss %.4f, %.1f img/s", loss, samplesPerSecond));
    bar.stepTo(step);
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
