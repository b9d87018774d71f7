package org.pain3d.synth;

import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

/**
 * A generation that cannot start or continue for a reason of the output folder: made with
 * another config, not a pain3d dataset, unreadable bookkeeping.
 */
public class GenerationException extends Pain3dException {
  private static final long serialVersionUID = 1L;

  /** @param message what is wrong and what to do */
  public GenerationException(String message) {
    super(ErrorKind.USAGE, message);
  }

  /**
   * @param message what is wrong
   * @param cause the underlying failure
   */
  public GenerationException(String message, Throwable cause) {
    super(ErrorKind.USAGE, message, cause);
  }
}
