package org.pain3d.web;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

/**
 * Decoding images that come from outside (uploads, dataset files) with limits: only PNG and
 * JPEG, recognised by their first bytes (never by name or declared type), and the size read
 * from the header before any pixel is decoded, so a small file that claims a huge image is
 * refused without allocating it.
 */
public final class Images {
  /** The largest image decoded: 4096 x 4096 pixels. */
  public static final long MAX_PIXELS = 4096L * 4096L;

  private Images() {}

  /**
   * The format of an image file by its magic bytes.
   *
   * @param bytes the file
   * @return {@code png} or {@code jpeg}
   * @throws WebException UNSUPPORTED_MEDIA for anything else
   */
  public static String format(byte[] bytes) {
    if (bytes.length >= 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
        && bytes[3] == 'G' && bytes[4] == 0x0d && bytes[5] == 0x0a && bytes[6] == 0x1a && bytes[7] == 0x0a) {
      return "png";
    }
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
      return "jpeg";
    }
    throw new WebException(WebErrorKind.UNSUPPORTED_MEDIA, "not a PNG or JPEG image");
  }

  /**
   * Decodes a PNG or JPEG.
   *
   * @param bytes the file
   * @param what names the image in messages
   * @return the image
   * @throws WebException UNSUPPORTED_MEDIA when it is not PNG or JPEG
   * @throws Pain3dException BAD_INPUT when it is corrupt or larger than {@link #MAX_PIXELS}
   */
  public static BufferedImage decode(byte[] bytes, String what) {
    String format = format(bytes);
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
      if (!readers.hasNext()) {
        throw new IllegalStateException("no " + format + " decoder");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long w = reader.getWidth(0);
        long h = reader.getHeight(0);
        if (w * h > MAX_PIXELS) {
          throw new Pain3dException(ErrorKind.BAD_INPUT, what + ": " + w + " x " + h
              + " px is larger than the limit of 4096 x 4096");
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof Pain3dException p) {
        throw p;
      }
      throw new Pain3dException(ErrorKind.BAD_INPUT, what + ": corrupt or unreadable "
          + format.toUpperCase(java.util.Locale.ROOT) + " image", e);
    }
  }

  /**
   * Scales an image to fit a square, keeping its aspect ratio (bilinear).
   *
   * @param img the image
   * @param side the square's side, pixels
   * @return an RGB image at most {@code side} on its longer side
   */
  public static BufferedImage fit(BufferedImage img, int side) {
    double f = Math.min(1.0, side / (double) Math.max(img.getWidth(), img.getHeight()));
    int w = Math.max(1, (int) Math.round(img.getWidth() * f));
    int h = Math.max(1, (int) Math.round(img.getHeight() * f));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(img, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /**
   * Encodes an image as JPEG (ImageIO's default quality).
   *
   * @param img an RGB image
   * @return the file's bytes
   */
  public static byte[] jpeg(BufferedImage img) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(img, "jpeg", out)) {
        throw new IllegalStateException("no JPEG encoder");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
