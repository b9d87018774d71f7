package org.pain3d.vit;

/**
 * DINOv3's 2D rotary position embedding, as tables in plain Java.
 *
 * <p>Patch centres are normalised to {@code [-1, 1]} per axis: {@code c = 2 (i + 0.5) / n - 1}
 * (rows {@code y}, then columns {@code x}, row-major). With {@code hd} the head width and {@code
 * q = hd / 4} frequencies {@code f_j = theta^(-4 j / hd)}, the angles of a patch are {@code [2 pi
 * c_y f_0..f_{q-1}, 2 pi c_x f_0..f_{q-1}]}, tiled twice to {@code hd}. A query or key {@code v}
 * of a patch becomes {@code v cos + rotate_half(v) sin} with {@code rotate_half([a, b]) = [-b,
 * a]}; prefix tokens (CLS, registers) are not rotated, so their rows are {@code cos = 1, sin = 0}.
 */
final class Rope2d {
  private Rope2d() {}

  /**
   * Builds the cos and sin tables for a full token sequence.
   *
   * @param prefix tokens before the patches (not rotated)
   * @param gh patch rows
   * @param gw patch columns
   * @param headDim head width (multiple of 4)
   * @param theta base period
   * @return {@code [cos, sin]}, each {@code (prefix + gh*gw) x headDim}, row-major
   */
  static float[][] tables(int prefix, int gh, int gw, int headDim, double theta) {
    int q = headDim / 4;
    float[] invFreq = new float[q];
    for (int j = 0; j < q; j++) {
      // float32 as the references compute it
      invFreq[j] = (float) (1.0 / Math.pow(theta, (float) (4.0 * j / headDim)));
    }
    int n = prefix + gh * gw;
    float[] cos = new float[n * headDim];
    float[] sin = new float[n * headDim];
    for (int t = 0; t < prefix; t++) {
      java.util.Arrays.fill(cos, t * headDim, (t + 1) * headDim, 1f);
    }
    float twoPi = (float) (2 * Math.PI);
    for (int y = 0; y < gh; y++) {
      float cy = 2f * ((y + 0.5f) / gh) - 1f;
      for (int x = 0; x < gw; x++) {
        float cx = 2f * ((x + 0.5f) / gw) - 1f;
        int row = (prefix + y * gw + x) * headDim;
        for (int j = 0; j < q; j++) {
          float ay = twoPi * cy * invFreq[j];
          float ax = twoPi * cx * invFreq[j];
          for (int rep = 0; rep < 2; rep++) {
            int o = row + rep * 2 * q;
            cos[o + j] = (float) Math.cos(ay);
            sin[o + j] = (float) Math.sin(ay);
            cos[o + q + j] = (float) Math.cos(ax);
            sin[o + q + j] = (float) Math.sin(ax);
          }
        }
      }
    }
    return new float[][] {cos, sin};
  }
}
