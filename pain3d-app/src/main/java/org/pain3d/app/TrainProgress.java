package org.pain3d.app;

import java.io.PrintWriter;
import java.util.Locale;
import org.pain3d.train.EpochRecord;
import org.pain3d.train.TrainListener;
import org.pain3d.train.TrainResult;

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

  /**
   * Prints what resuming repaired (one {@code pain3d: warning:} line each) and, for a run that
   * had every epoch committed already, that nothing was trained.
   *
   * @param out stdout
   * @param r the training's outcome
   * @param epochs the configured epochs
   */
  static void printResume(PrintWriter out, TrainResult r, int epochs) {
    r.warnings().forEach(w -> out.println("pain3d: warning: " + w));
    if (r.history().isEmpty()) {
      out.printf(Locale.ROOT, "pain3d: the run had all %d epochs committed already: nothing"
          + " trained, its best weights evaluated again%n", epochs);
    }
  }
}
