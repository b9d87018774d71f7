package org.pain3d.eval;

import java.nio.file.Path;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

/**
 * A predictions file that cannot be read as the protocol needs it. The message is one line
 * of the form {@code FILE:LINE: problem} (line numbers from 1; 0 when no line applies).
 */
public final class PredictionFormatException extends Pain3dException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;

  /**
   * Creates the exception.
   *
   * @param file the file being read
   * @param line the 1-based line of the problem, 0 when it concerns the whole file
   * @param problem what is wrong, without the file name
   * @param cause the underlying exception, or null
   */
  public PredictionFormatException(Path file, long line, String problem, Throwable cause) {
    super(ErrorKind.BAD_INPUT, file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
    this.file = file;
    this.line = line;
  }

  /**
   * The file being read.
   *
   * @return its path
   */
  public Path file() {
    return file;
  }

  /**
   * The line of the problem.
   *
   * @return the 1-based line, 0 when it concerns the whole file
   */
  public long line() {
    return line;
  }
}
