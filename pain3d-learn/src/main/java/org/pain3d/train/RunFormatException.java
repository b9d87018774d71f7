package org.pain3d.train;

import java.nio.file.Path;

/** A run folder file that is malformed or belongs to another configuration. */
public final class RunFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param file the file
   * @param message what is wrong
   * @param cause the parser error, or {@code null}
   */
  public RunFormatException(Path file, String message, Throwable cause) {
    super(file + ": " + message, cause);
  }
}
