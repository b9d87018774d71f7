package org.pain3d.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named points in the code (file boundaries of multi-file writes) where a crash test can halt
 * the JVM as abruptly as {@code kill -9}: no shutdown hooks, no {@code finally} blocks, buffered
 * data lost. Production code calls {@link #reached} at each boundary; without the system
 * property that costs one {@code null} check.
 *
 * <ul>
 *   <li>{@code -Dpain3d.crash=NAME} halts at the first time {@code NAME} is reached, {@code
 *       -Dpain3d.crash=NAME@K} at the {@code K}-th time, with exit code {@link #EXIT_CODE};
 *   <li>{@code -Dpain3d.crash.trace=FILE} appends every reached name to {@code FILE}, one per
 *       line, so a test can list a run's points and then crash at each.
 * </ul>
 */
public final class CrashPoints {
  /** System property: the point to halt at, {@code NAME} or {@code NAME@K}. */
  public static final String PROPERTY = "pain3d.crash";
  /** System property: a file that receives every reached point's name. */
  public static final String TRACE = "pain3d.crash.trace";
  /** The exit code of a halt at a crash point. */
  public static final int EXIT_CODE = 86;

  private static final String TARGET;
  private static final int OCCURRENCE;
  private static final Path TRACE_FILE;
  private static final ConcurrentHashMap<String, AtomicInteger> SEEN = new ConcurrentHashMap<>();

  static {
    String p = System.getProperty(PROPERTY);
    int at = p == null ? -1 : p.lastIndexOf('@');
    TARGET = p == null || p.isEmpty() ? null : at < 0 ? p : p.substring(0, at);
    OCCURRENCE = at < 0 ? 1 : Integer.parseInt(p.substring(at + 1));
    String t = System.getProperty(TRACE);
    TRACE_FILE = t == null || t.isEmpty() ? null : Path.of(t);
  }

  private CrashPoints() {}

  /**
   * Marks a point: halts the JVM when it is the configured crash point (and occurrence).
   *
   * @param name the point, e.g. {@code train.commit} or {@code train.file:heads.safetensors}
   */
  public static void reached(String name) {
    if (TARGET == null && TRACE_FILE == null) {
      return;
    }
    if (TRACE_FILE != null) {
      try {
        Files.writeString(TRACE_FILE, name + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new IllegalStateException("cannot write crash trace " + TRACE_FILE, e);
      }
    }
    if (name.equals(TARGET)
        && SEEN.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet() == OCCURRENCE) {
      Runtime.getRuntime().halt(EXIT_CODE);
    }
  }
}
