package org.pain3d.tensor;

import java.io.IOException;

/** A tensor file (safetensors or .npy) is malformed, truncated or of an unsupported type. */
public class TensorFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the file
   */
  public TensorFormatException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong, naming the file
   * @param cause the underlying error
   */
  public TensorFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
