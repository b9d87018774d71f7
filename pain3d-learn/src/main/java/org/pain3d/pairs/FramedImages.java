package org.pain3d.pairs;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Loads already face-framed images (3DPain synthetic renders, {@code pain3d predict} inputs)
 * as network input: square images resized to {@code size x size} with bilinear interpolation
 * (half-pixel centres, clamped borders; a box average first when shrinking by 2x or more),
 * RGB to 0..1, ImageNet-normalised, CHW.
 */
public final class FramedImages {
  /** The smallest image side accepted, pixels: less cannot show a face. */
  public static final int MIN_SIDE = 32;

  private FramedImages() {}

  /**
   * Reads and converts one image.
   *
   * @param file a PNG or JPEG
   * @param size output side in pixels
   * @return float[3 * size * size], CHW, normalised
   * @throws ImageDataException if the file is missing or corrupt, or the image is not square
   *     or smaller than {@link #MIN_SIDE}
   */
  public static float[] load(Path file, int size) {
    BufferedImage img = ImageFiles.read(file);
    if (img.getWidth() != img.getHeight()) {
      throw notSquare(file, img);
    }
    if (img.getWidth() < MIN_SIDE) {
      throw new ImageDataException(file, "image is " + img.getWidth() + " x " + img.getHeight()
          + " px, too small to show a face; expected a square, face-framed image of at least "
          + MIN_SIDE + " x " + MIN_SIDE + " px (e.g. 224 x 224)");
    }
    return toTensor(img, size);
  }

  /**
   * The error for an image that is not square.
   *
   * @param file the image
   * @param img its decoded pixels
   * @return the exception
   */
  static ImageDataException notSquare(Path file, BufferedImage img) {
    return new ImageDataException(file, "image is " + img.getWidth() + " x " + img.getHeight()
        + " px; expected a square, face-framed image (e.g. 224 x 224)");
  }

  /**
   * Converts a square image.
   *
   * @param img the image
   * @param size output side
   * @return float[3 * size * size], CHW, normalised
   */
  public static float[] toTensor(BufferedImage img, int size) {
    int n = img.getWidth();
    int[] rgb = img.getRGB(0, 0, n, n, null, 0, n);
    float[][] planes = new float[3][n * n];
    for (int i = 0; i < rgb.length; i++) {
      planes[0][i] = ((rgb[i] >> 16) & 255) / 255f;
      planes[1][i] = ((rgb[i] >> 8) & 255) / 255f;
      planes[2][i] = (rgb[i] & 255) / 255f;
    }
    int f = n / size;
    if (f >= 2) {
      for (int c = 0; c < 3; c++) {
        planes[c] = boxShrink(planes[c], n, f);
      }
      n /= f;
    }
    float[] out = new float[3 * size * size];
    for (int c = 0; c < 3; c++) {
      bilinear(planes[c], n, out, c * size * size, size);
    }
    ImageNet.normalize(out);
    return out;
  }

  static float[] boxShrink(float[] src, int n, int f) {
    int m = n / f;
    float[] out = new float[m * m];
    float inv = 1f / (f * f);
    for (int y = 0; y < m; y++) {
      for (int x = 0; x < m; x++) {
        float s = 0;
        for (int dy = 0; dy < f; dy++) {
          int row = (y * f + dy) * n + x * f;
          for (int dx = 0; dx < f; dx++) {
            s += src[row + dx];
          }
        }
        out[y * m + x] = s * inv;
      }
    }
    return out;
  }

  static void bilinear(float[] src, int n, float[] out, int offset, int size) {
    double scale = (double) n / size;
    for (int y = 0; y < size; y++) {
      double sy = Math.max(0, (y + 0.5) * scale - 0.5);
      int y0 = Math.min((int) sy, n - 1);
      int y1 = Math.min(y0 + 1, n - 1);
      float wy = (float) (sy - y0);
      for (int x = 0; x < size; x++) {
        double sx = Math.max(0, (x + 0.5) * scale - 0.5);
        int x0 = Math.min((int) sx, n - 1);
        int x1 = Math.min(x0 + 1, n - 1);
        float wx = (float) (sx - x0);
        float top = src[y0 * n + x0] * (1 - wx) + src[y0 * n + x1] * wx;
        float bot = src[y1 * n + x0] * (1 - wx) + src[y1 * n + x1] * wx;
        out[offset + y * size + x] = top * (1 - wy) + bot * wy;
      }
    }
  }
}
