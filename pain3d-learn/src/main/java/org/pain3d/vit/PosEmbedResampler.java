package org.pain3d.vit;

/**
 * One-dimensional resampling matrices that reproduce {@code torch.nn.functional.interpolate}
 * (bicubic, {@code align_corners=False}) with and without {@code antialias}. A 2D resize of a
 * {@code G x G} grid to {@code gh x gw} is {@code My (gh x G)} along rows, then {@code Mx (gw x
 * G)} along columns; expressed as matrices it stays differentiable inside DJL.
 */
final class PosEmbedResampler {
  private static final double CUBIC_A = -0.75;
  private static final double AA_A = -0.5;

  private PosEmbedResampler() {}

  /**
   * The {@code out x in} matrix of a 1D resize.
   *
   * @param in source length
   * @param out target length
   * @param how plain or antialiased bicubic
   * @return row-major weights, {@code out * in} values
   */
  static float[] matrix(int in, int out, PosEmbedResample how) {
    return switch (how) {
      case BICUBIC -> bicubic(in, out);
      case BICUBIC_ANTIALIAS -> antialiased(in, out);
    };
  }

  /** Plain bicubic: source {@code (i + 0.5) in/out - 0.5}, taps clamped to the border. */
  static float[] bicubic(int in, int out) {
    double[] m = new double[out * in];
    double scale = (double) in / out;
    for (int i = 0; i < out; i++) {
      // PyTorch computes the source coordinate in float32
      float src = (float) (scale * (i + 0.5) - 0.5);
      int i0 = (int) Math.floor(src);
      double t = src - i0;
      double[] w = {
        cubic2(t + 1), cubic1(t), cubic1(1 - t), cubic2(2 - t)
      };
      for (int k = 0; k < 4; k++) {
        int idx = Math.min(Math.max(i0 - 1 + k, 0), in - 1);
        m[i * in + idx] += w[k];
      }
    }
    return toFloat(m);
  }

  private static double cubic1(double x) {
    return ((CUBIC_A + 2) * x - (CUBIC_A + 3)) * x * x + 1;
  }

  private static double cubic2(double x) {
    return ((CUBIC_A * x - 5 * CUBIC_A) * x + 8 * CUBIC_A) * x - 4 * CUBIC_A;
  }

  /**
   * Antialiased bicubic (PIL-style separable filter): support {@code 2 * max(scale, 1)}, weights
   * normalised to sum 1, taps inside the input.
   */
  static float[] antialiased(int in, int out) {
    double[] m = new double[out * in];
    double scale = (double) in / out;
    double support = scale >= 1.0 ? 2.0 * scale : 2.0;
    double invScale = scale >= 1.0 ? 1.0 / scale : 1.0;
    for (int i = 0; i < out; i++) {
      double center = scale * (i + 0.5);
      int xmin = Math.max((int) (center - support + 0.5), 0);
      int xmax = Math.min((int) (center + support + 0.5), in);
      double total = 0;
      double[] w = new double[Math.max(xmax - xmin, 0)];
      for (int j = 0; j < w.length; j++) {
        w[j] = aaFilter((j + xmin - center + 0.5) * invScale);
        total += w[j];
      }
      for (int j = 0; j < w.length; j++) {
        m[i * in + xmin + j] = total != 0 ? w[j] / total : 0;
      }
    }
    return toFloat(m);
  }

  private static double aaFilter(double x) {
    double ax = Math.abs(x);
    if (ax < 1) {
      return ((AA_A + 2) * ax - (AA_A + 3)) * ax * ax + 1;
    }
    if (ax < 2) {
      return (((ax - 5) * ax + 8) * ax - 4) * AA_A;
    }
    return 0;
  }

  private static float[] toFloat(double[] m) {
    float[] f = new float[m.length];
    for (int i = 0; i < m.length; i++) {
      f[i] = (float) m[i];
    }
    return f;
  }
}
