package org.pain3d.data;

import java.nio.file.Path;

/** An input image that cannot be used (missing, corrupt, wrong shape); names the file. */
public final class ImageDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param file the image
   * @param message what is wrong
   */
  public ImageDataException(Path file, String message) {
    super(file + ": " + message);
  }
}
