package org.pain3d.motion;

import java.nio.file.Path;

/**
 * A motion file that cannot be used: unreadable, malformed, without AU columns, or without a
 * single tracked frame. The message names the file (and the line where there is one).
 */
public final class MotionFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param file the file
   * @param message what is wrong and how to fix it
   */
  public MotionFormatException(Path file, String message) {
    super(file + ": " + message);
  }

  /**
   * @param file the file
   * @param message what is wrong
   * @param cause the underlying failure
   */
  public MotionFormatException(Path file, String message, Throwable cause) {
    super(file + ": " + message, cause);
  }

  /**
   * @param file the file
   * @param line 1-based line number
   * @param message what is wrong
   * @return the exception
   */
  public static MotionFormatException atLine(Path file, int line, String message) {
    return new MotionFormatException(file, "line " + line + ": " + message);
  }
}
