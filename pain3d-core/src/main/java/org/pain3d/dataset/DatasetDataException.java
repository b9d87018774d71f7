package org.pain3d.dataset;

import java.nio.file.Path;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

/**
 * A dataset file is missing, malformed or inconsistent with the rest of the dataset.
 *
 * <p>The message starts with the offending file, so one line tells the user what to fix.
 */
public class DatasetDataException extends Pain3dException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param file the offending file (or directory)
   * @param message what is wrong with it
   */
  public DatasetDataException(Path file, String message) {
    super(ErrorKind.BAD_INPUT, file + ": " + message);
    this.file = file;
    this.reason = message;
  }

  /**
   * Creates the exception with its cause.
   *
   * @param file the offending file (or directory)
   * @param message what is wrong with it
   * @param cause the underlying error
   */
  public DatasetDataException(Path file, String message, Throwable cause) {
    super(ErrorKind.BAD_INPUT, file + ": " + message, cause);
    this.file = file;
    this.reason = message;
  }

  /**
   * Returns the offending file.
   *
   * @return the file named in the message
   */
  public Path file() {
    return file;
  }

  /**
   * Returns what is wrong, without the file name.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
