package org.pain3d.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Named places where a writer may be killed, for the crash tests: every file commit ({@link
 * #FILE_WRITTEN} before the rename, {@link #FILE_RENAMED} after it) and every step of an
 * {@code --overwrite} wipe call {@link #reach}. In a normal run nothing happens there.
 *
 * <p>A test child JVM started with {@code -Dpain3d.crash.at=N} halts ({@link Runtime#halt},
 * exit code {@link #HALT_EXIT_CODE}, no shutdown hooks, no cleanup, like {@code kill -9}) the
 * N-th time any point is reached; {@code -Dpain3d.crash.at=NAME:N} counts only the points named
 * {@code NAME}. {@code -Dpain3d.crash.slow=NAME:MS} sleeps MS milliseconds at every point named
 * {@code NAME} (a slow rename, as on NFS). {@code -Dpain3d.crash.trace=FILE} appends every reached
 * point's name to {@code FILE}, one per line, so a test can list a run's points and then halt at
 * each. In-process tests install a {@link Listener} instead. Point names may contain {@code :}
 * (the count is after the last one), e.g. {@code train.file:heads.safetensors:2}.
 */
public final class CrashPoints {
  /** Temporary file complete and synced; the rename onto the target comes next. */
  public static final String FILE_WRITTEN = "file.written";
  /** The rename onto the target (and the folder sync) has happened. */
  public static final String FILE_RENAMED = "file.renamed";
  /** A wipe has recorded that it is in progress; nothing is deleted yet. */
  public static final String WIPE_MARKED = "wipe.marked";
  /** A wipe has deleted one file or folder. */
  public static final String WIPE_DELETED = "wipe.deleted";
  /** System property: halt at the N-th point ({@code N} or {@code NAME:N}). */
  public static final String HALT_PROPERTY = "pain3d.crash.at";
  /** System property: sleep at every point of a name ({@code NAME:MS}). */
  public static final String SLOW_PROPERTY = "pain3d.crash.slow";
  /** System property: a file that receives every reached point's name, one per line. */
  public static final String TRACE_PROPERTY = "pain3d.crash.trace";
  /** The exit code of a halted child. */
  public static final int HALT_EXIT_CODE = 86;

  private static final AtomicLong HITS = new AtomicLong();
  private static final Rule HALT = Rule.parse(System.getProperty(HALT_PROPERTY));
  private static final Rule SLOW = Rule.parse(System.getProperty(SLOW_PROPERTY));
  private static final Path TRACE = traceFile(System.getProperty(TRACE_PROPERTY));
  private static volatile Listener listener;

  private CrashPoints() {}

  /** Sees every point reached in this JVM (tests). */
  @FunctionalInterface
  public interface Listener {
    /**
     * Called on the thread that reached the point, which waits for it to return.
     *
     * @param point the point's name (one of the constants)
     * @param detail what it concerns (a file), for messages
     */
    void reached(String point, String detail);
  }

  /**
   * Marks that a point is reached: tells the listener, sleeps or halts when the properties ask.
   *
   * @param point the point's name
   * @param detail what it concerns (a file)
   */
  public static void reach(String point, Object detail) {
    Listener l = listener;
    if (l != null) {
      l.reached(point, String.valueOf(detail));
    }
    if (TRACE != null) {
      trace(point);
    }
    if (SLOW != null && SLOW.matches(point)) {
      try {
        Thread.sleep(SLOW.count());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (HALT != null && HALT.matches(point) && HITS.incrementAndGet() == HALT.count()) {
      System.err.println("pain3d: crash test: halting at " + point + " #" + HALT.count() + " ("
          + detail + ")");
      System.err.flush();
      Runtime.getRuntime().halt(HALT_EXIT_CODE);
    }
  }

  private static synchronized void trace(String point) {
    try {
      Files.writeString(TRACE, point + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the crash trace " + TRACE, e);
    }
  }

  private static Path traceFile(String text) {
    return text == null || text.isBlank() ? null : Path.of(text);
  }

  /**
   * Installs or removes the in-process listener.
   *
   * @param l the listener, or {@code null} to remove it
   */
  public static void setListener(Listener l) {
    listener = l;
  }

  /** {@code NAME:N}, {@code N} (any name), or absent. */
  private record Rule(String name, long count) {
    static Rule parse(String text) {
      if (text == null || text.isBlank()) {
        return null;
      }
      int colon = text.lastIndexOf(':');
      String name = colon < 0 ? null : text.substring(0, colon).trim();
      try {
        long n = Long.parseLong(text.substring(colon + 1).trim());
        if (n < 1) {
          throw new NumberFormatException();
        }
        return new Rule(name, n);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "crash-test property must be N or NAME:N with N >= 1, got '%s'", text), e);
      }
    }

    boolean matches(String point) {
      return name == null || name.equals(point);
    }
  }
}
