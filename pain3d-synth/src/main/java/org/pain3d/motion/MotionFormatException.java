package org.pain3d.motion;

import java.nio.file.Path;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

/**
 * A motion file that cannot be used (bad input, exit 3): unreadable, malformed, without AU columns, or without a
 * single tracked frame. The message names the file (and the line where there is one).
 */
public final class MotionFormatException extends Pain3dException {
  private static final long serialVersionUID = 1L;

  /**
   * @param file the file
   * @param message what is wrong and how to fix it
   */
  public MotionFormatException(Path file, String message) {
    super(ErrorKind.BAD_INPUT, file + ": " + message);
  }

  /**
   * @param file the file
   * @param message what is wrong
   * @param cause the underlying failure
   */
  public MotionFormatException(Path file, String message, Throwable cause) {
    super(ErrorKind.BAD_INPUT, file + ": " + message, cause);
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
