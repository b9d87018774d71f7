package org.pain3d.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work on the user's stderr: a redrawn bar (me.tongfei progressbar) when stderr
 * is a terminal; otherwise (a log file, a pipe, a batch job) a plain line every few seconds, so
 * that logs stay readable and nothing is left mid-line. {@link #endAll} ends every open bar's
 * line before an error is printed, and log lines break a bar's line first, so the error line
 * {@code pain3d: error: ...} always starts a line.
 *
 * <p>The mode: {@code -Dpain3d.progress} or {@code $PAIN3D_PROGRESS} ({@code bar}, {@code
 * plain}, {@code off}), else a bar when stderr is a terminal ({@code -Dpain3d.stderr.terminal},
 * set by the launcher, else {@code /proc/self/fd/2}). Plain lines come every {@code
 * -Dpain3d.progress.seconds} (default 10) seconds.
 */
final class ProgressLine implements AutoCloseable {
  /** Guards writes of progress and log lines to the user's stderr. */
  static final Object LOCK = new Object();
  private static final Set<ProgressLine> OPEN = ConcurrentHashMap.newKeySet();
  private static PrintWriter lineOpenOn;

  /** How progress is shown. */
  enum Mode {
    /** A bar redrawn in place (a terminal). */
    BAR,
    /** A full line every few seconds. */
    PLAIN,
    /** Nothing. */
    OFF
  }

  private final PrintWriter err;
  private final String task;
  private final String unit;
  private final long unitSize;
  private final ProgressBar bar;
  private final long intervalNanos;
  private final long started = System.nanoTime();
  private long max;
  private long done;
  private String extra = "";
  private long lastPrint = started;
  private boolean printed;

  private ProgressLine(PrintWriter err, String task, String unit, long unitSize, long max, Mode mode) {
    this.err = err;
    this.task = task;
    this.unit = unit;
    this.unitSize = unitSize;
    this.max = max;
    this.intervalNanos = (long) (seconds() * 1e9);
    if (mode == Mode.BAR) {
      ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII)
          .setInitialMax(max).setConsumer(new BarConsumer(err));
      this.bar = (unitSize > 1 ? b.setUnit(unit, unitSize) : b.showSpeed()).build();
    } else {
      this.bar = null;
    }
  }

  /**
   * Progress counted in items (identities, steps), with the speed.
   *
   * @param err the user's stderr
   * @param task what is counted
   * @param max the total, or -1 when unknown
   * @return the progress, shown in the detected mode; close it
   */
  static ProgressLine count(PrintWriter err, String task, long max) {
    return start(err, task, "", 1, max);
  }

  /**
   * Progress counted in bytes, shown in MB.
   *
   * @param err the user's stderr
   * @param task what is transferred
   * @param max the total in bytes, or -1 when unknown
   * @return the progress; close it
   */
  static ProgressLine bytes(PrintWriter err, String task, long max) {
    return start(err, task, " MB", 1 << 20, max);
  }

  private static ProgressLine start(PrintWriter err, String task, String unit, long unitSize, long max) {
    Mode mode = mode();
    ProgressLine p = new ProgressLine(err, task, unit, unitSize, max, mode);
    if (mode != Mode.OFF) {
      OPEN.add(p);
    }
    return p;
  }

  /** @return the mode for this process */
  static Mode mode() {
    String m = System.getProperty("pain3d.progress", System.getenv("PAIN3D_PROGRESS"));
    if (m != null && !m.isBlank()) {
      return EnumOption.parse(Mode.class, m.trim(), "PAIN3D_PROGRESS");
    }
    return stderrIsTerminal() ? Mode.BAR : Mode.PLAIN;
  }

  private static boolean stderrIsTerminal() {
    String t = System.getProperty("pain3d.stderr.terminal");
    if (t != null) {
      return Boolean.parseBoolean(t);
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }

  private static double seconds() {
    try {
      return Math.max(0, Double.parseDouble(System.getProperty("pain3d.progress.seconds", "10")));
    } catch (NumberFormatException e) {
      return 10;
    }
  }

  /** @param total the new total (when it becomes known) */
  synchronized void maxHint(long total) {
    max = total;
    if (bar != null) {
      bar.maxHint(total);
    }
  }

  /** Counts one more item. */
  synchronized void step() {
    stepTo(done + 1);
  }

  /** @param n items or bytes done so far */
  synchronized void stepTo(long n) {
    done = n;
    if (bar != null) {
      bar.stepTo(n);
    } else if (OPEN.contains(this) && System.nanoTime() - lastPrint >= intervalNanos) {
      printLine();
    }
  }

  /** @param message shown after the counts (loss, items skipped) */
  synchronized void extra(String message) {
    extra = message == null ? "" : message;
    if (bar != null) {
      bar.setExtraMessage(extra);
    }
  }

  private void printLine() {
    lastPrint = System.nanoTime();
    printed = true;
    double s = (lastPrint - started) / 1e9;
    StringBuilder sb = new StringBuilder(task).append(": ").append(amount(done));
    if (max > 0) {
      sb.append('/').append(amount(max)).append(unit)
          .append(String.format(Locale.ROOT, " (%d%%)", Math.round(100.0 * done / max)));
    } else {
      sb.append(unit);
    }
    if (s > 0 && done > 0) {
      sb.append(String.format(Locale.ROOT, ", %.2f%s/s", done / (double) unitSize / s, unit));
      if (max > done) {
        long left = Math.round(s * (max - done) / done);
        sb.append(String.format(Locale.ROOT, ", about %d:%02d:%02d left", left / 3600, left / 60 % 60, left % 60));
      }
    }
    if (!extra.isEmpty()) {
      sb.append("; ").append(extra);
    }
    synchronized (LOCK) {
      breakLine();
      err.println(sb);
      err.flush();
    }
  }

  private String amount(long n) {
    return unitSize == 1 ? Long.toString(n) : String.format(Locale.ROOT, "%.1f", n / (double) unitSize);
  }

  /** Ends the display: the bar's last state and a newline; a last plain line if any was shown. */
  @Override
  public synchronized void close() {
    if (!OPEN.remove(this)) {
      return;
    }
    if (bar != null) {
      bar.close();
    } else if (printed) {
      printLine();
    }
  }

  /** Closes every open display (before an error line). */
  static void endAll() {
    for (ProgressLine p : OPEN.toArray(new ProgressLine[0])) {
      p.close();
    }
    synchronized (LOCK) {
      breakLine();
    }
  }

  /** Ends a bar's line that was left open, so that the next output starts a line. Hold {@link #LOCK}. */
  static void breakLine() {
    if (lineOpenOn != null) {
      lineOpenOn.println();
      lineOpenOn.flush();
      lineOpenOn = null;
    }
  }

  /** Draws the bar in place on the user's stderr. */
  private static final class BarConsumer implements ProgressBarConsumer {
    private final PrintWriter err;

    BarConsumer(PrintWriter err) {
      this.err = err;
    }

    @Override
    public int getMaxRenderedLength() {
      try {
        return Math.max(40, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "100")) - 1);
      } catch (NumberFormatException e) {
        return 99;
      }
    }

    @Override
    public void accept(String rendered) {
      synchronized (LOCK) {
        err.print('\r');
        err.print(rendered);
        err.flush();
        lineOpenOn = err;
      }
    }

    @Override
    public void close() {
      synchronized (LOCK) {
        if (lineOpenOn == err) {
          breakLine();
        }
      }
    }
  }
}
