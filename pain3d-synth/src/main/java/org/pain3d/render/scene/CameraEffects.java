package org.pain3d.render.scene;


/**
 * Image degradations of a real camera, applied to a finished 8-bit image in this order:
 * defocus (two box-blur passes per axis, about a Gaussian), motion blur (average along a
 * line), sensor noise (Gaussian, per channel, growing with the signal as shot noise does on
 * top of a read-noise floor) and JPEG compression ({@link JpegArtifacts}). Zero values
 * switch an effect off.
 *
 * @param defocusPx defocus blur radius, pixels, in [0, 16]
 * @param motionBlurPx length of the motion blur, pixels, in [0, 40]
 * @param motionAngleDeg its direction in the image, degrees
 * @param noiseSigma noise standard deviation in 8-bit levels at mid grey, in [0, 40]
 * @param jpegQuality JPEG quality 1..100, or 0 for none
 * @param seed noise seed
 */
public record CameraEffects(double defocusPx, double motionBlurPx, double motionAngleDeg, double noiseSigma,
    int jpegQuality, long seed) {
  /** Validates ranges. */
  public CameraEffects {
    if (!(defocusPx >= 0 && defocusPx <= 16) || !(motionBlurPx >= 0 && motionBlurPx <= 40)) {
      throw new IllegalArgumentException("blur out of range: defocus " + defocusPx + ", motion " + motionBlurPx);
    }
    if (!(noiseSigma >= 0 && noiseSigma <= 40) || jpegQuality < 0 || jpegQuality > 100) {
      throw new IllegalArgumentException("noise or JPEG quality out of range: " + noiseSigma + ", " + jpegQuality);
    }
  }

  /** No degradation. */
  public static CameraEffects none() {
    return new CameraEffects(0, 0, 0, 0, 0, 0);
  }

  /** Returns whether any effect is on. */
  public boolean any() {
    return defocusPx > 0 || motionBlurPx >= 1 || noiseSigma > 0 || jpegQuality > 0;
  }

  /**
   * Applies the effects in place.
   *
   * @param rgb packed sRGB pixels, row-major, shape [width * height]
   * @param width image width
   * @param height image height
   */
  public void apply(int[] rgb, int width, int height) {
    if (defocusPx > 0 || motionBlurPx >= 1) {
      Lanes lanes = Lanes.LOCAL.get().sized(rgb.length, Math.max(width, height));
      long[] p = lanes.image;
      Lanes.spread(rgb, p);
      if (defocusPx > 0) {
        int r = Math.max(1, (int) Math.round(defocusPx / Math.sqrt(2)));
        for (int pass = 0; pass < 2; pass++) {
          boxRows(p, lanes.scratch, width, height, r);
          boxColumns(lanes.scratch, p, lanes.columns, width, height, r);
        }
      }
      if (motionBlurPx >= 1) {
        motion(p, lanes.scratch, lanes.line, width, height);
      }
      Lanes.pack(p, rgb);
    }
    if (noiseSigma > 0) {
      noise(rgb);
    }
    if (jpegQuality > 0) {
      JpegArtifacts.apply(rgb, width, height, jpegQuality);
    }
  }

  /**
   * The blurs work on all three channels at once: each pixel is a long holding red, green and
   * blue in 21-bit lanes, so one addition updates three running sums. A sum has at most 41
   * taps (motion) or 23 (defocus radius 11) of 8-bit values, below 2^14, so lanes never
   * overflow and each lane's result is the integer a separate plane would give. Buffers are
   * kept per thread.
   */
  private static final class Lanes {
    static final ThreadLocal<Lanes> LOCAL = ThreadLocal.withInitial(Lanes::new);
    static final int BITS = 21;
    static final long MASK = (1L << BITS) - 1;
    long[] image = new long[0];
    long[] scratch = new long[0];
    long[] columns = new long[0];
    long[] line = new long[0];

    Lanes sized(int pixels, int side) {
      if (image.length != pixels) {
        image = new long[pixels];
        scratch = new long[pixels];
      }
      if (columns.length < side) {
        columns = new long[side];
      }
      if (line.length < side + MAX_TAPS) {
        line = new long[side + MAX_TAPS];
      }
      return this;
    }

    static void spread(int[] rgb, long[] p) {
      for (int i = 0; i < rgb.length; i++) {
        int c = rgb[i];
        p[i] = (c >> 16 & 255) | (long) (c >> 8 & 255) << BITS | (long) (c & 255) << 2 * BITS;
      }
    }

    static void pack(long[] p, int[] rgb) {
      for (int i = 0; i < rgb.length; i++) {
        long v = p[i];
        rgb[i] = (int) (v & MASK) << 16 | (int) (v >>> BITS & MASK) << 8 | (int) (v >>> 2 * BITS);
      }
    }

    /** Each lane's {@code round(sum / d)} as {@code (sum + d / 2) * ceil(2^32 / d) >>> 32}. */
    static long divide(long sums, long half, long inv) {
      return ((sums & MASK) + half) * inv >>> 32
          | (((sums >>> BITS & MASK) + half) * inv >>> 32) << BITS
          | (((sums >>> 2 * BITS) + half) * inv >>> 32) << 2 * BITS;
    }
  }

  /** Longest motion blur in taps (40 px + 1). */
  private static final int MAX_TAPS = 41;

  /** A box blur of radius r along every row (edges clamped, rounded to nearest), src to dst. */
  private static void boxRows(long[] src, long[] dst, int w, int h, int r) {
    int d = 2 * r + 1;
    // Division by d as a multiplication by ceil(2^32 / d), exact for sums below 2^16.
    long inv = ((1L << 32) + d - 1) / d;
    long half = d / 2;
    for (int y = 0; y < h; y++) {
      int row = y * w;
      long acc = 0;
      for (int i = -r; i <= r; i++) {
        acc += src[row + Math.max(0, Math.min(w - 1, i))];
      }
      for (int x = 0; x < w; x++) {
        dst[row + x] = Lanes.divide(acc, half, inv);
        acc += src[row + Math.min(w - 1, x + r + 1)] - src[row + Math.max(0, x - r)];
      }
    }
  }

  /** The same along every column, walking rows (one accumulator per column, cache-friendly). */
  private static void boxColumns(long[] src, long[] dst, long[] acc, int w, int h, int r) {
    int d = 2 * r + 1;
    long inv = ((1L << 32) + d - 1) / d;
    long half = d / 2;
    java.util.Arrays.fill(acc, 0, w, 0L);
    for (int i = -r; i <= r; i++) {
      int row = Math.max(0, Math.min(h - 1, i)) * w;
      for (int x = 0; x < w; x++) {
        acc[x] += src[row + x];
      }
    }
    for (int y = 0; y < h; y++) {
      int out = y * w;
      int add = Math.min(h - 1, y + r + 1) * w;
      int sub = Math.max(0, y - r) * w;
      for (int x = 0; x < w; x++) {
        dst[out + x] = Lanes.divide(acc[x], half, inv);
        acc[x] += src[add + x] - src[sub + x];
      }
    }
  }

  /**
   * Motion blur: the mean of {@code round(length) + 1} samples along the blur direction,
   * quantised to 0, 45, 90 or 135 degrees (edges clamped), as a running sum along the image's
   * rows, columns or diagonals.
   *
   * @param p the image in lanes, blurred in place
   * @param src scratch of the image's size (receives a copy of the input)
   * @param line scratch of at least {@code max(w, h) + taps} values
   */
  private void motion(long[] p, long[] src, long[] line, int w, int h) {
    int taps = (int) Math.round(motionBlurPx) + 1;
    int dir = Math.floorMod((int) Math.round(motionAngleDeg / 45.0), 4);
    int dx = dir == 2 ? 0 : (dir == 3 ? -1 : 1);
    int dy = dir == 0 ? 0 : 1;
    long inv = ((1L << 32) + taps - 1) / taps;
    long half = taps / 2;
    int back = (taps - 1) / 2;
    System.arraycopy(p, 0, src, 0, p.length);
    // Walk every line of the direction from its start on the image border.
    for (int start = 0; start < w + h; start++) {
      int x0;
      int y0;
      if (dy == 0) {
        if (start >= h) {
          continue;
        }
        x0 = 0;
        y0 = start;
      } else if (dx == 0) {
        if (start >= w) {
          continue;
        }
        x0 = start;
        y0 = 0;
      } else {
        x0 = start < w ? start : (dx > 0 ? 0 : w - 1);
        y0 = start < w ? 0 : start - w + 1;
        if (start >= w && y0 >= h) {
          continue;
        }
      }
      int len = 0;
      for (int x = x0, y = y0; x >= 0 && x < w && y < h; x += dx, y += dy) {
        line[len++] = src[y * w + x];
      }
      long acc = 0;
      for (int k = -back; k < taps - back; k++) {
        acc += line[Math.max(0, Math.min(len - 1, k))];
      }
      for (int i = 0, x = x0, y = y0; i < len; i++, x += dx, y += dy) {
        p[y * w + x] = Lanes.divide(acc, half, inv);
        acc += line[Math.min(len - 1, i + taps - back)] - line[Math.max(0, i - back)];
      }
    }
  }

  /** Gaussian noise from a table indexed by a SplitMix64 stream (deterministic per seed). */
  private void noise(int[] rgb) {
    float[] gauss = GaussTable.VALUES;
    // Shot noise grows with the signal, read noise (gain) dominates in the dark.
    float[] sigma = new float[256];
    for (int v = 0; v < 256; v++) {
      sigma[v] = (float) (noiseSigma * (0.6 + 0.8 * Math.sqrt((v + 8) / 255.0)));
    }
    long state = seed;
    for (int i = 0; i < rgb.length; i++) {
      state += 0x9E3779B97F4A7C15L;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z ^= z >>> 31;
      int c = rgb[i];
      int out = 0;
      for (int k = 0; k < 3; k++) {
        int v = c >> (16 - 8 * k) & 255;
        int n = Math.round(v + sigma[v] * gauss[(int) (z >>> (20 * k)) & (GaussTable.SIZE - 1)]);
        out |= Math.max(0, Math.min(255, n)) << (16 - 8 * k);
      }
      rgb[i] = out;
    }
  }

  /** Standard normal quantiles at evenly spaced probabilities (a table for fast noise). */
  private static final class GaussTable {
    static final int SIZE = 1 << 12;
    static final float[] VALUES = build();

    private static float[] build() {
      float[] v = new float[SIZE];
      for (int i = 0; i < SIZE; i++) {
        v[i] = (float) inverseNormal((i + 0.5) / SIZE);
      }
      return v;
    }

    /** Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9). */
    static double inverseNormal(double p) {
      double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
      double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
      double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
      double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
      double q;
      if (p < 0.02425) {
        q = Math.sqrt(-2 * Math.log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
      }
      if (p > 1 - 0.02425) {
        q = Math.sqrt(-2 * Math.log(1 - p));
        return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
      }
      q = p - 0.5;
      double r = q * q;
      return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
          / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
  }
}
