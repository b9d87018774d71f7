package org.pain3d.train;

import java.nio.file.Path;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

/** A run folder file that is malformed or belongs to another configuration. */
public final class RunFormatException extends Pain3dException {
  private static final long serialVersionUID = 1L;

  /**
   * @param file the file
   * @param message what is wrong
   * @param cause the parser error, or {@code null}
   */
  public RunFormatException(Path file, String message, Throwable cause) {
    super(ErrorKind.BAD_INPUT, file + ": " + message, cause);
  }
}
