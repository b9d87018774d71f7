package org.pain3d.render.scene;

/**
 * The lossy part of baseline JPEG, applied to an image in place: RGB to YCbCr (JFIF), 4:2:0
 * chroma subsampling (2 x 2 means), 8 x 8 DCT, quantisation with the standard tables of
 * ITU-T T.81 Annex K scaled for a quality as the IJG library does, inverse DCT, chroma
 * upsampled bilinearly, back to RGB. The entropy coding that would follow is lossless, so
 * the result is what a decoder shows for a file of that quality (up to rounding and the
 * decoder's upsampling filter), without writing the file.
 */
final class JpegArtifacts {
  private static final int[] LUMA = {16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24,
    40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113,
    92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99};
  private static final int[] CHROMA = {17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99,
    99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99};
  private JpegArtifacts() {}

  /**
   * The IJG quality scaling of a quantisation table.
   *
   * @param base the Annex K table, 64 values
   * @param quality 1..100
   * @return the scaled table, each in [1, 255]
   */
  static int[] table(int[] base, int quality) {
    int q = Math.max(1, Math.min(100, quality));
    int scale = q < 50 ? 5000 / q : 200 - 2 * q;
    int[] t = new int[64];
    for (int i = 0; i < 64; i++) {
      t[i] = Math.max(1, Math.min(255, (base[i] * scale + 50) / 100));
    }
    return t;
  }

  /**
   * Applies the round trip.
   *
   * @param rgb packed sRGB, row-major, shape [width * height], changed in place
   * @param width image width
   * @param height image height
   * @param quality 1..100
   */
  static void apply(int[] rgb, int width, int height, int quality) {
    int n = width * height;
    float[] y = new float[n];
    int cw = (width + 1) / 2;
    int ch = (height + 1) / 2;
    float[] cb = new float[cw * ch];
    float[] cr = new float[cw * ch];
    for (int j = 0; j < height; j++) {
      for (int i = 0; i < width; i++) {
        int c = rgb[j * width + i];
        float r = c >> 16 & 255;
        float g = c >> 8 & 255;
        float b = c & 255;
        y[j * width + i] = 0.299f * r + 0.587f * g + 0.114f * b - 128;
        int k = (j / 2) * cw + i / 2;
        cb[k] += 0.25f * (-0.168736f * r - 0.331264f * g + 0.5f * b);
        cr[k] += 0.25f * (0.5f * r - 0.418688f * g - 0.081312f * b);
      }
    }
    if ((width & 1) == 1 || (height & 1) == 1) {
      normaliseEdges(cb, cr, width, height, cw, ch);
    }
    quantise(y, width, height, table(LUMA, quality));
    int[] chroma = table(CHROMA, quality);
    quantise(cb, cw, ch, chroma);
    quantise(cr, cw, ch, chroma);
    // The horizontal upsampling positions are the same on every row: computed once.
    int[] left = new int[width];
    int[] right = new int[width];
    float[] frac = new float[width];
    for (int i = 0; i < width; i++) {
      float sx = Math.max(0, Math.min(cw - 1, (i - 0.5f) / 2));
      left[i] = (int) sx;
      right[i] = Math.min(cw - 1, left[i] + 1);
      frac[i] = sx - left[i];
    }
    for (int j = 0; j < height; j++) {
      float sy = Math.max(0, Math.min(ch - 1, (j - 0.5f) / 2));
      int j0 = (int) sy;
      int j1 = Math.min(ch - 1, j0 + 1);
      float ty = sy - j0;
      for (int i = 0; i < width; i++) {
        int i0 = left[i];
        int i1 = right[i];
        float tx = frac[i];
        float vb = bilinear(cb, cw, i0, i1, j0, j1, tx, ty);
        float vr = bilinear(cr, cw, i0, i1, j0, j1, tx, ty);
        float l = y[j * width + i] + 128;
        rgb[j * width + i] = clamp(l + 1.402f * vr) << 16 | clamp(l - 0.344136f * vb - 0.714136f * vr) << 8
            | clamp(l + 1.772f * vb);
      }
    }
  }

  /** Chroma cells that cover a single image column or row hold only half the samples. */
  private static void normaliseEdges(float[] cb, float[] cr, int width, int height, int cw, int ch) {
    for (int j = 0; j < ch; j++) {
      for (int i = 0; i < cw; i++) {
        int cols = Math.min(2, width - 2 * i);
        int rows = Math.min(2, height - 2 * j);
        float k = 4f / (cols * rows);
        cb[j * cw + i] *= k;
        cr[j * cw + i] *= k;
      }
    }
  }

  private static float bilinear(float[] p, int w, int i0, int i1, int j0, int j1, float tx, float ty) {
    float a = p[j0 * w + i0] + (p[j0 * w + i1] - p[j0 * w + i0]) * tx;
    float b = p[j1 * w + i0] + (p[j1 * w + i1] - p[j1 * w + i0]) * tx;
    return a + (b - a) * ty;
  }

  private static int clamp(float v) {
    return Math.max(0, Math.min(255, Math.round(v)));
  }

