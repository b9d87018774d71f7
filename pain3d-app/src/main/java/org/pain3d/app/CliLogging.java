package org.pain3d.app;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the CLI's log messages go (SLF4J over {@code java.util.logging}): pain3d's own messages
 * ({@code org.pain3d}, INFO and up) to the user's stderr as {@code [LEVEL] message}; the
 * libraries' (DJL's CUDA probes and the like) to the log, never to the user; {@code --verbose}
 * sends everything, pain3d's DEBUG included, to the user instead.
 *
 * <p>The {@code ./pain3d} launcher points the process's file descriptor 2 at the log file
 * ({@code $PAIN3D_LOG}, default {@code <cache>/pain3d.log}), where native libraries (libtorch)
 * write their warnings, and hands the user's stderr to Java as {@code -Dpain3d.stderr=/dev/fd/3}
 * with {@code -Dpain3d.log=FILE}; {@link #install} then makes that stream {@link System#err},
 * so that everything Java prints reaches the user and everything native goes to the log. Started
 * another way (no {@code pain3d.log}), library warnings go to stderr with pain3d's messages, as
 * native ones do.
 */
final class CliLogging {
  /** System property: the log file the launcher sent file descriptor 2 to. */
  static final String LOG_PROPERTY = "pain3d.log";
  /** System property: the user's stderr (a path such as /dev/fd/3) when fd 2 is the log. */
  static final String STDERR_PROPERTY = "pain3d.stderr";
  private static final String OURS = "org.pain3d";
  private static PrintStream user = System.err;
  private static PrintStream log;

  private CliLogging() {}

  /**
   * Sets the streams up from the launcher's properties and configures logging (not verbose).
   * Called once by {@code main} before anything runs.
   */
  static synchronized void install() {
    String userPath = System.getProperty(STDERR_PROPERTY);
    if (userPath != null && System.getProperty(LOG_PROPERTY) != null) {
      try {
        PrintStream s = new PrintStream(new FileOutputStream(userPath, true), true,
            StandardCharsets.UTF_8);
        PrintStream fd2 = System.err;
        System.setErr(s);
        fd2.println("=== pain3d pid " + ProcessHandle.current().pid() + " at "
            + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        use(s, fd2);
      } catch (IOException e) {
        // The user's stream cannot be opened: keep everything on fd 2.
        use(System.err, null);
      }
    }
    configure(false);
  }

  /**
   * Sets where records go (then {@link #configure} routes them).
   *
   * @param userStream the user's stderr
   * @param logStream the log, or {@code null} when there is none (library warnings then go to
   *     the user)
   */
  static synchronized void use(PrintStream userStream, PrintStream logStream) {
    user = userStream;
    log = logStream;
  }

  /**
   * Routes the log records.
   *
   * @param verbose whether the user sees every record (DEBUG up for pain3d, INFO up for the
   *     libraries) instead of pain3d's INFO up only
   */
  static synchronized void configure(boolean verbose) {
    Logger root = Logger.getLogger("");
    for (Handler h : root.getHandlers()) {
      root.removeHandler(h);
    }
    root.setLevel(Level.INFO);
    Logger.getLogger(OURS).setLevel(verbose ? Level.FINE : Level.INFO);
    Predicate<LogRecord> ours = r -> r.getLoggerName() != null && r.getLoggerName().startsWith(OURS);
    if (verbose) {
      root.addHandler(new LineHandler(user, false, r -> true));
    } else if (log != null) {
      root.addHandler(new LineHandler(user, false, ours));
      root.addHandler(new LineHandler(log, true, r -> true));
    } else {
      root.addHandler(new LineHandler(user, false,
          ours.or(r -> r.getLevel().intValue() >= Level.WARNING.intValue())));
    }
  }

  /** Writes records as one line each: {@code [LEVEL] message} (the log adds time and logger). */
  private static final class LineHandler extends Handler {
    private final PrintStream out;
    private final boolean detailed;
    private final Predicate<LogRecord> accept;
    private final SimpleFormatter text = new SimpleFormatter();

    LineHandler(PrintStream out, boolean detailed, Predicate<LogRecord> accept) {
      this.out = out;
      this.detailed = detailed;
      this.accept = accept;
      setLevel(Level.ALL);
    }

    @Override
    public void publish(LogRecord r) {
      if (!isLoggable(r) || !accept.test(r)) {
        return;
      }
      StringBuilder sb = new StringBuilder();
      if (detailed) {
        sb.append(r.getInstant().truncatedTo(ChronoUnit.MILLIS)).append(' ');
      }
      sb.append('[').append(levelName(r.getLevel())).append("] ");
      if (detailed) {
        sb.append(r.getLoggerName()).append(": ");
      }
      sb.append(text.formatMessage(r));
      if (r.getThrown() != null && (detailed || System.getenv("PAIN3D_DEBUG") != null)) {
        sb.append(System.lineSeparator()).append(stackTrace(r.getThrown()));
      }
      synchronized (ProgressLine.LOCK) {
        if (out == user) {
          ProgressLine.breakLine();
        }
        out.println(sb);
        out.flush();
      }
    }

    @Override
    public void flush() {
      out.flush();
    }

    @Override
    public void close() {
      flush();
    }
  }

  private static String levelName(Level l) {
    int v = l.intValue();
    if (v >= Level.SEVERE.intValue()) {
      return "ERROR";
    }
    if (v >= Level.WARNING.intValue()) {
      return "WARN";
    }
    if (v >= Level.INFO.intValue()) {
      return "INFO";
    }
    return v >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
  }

  private static String stackTrace(Throwable t) {
    java.io.StringWriter w = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(w));
    return w.toString().stripTrailing();
  }
}
