package org.pain3d.io;

import java.nio.file.Path;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

/** An image file that cannot be used: missing, not an image, damaged or too large; names the file. */
public class ImageDecodeException extends Pain3dException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  /**
   * @param file the image
   * @param reason what is wrong
   */
  public ImageDecodeException(Path file, String reason) {
    this(file, reason, null);
  }

  /**
   * @param file the image
   * @param reason what is wrong
   * @param cause the decoder's failure, or {@code null}
   */
  public ImageDecodeException(Path file, String reason, Throwable cause) {
    super(ErrorKind.BAD_INPUT, file + ": " + reason, cause);
    this.reason = reason;
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