  /** DCT, quantise, dequantise and inverse DCT every 8 x 8 block of a plane (edges replicated). */
  static void quantise(float[] plane, int w, int h, int[] q) {
    float[] block = new float[64];
    // The fast DCT's outputs are scaled by 8 a(u) a(v): fold that into the divisors.
    float[] div = new float[64];
    float[] mul = new float[64];
    for (int u = 0; u < 8; u++) {
      for (int v = 0; v < 8; v++) {
        double a = AAN[u] * AAN[v];
        div[u * 8 + v] = (float) (q[u * 8 + v] * a * 8);
        mul[u * 8 + v] = (float) (q[u * 8 + v] * a);
      }
    }
    for (int by = 0; by < h; by += 8) {
      for (int bx = 0; bx < w; bx += 8) {
        for (int j = 0; j < 8; j++) {
          int row = Math.min(h - 1, by + j) * w;
          for (int i = 0; i < 8; i++) {
            block[j * 8 + i] = plane[row + Math.min(w - 1, bx + i)];
          }
        }
        forward(block);
        for (int k = 0; k < 64; k++) {
          block[k] = Math.round(block[k] / div[k]) * mul[k];
        }
        inverse(block);
        for (int j = 0; j < 8 && by + j < h; j++) {
          for (int i = 0; i < 8 && bx + i < w; i++) {
            plane[(by + j) * w + bx + i] = block[j * 8 + i] * 0.125f;
          }
        }
      }
    }
  }

  /** a(0) = 1, a(k) = sqrt(2) cos(k pi / 16): the scale of the fast DCT's outputs per axis. */
  static final double[] AAN = new double[8];

  static {
    AAN[0] = 1;
    for (int k = 1; k < 8; k++) {
      AAN[k] = Math.sqrt(2) * Math.cos(k * Math.PI / 16);
    }
  }

  /**
   * The Arai-Agui-Nakajima forward DCT of a row-major 8 x 8 block, in place: coefficient
   * (u, v) (row u vertical, column v horizontal frequency) comes out as {@code 8 a(u) a(v)}
   * times the orthonormal DCT-II coefficient.
   */
  static void forward(float[] b) {
    for (int r = 0; r < 8; r++) {
      fdct1(b, r * 8, 1);
    }
    for (int c = 0; c < 8; c++) {
      fdct1(b, c, 8);
    }
  }

  /**
   * The matching inverse: from coefficients scaled by {@code a(u) a(v)} to 8 times the
   * samples, in place.
   */
  static void inverse(float[] b) {
    for (int c = 0; c < 8; c++) {
      idct1(b, c, 8);
    }
    for (int r = 0; r < 8; r++) {
      idct1(b, r * 8, 1);
    }
  }

  private static void fdct1(float[] b, int o, int s) {
    float d0 = b[o];
    float d1 = b[o + s];
    float d2 = b[o + 2 * s];
    float d3 = b[o + 3 * s];
    float d4 = b[o + 4 * s];
    float d5 = b[o + 5 * s];
    float d6 = b[o + 6 * s];
    float d7 = b[o + 7 * s];
    float t0 = d0 + d7;
    float t7 = d0 - d7;
    float t1 = d1 + d6;
    float t6 = d1 - d6;
    float t2 = d2 + d5;
    float t5 = d2 - d5;
    float t3 = d3 + d4;
    float t4 = d3 - d4;
    float t10 = t0 + t3;
    float t13 = t0 - t3;
    float t11 = t1 + t2;
    float t12 = t1 - t2;
    b[o] = t10 + t11;
    b[o + 4 * s] = t10 - t11;
    float z1 = (t12 + t13) * 0.707106781f;
    b[o + 2 * s] = t13 + z1;
    b[o + 6 * s] = t13 - z1;
    t10 = t4 + t5;
    t11 = t5 + t6;
    t12 = t6 + t7;
    float z5 = (t10 - t12) * 0.382683433f;
    float z2 = 0.541196100f * t10 + z5;
    float z4 = 1.306562965f * t12 + z5;
    float z3 = t11 * 0.707106781f;
    float z11 = t7 + z3;
    float z13 = t7 - z3;
    b[o + 5 * s] = z13 + z2;
    b[o + 3 * s] = z13 - z2;
    b[o + s] = z11 + z4;
    b[o + 7 * s] = z11 - z4;
  }

  private static void idct1(float[] b, int o, int s) {
    float t0 = b[o];
    float t1 = b[o + 2 * s];
    float t2 = b[o + 4 * s];
    float t3 = b[o + 6 * s];
    float t10 = t0 + t2;
    float t11 = t0 - t2;
    float t13 = t1 + t3;
    float t12 = (t1 - t3) * 1.414213562f - t13;
    t0 = t10 + t13;
    t3 = t10 - t13;
    t1 = t11 + t12;
    t2 = t11 - t12;
    float t4 = b[o + s];
    float t5 = b[o + 3 * s];
    float t6 = b[o + 5 * s];
    float t7 = b[o + 7 * s];
    float z13 = t6 + t5;
    float z10 = t6 - t5;
    float z11 = t4 + t7;
    float z12 = t4 - t7;
    t7 = z11 + z13;
    t11 = (z11 - z13) * 1.414213562f;
    float z5 = (z10 + z12) * 1.847759065f;
    t10 = 1.082392200f * z12 - z5;
    t12 = -2.613125930f * z10 + z5;
    t6 = t12 - t7;
    t5 = t11 - t6;
    t4 = t10 + t5;
    b[o] = t0 + t7;
    b[o + 7 * s] = t0 - t7;
    b[o + s] = t1 + t6;
    b[o + 6 * s] = t1 - t6;
    b[o + 2 * s] = t2 + t5;
    b[o + 5 * s] = t2 - t5;
    b[o + 4 * s] = t3 + t4;
    b[o + 3 * s] = t3 - t4;
  }
}
