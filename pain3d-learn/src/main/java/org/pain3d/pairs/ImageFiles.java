package org.pain3d.pairs;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reads image files (PNG, JPEG, anything ImageIO reads) with one clear error per failure. */
public final class ImageFiles {
  private ImageFiles() {}

  /**
   * Reads an image file.
   *
   * @param file the image
   * @return the decoded image
   * @throws ImageDataException naming the file when it is missing, corrupt or not an image
   */
  public static BufferedImage read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ImageDataException(file, "image file does not exist");
    }
    BufferedImage img;
    try {
      img = ImageIO.read(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw new ImageDataException(file, "corrupt or unreadable image: " + e.getMessage(), e);
    }
    if (img == null) {
      throw new ImageDataException(file, "not a readable image (unknown format or corrupt)");
    }
    return img;
  }
}
