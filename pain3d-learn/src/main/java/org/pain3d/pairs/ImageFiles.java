package org.pain3d.pairs;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pain3d.dataset.ReleaseShards;
import org.pain3d.io.ImageDecodeException;
import org.pain3d.io.ImageDecoder;

/**
 * Reads image files (PNG, JPEG, anything ImageIO reads) with one clear error per failure: the
 * strict decoding of {@link ImageDecoder} (size checked before decoding, damaged files refused).
 * Also the members of the 3DPain release's tar.gz shards ({@link ReleaseShards}: each read
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
   * @throws ImageDataException naming the file when it is missing, corrupt, too large or not an
   *     image
   */
  public static BufferedImage read(Path file) {
    boolean inShard = !Files.isRegularFile(file) && ReleaseShards.shardOf(file).isPresent();
    try {
      return inShard ? ImageDecoder.decode(ReleaseShards.readMember(file), file)
          : ImageDecoder.decode(file);
    } catch (ImageDecodeException e) {
      throw new ImageDataException(file, e.reason(), e.getCause());
    } catch (IOException e) {
      throw new ImageDataException(file, "cannot read the image: " + e.getMessage(), e);
    }
  }
}
