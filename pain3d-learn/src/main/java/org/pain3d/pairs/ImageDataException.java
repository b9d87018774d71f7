package org.pain3d.pairs;

import java.nio.file.Path;
import org.pain3d.io.ImageDecodeException;

/**
 * An input image that cannot be used (missing, corrupt, too small, not square); names the file.
 * The learner's name for {@link ImageDecodeException}, which the strict decoder throws.
 */
public final class ImageDataException extends ImageDecodeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param file the image
   * @param message what is wrong
   */
  public ImageDataException(Path file, String message) {
    super(file, message);
  }

  /**
   * @param file the image
   * @param message what is wrong
   * @param cause the reader's failure, or {@code null}
   */
  public ImageDataException(Path file, String message, Throwable cause) {
    super(file, message, cause);
  }
}
