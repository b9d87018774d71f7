package org.pain3d.pairs;

import java.nio.file.Path;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

/** An input image that cannot be used (missing, corrupt, wrong shape); names the file. */
public final class ImageDataException extends Pain3dException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  /**
   * @param file the image
   * @param message what is wrong
   */
  public ImageDataException(Path file, String message) {
    this(file, message, null);
  }

  /**
   * @param file the image
   * @param message what is wrong
   * @param cause the reader's failure, or {@code null}
   */
  public ImageDataException(Path file, String message, Throwable cause) {
    super(ErrorKind.BAD_INPUT, file + ": " + message, cause);
    this.reason = message;
  }

  /**
   * What is wrong, without the file name.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
