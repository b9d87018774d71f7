package org.pain3d.train;

/**
 * Geometric and filter operations on one square CHW float image (plain loops): an affine warp
 * about the centre (rotation, zoom, shift; bilinear, outside pixels set to {@code fill[c]}) and
 * a separable Gaussian blur with clamped borders.
 */
final class ImageWarp {
  private ImageWarp() {}

  /**
   * Warps: output pixel {@code p} takes the input at {@code R(-angle) (p - c - shift) / scale +
   * c}, {@code c} the image centre (pixel centres at {@code i + 0.5}).
   *
   * @param chw float[3 * n * n]
   * @param angleDeg rotation, degrees counter-clockwise on screen
   * @param scale zoom factor (> 1 enlarges)
   * @param dx shift right in pixels
   * @param dy shift down in pixels
   * @param fill value per channel outside the input
   * @return the warped image
   */
  static float[] affine(float[] chw, double angleDeg, double scale, double dx, double dy,
      float[] fill) {
    int n = (int) Math.round(Math.sqrt(chw.length / 3.0));
    int plane = n * n;
    float[] out = new float[chw.length];
    double a = Math.toRadians(angleDeg);
    double cos = Math.cos(a) / scale;
    double sin = Math.sin(a) / scale;
    double c = n / 2.0;
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        double px = x + 0.5 - c - dx;
        double py = y + 0.5 - c - dy;
        double sx = cos * px - sin * py + c - 0.5;
        double sy = sin * px + cos * py + c - 0.5;
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        double fx = sx - x0;
        double fy = sy - y0;
        for (int ch = 0; ch < 3; ch++) {
          int o = ch * plane;
          double v = (1 - fy) * ((1 - fx) * at(chw, o, n, x0, y0, fill[ch])
              + fx * at(chw, o, n, x0 + 1, y0, fill[ch]))
              + fy * ((1 - fx) * at(chw, o, n, x0, y0 + 1, fill[ch])
              + fx * at(chw, o, n, x0 + 1, y0 + 1, fill[ch]));
          out[o + y * n + x] = (float) v;
        }
      }
    }
    return out;
  }

  private static float at(float[] img, int off, int n, int x, int y, float fill) {
    return x < 0 || y < 0 || x >= n || y >= n ? fill : img[off + y * n + x];
  }

  /**
   * Gaussian blur in place (separable, clamped borders, weights normalised to 1).
   *
   * @param chw float[3 * n * n]
   * @param kernel odd kernel size
   * @param sigma standard deviation in pixels
   */
  static void blur(float[] chw, int kernel, double sigma) {
    int n = (int) Math.round(Math.sqrt(chw.length / 3.0));
    int r = kernel / 2;
    double[] w = new double[kernel];
    double sum = 0;
    for (int i = 0; i < kernel; i++) {
      w[i] = Math.exp(-0.5 * (i - r) * (i - r) / (sigma * sigma));
      sum += w[i];
    }
    for (int i = 0; i < kernel; i++) {
      w[i] /= sum;
    }
    float[] tmp = new float[n * n];
    for (int ch = 0; ch < 3; ch++) {
      int o = ch * n * n;
      for (int y = 0; y < n; y++) {
        for (int x = 0; x < n; x++) {
          double v = 0;
          for (int k = -r; k <= r; k++) {
            v += w[k + r] * chw[o + y * n + Math.min(n - 1, Math.max(0, x + k))];
          }
          tmp[y * n + x] = (float) v;
        }
      }
      for (int y = 0; y < n; y++) {
        for (int x = 0; x < n; x++) {
          double v = 0;
          for (int k = -r; k <= r; k++) {
            v += w[k + r] * tmp[Math.min(n - 1, Math.max(0, y + k)) * n + x];
          }
          chw[o + y * n + x] = (float) v;
        }
      }
    }
  }
}
