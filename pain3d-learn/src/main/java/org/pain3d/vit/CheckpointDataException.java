package org.pain3d.vit;

import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
/**
 * A checkpoint does not fit the architecture: missing or unexpected keys, wrong shapes, or a
 * {@code config.json} that names an unknown model type or unsupported option.
 */
public class CheckpointDataException extends Pain3dException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what does not fit, naming the file
   */
  public CheckpointDataException(String message) {
    super(ErrorKind.BAD_INPUT, message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what does not fit, naming the file
   * @param cause the underlying error
   */
  public CheckpointDataException(String message, Throwable cause) {
    super(ErrorKind.BAD_INPUT, message, cause);
  }
}
