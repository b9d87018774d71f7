package org.pain3d.unbc;


/**
 * The resampling kernel of {@link FaceCropper}: a separable filter (bilinear or area average)
 * from a square box of an ARGB image to a size x size CHW float image with values 0..255.
 * Edge pixels repeat outside the image. Horizontal pass over the touched rows, then vertical
 * pass; each axis uses a precomputed table of clamped source indices and weights.
 */
final class CropResampler {

  private CropResampler() {}

  /** Per-output-pixel source indices (clamped) and weights along one axis, {@code stride} each. */
  record Axis(int[] index, float[] weight, int stride) {}

  /**
   * Builds the filter table along one axis.
   *
   * @param origin the box edge (continuous coordinates, pixel i centred at i)
   * @param side the box side in source pixels
   * @param size output pixels
   * @param limit source pixels along this axis
   * @param area area averaging when downscaling, else bilinear
   * @return the table
   */
  static Axis axis(double origin, double side, int size, int limit, boolean area) {
    double s = side / size;
    boolean box = area && s > 1;
    int stride = box ? (int) Math.ceil(s) + 2 : 2;
    int[] index = new int[size * stride];
    float[] weight = new float[size * stride];
    for (int u = 0; u < size; u++) {
      int base = u * stride;
      if (box) {
        double a = origin + u * s;
        double b = a + s;
        int i0 = (int) Math.floor(a + 0.5);
        int i1 = (int) Math.ceil(b + 0.5) - 1;
        for (int i = i0, k = 0; i <= i1 && k < stride; i++, k++) {
          double overlap = Math.min(b, i + 0.5) - Math.max(a, i - 0.5);
          index[base + k] = clamp(i, limit);
          weight[base + k] = overlap > 0 ? (float) (overlap / s) : 0f;
        }
      } else {
        double p = origin + (u + 0.5) * s;
        int i0 = (int) Math.floor(p);
        double t = p - i0;
        index[base] = clamp(i0, limit);
        weight[base] = (float) (1 - t);
        index[base + 1] = clamp(i0 + 1, limit);
        weight[base + 1] = (float) t;
      }
    }
    return new Axis(index, weight, stride);
  }

  /**
   * Resamples.
   *
   * @param argb source pixels, row-major, {@code rows} rows of {@code width} starting at row
   *     {@code rowOffset} of the image
   * @param width source width
   * @param rowOffset the image row of {@code argb}'s first row
   * @param xs horizontal table
   * @param ys vertical table (indices in image rows)
   * @param size output size
   * @param out float[3 * size * size], CHW, RGB values 0..255
   */
  static void resample(
      int[] argb, int width, int rowOffset, Axis xs, Axis ys, int size, float[] out) {
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    for (int r : ys.index()) {
      lo = Math.min(lo, r);
      hi = Math.max(hi, r);
    }
    int rows = hi - lo + 1;
    float[] tmp = new float[rows * size * 3];
    int[] xi = xs.index();
    float[] xw = xs.weight();
    int xstride = xs.stride();
    for (int r = 0; r < rows; r++) {
      int src = (r + lo - rowOffset) * width;
      int dst = r * size * 3;
      for (int u = 0; u < size; u++) {
        float sr = 0;
        float sg = 0;
        float sb = 0;
        for (int k = u * xstride, end = k + xstride; k < end; k++) {
          float w = xw[k];
          int p = argb[src + xi[k]];
          sr += w * ((p >> 16) & 0xff);
          sg += w * ((p >> 8) & 0xff);
          sb += w * (p & 0xff);
        }
        tmp[dst + 3 * u] = sr;
        tmp[dst + 3 * u + 1] = sg;
        tmp[dst + 3 * u + 2] = sb;
      }
    }
    int[] yi = ys.index();
    float[] yw = ys.weight();
    int ystride = ys.stride();
    int plane = size * size;
    for (int v = 0; v < size; v++) {
      for (int u = 0; u < size; u++) {
        float sr = 0;
        float sg = 0;
        float sb = 0;
        for (int k = v * ystride, end = k + ystride; k < end; k++) {
          float w = yw[k];
          int t = ((yi[k] - lo) * size + u) * 3;
          sr += w * tmp[t];
          sg += w * tmp[t + 1];
          sb += w * tmp[t + 2];
        }
        int o = v * size + u;
        out[o] = sr;
        out[plane + o] = sg;
        out[2 * plane + o] = sb;
      }
    }
  }

  private static int clamp(int i, int limit) {
    return i < 0 ? 0 : Math.min(i, limit - 1);
  }
}
