package org.pain3d.dataset;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Tiny real images for the fixtures (the checker decodes every image), different per name. */
public final class TestImages {
  private TestImages() {}

  /**
   * @param name seeds the pixels
   * @return an 8 x 8 RGB PNG
   */
  public static byte[] png(String name) {
    return encode(name, "png");
  }

  /**
   * @param name seeds the pixels
   * @return an 8 x 8 RGB JPEG
   */
  public static byte[] jpeg(String name) {
    return encode(name, "jpeg");
  }

  /**
   * @param name a file name ending in .jpg/.jpeg or anything else (PNG)
   * @return an image in the format the name says
   */
  public static byte[] forName(String name) {
    return name.endsWith(".jpg") || name.endsWith(".jpeg") ? jpeg(name) : png(name);
  }

  private static byte[] encode(String name, String format) {
    BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    byte[] seed = name.getBytes(StandardCharsets.UTF_8);
    int h = 17;
    for (int i = 0; i < 64; i++) {
      h = 31 * h + seed[i % seed.length];
      img.setRGB(i % 8, i / 8, h & 0xffffff);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
