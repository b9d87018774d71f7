package org.pain3d.unbc;

import java.awt.image.BufferedImage;

/**
 * A plain reference for {@link FaceCropper}'s resampling, written for clarity: per output
 * pixel, a direct 2D sum over source pixels (area) or the four neighbours (bilinear), reading
 * pixels one by one with edge clamping. Output: CHW, values 0..255, not normalised.
 */
final class CropReference {

  private CropReference() {}

  static double[] crop(BufferedImage img, CropBox box, int size, Resampling r) {
    double s = box.side() / size;
    double[] out = new double[3 * size * size];
    for (int v = 0; v < size; v++) {
      for (int u = 0; u < size; u++) {
        double[] rgb = r == Resampling.AREA && s > 1
            ? area(img, box.left() + u * s, box.top() + v * s, s)
            : bilinear(img, box.left() + (u + 0.5) * s, box.top() + (v + 0.5) * s);
        for (int c = 0; c < 3; c++) {
          out[c * size * size + v * size + u] = rgb[c];
        }
      }
    }
    return out;
  }

  /** Mean over the square [x0, x0 + s) x [y0, y0 + s); pixel (i, j) covers [i-.5, i+.5). */
  private static double[] area(BufferedImage img, double x0, double y0, double s) {
    double[] sum = new double[3];
    for (int j = (int) Math.floor(y0 - 1); j <= (int) Math.ceil(y0 + s + 1); j++) {
      double oy = Math.min(y0 + s, j + 0.5) - Math.max(y0, j - 0.5);
      if (oy <= 0) {
        continue;
      }
      for (int i = (int) Math.floor(x0 - 1); i <= (int) Math.ceil(x0 + s + 1); i++) {
        double ox = Math.min(x0 + s, i + 0.5) - Math.max(x0, i - 0.5);
        if (ox <= 0) {
          continue;
        }
        double[] p = pixel(img, i, j);
        for (int c = 0; c < 3; c++) {
          sum[c] += ox * oy * p[c];
        }
      }
    }
    for (int c = 0; c < 3; c++) {
      sum[c] /= s * s;
    }
    return sum;
  }

  private static double[] bilinear(BufferedImage img, double x, double y) {
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    double tx = x - x0;
    double ty = y - y0;
    double[] a = pixel(img, x0, y0);
    double[] b = pixel(img, x0 + 1, y0);
    double[] c = pixel(img, x0, y0 + 1);
    double[] d = pixel(img, x0 + 1, y0 + 1);
    double[] out = new double[3];
    for (int k = 0; k < 3; k++) {
      out[k] = (1 - ty) * ((1 - tx) * a[k] + tx * b[k]) + ty * ((1 - tx) * c[k] + tx * d[k]);
    }
    return out;
  }

  private static double[] pixel(BufferedImage img, int x, int y) {
    int cx = Math.max(0, Math.min(img.getWidth() - 1, x));
    int cy = Math.max(0, Math.min(img.getHeight() - 1, y));
    int p = img.getRGB(cx, cy);
    return new double[] {(p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff};
  }
}
