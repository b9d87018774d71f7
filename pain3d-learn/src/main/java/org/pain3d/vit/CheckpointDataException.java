package org.pain3d.vit;

/**
 * A checkpoint does not fit the architecture: missing or unexpected keys, wrong shapes, or a
 * {@code config.json} that names an unknown model type or unsupported option.
 */
public class CheckpointDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what does not fit, naming the file
   */
  public CheckpointDataException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what does not fit, naming the file
   * @param cause the underlying error
   */
  public CheckpointDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
