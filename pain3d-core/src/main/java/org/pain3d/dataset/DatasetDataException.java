package org.pain3d.dataset;

import java.nio.file.Path;

/**
 * A dataset file is missing, malformed or inconsistent with the rest of the dataset.
 *
 * <p>The message starts with the offending file, so one line tells the user what to fix.
 */
public class DatasetDataException extends RuntimeException {
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
    super(file + ": " + message);
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
    super(file + ": " + message, cause);
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
