package org.pain3d.tensor;

import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

/** A tensor file (safetensors or .npy) is malformed, truncated or of an unsupported type. */
public class TensorFormatException extends Pain3dException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the file
   */
  public TensorFormatException(String message) {
    super(ErrorKind.BAD_INPUT, message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong, naming the file
   * @param cause the underlying error
   */
  public TensorFormatException(String message, Throwable cause) {
    super(ErrorKind.BAD_INPUT, message, cause);
  }
}
