package org.pain3d.pairs;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.pain3d.dataset.ReleaseShards;

/**
 * Reads image files (PNG, JPEG, anything ImageIO reads) with one clear error per failure;
 * also the members of the 3DPain release's tar.gz shards ({@link ReleaseShards}: each read
 * streams its shard up to the member, so training straight from the shards suits small sets;
 * extract the images of the full release).
 */
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
    boolean inShard = !Files.isRegularFile(file) && ReleaseShards.shardOf(file).isPresent();
    if (!Files.isRegularFile(file) && !inShard) {
      throw new ImageDataException(file, "image file does not exist");
    }
    BufferedImage img;
    try {
      img = inShard ? ImageIO.read(new ByteArrayInputStream(ReleaseShards.readMember(file)))
          : ImageIO.read(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw new ImageDataException(file, "corrupt or unreadable image: " + e.getMessage(), e);
    }
    if (img == null) {
      throw new ImageDataException(file, "not a readable image (unknown format or corrupt)");
    }
    return img;
  }
}
