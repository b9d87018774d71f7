package org.pain3d.render;

import org.pain3d.dataset.HeatmapColourScale;

/**
 * The pain-region heatmap: how far each vertex moved between a neutral face and the same
 * identity in pain, rasterised in a view (the frontal one in the dataset) and encoded on
 * the fixed scales of a {@link HeatmapScale}.
 */
public final class PainHeatmap {
  // The dataset's colour ramp (core: the learner draws predicted maps in the same colours).
  private static final int[] RAMP = HeatmapColourScale.ramp();
  private static final int TABLE = 4096;
  // Per cell [j, j+1) / TABLE of t: the colour when it is the same over the wider
  // [j-1, j+2] / TABLE and no ramp knot lies inside (each channel is then monotone, so every
  // t in the cell rounds to it too), else -1 (evaluate exactly).
  private static final int[] CELL = cells();

  private PainHeatmap() {}

  /**
   * Per-vertex displacement magnitudes.
   *
   * @param neutral neutral positions, shape [n * 3], cm
   * @param pain pain positions of the same identity and topology, shape [n * 3], cm
   * @param outMm receives |pain - neutral| per vertex in mm, shape [n]
   */
  public static void displacementMm(float[] neutral, float[] pain, float[] outMm) {
    if (neutral.length != pain.length || outMm.length * 3 != neutral.length) {
      throw new IllegalArgumentException("shape mismatch: " + neutral.length + ", " + pain.length
          + ", " + outMm.length);
    }
    for (int v = 0; v < outMm.length; v++) {
      float dx = pain[3 * v] - neutral[3 * v];
      float dy = pain[3 * v + 1] - neutral[3 * v + 1];
      float dz = pain[3 * v + 2] - neutral[3 * v + 2];
      outMm[v] = 10f * (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }

  /**
   * Encodes a heatmap as raw 16-bit values: {@code round(mm / mmPerUnit)}, saturated.
   *
   * @param mm displacement per pixel, mm, shape [n]
   * @param scale the global scales
   * @param out receives unsigned 16-bit values (as Java shorts), shape [n]
   */
  public static void toRaw16(float[] mm, HeatmapScale scale, short[] out) {
    double k = 1 / scale.mmPerUnit();
    for (int i = 0; i < mm.length; i++) {
      long u = Math.round(mm[i] * k);
      out[i] = (short) Math.max(0, Math.min(65535, u));
    }
  }

  /**
   * Colourises a heatmap on the fixed colour scale; the background (where {@code mask} is
   * 0) gets {@code backgroundRgb}.
   *
   * @param mm displacement per pixel, mm, shape [n]
   * @param mask non-zero where the face covers the pixel (e.g. the MASK pass), shape [n]
   * @param scale the global scales
   * @param backgroundRgb packed sRGB for uncovered pixels
   * @param out receives packed sRGB {@code 0xRRGGBB}, shape [n]
   */
  public static void colourise(float[] mm, byte[] mask, HeatmapScale scale, int backgroundRgb, int[] out) {
    double max = scale.colourMaxMm();
    int low = colour(0);
    int high = colour(1);
    for (int i = 0; i < mm.length; i++) {
      if (mask[i] == 0) {
        out[i] = backgroundRgb;
        continue;
      }
      double t = mm[i] / max;
      if (t <= 0) {
        out[i] = low;
      } else if (t >= 1) {
        out[i] = high;
      } else {
        // The same result as colour(t), from the table where a cell is uniform.
        int c = CELL[(int) (t * TABLE)];
        out[i] = c >= 0 ? c : colour(t);
      }
    }
  }

  private static int[] cells() {
    int[] cell = new int[TABLE];
    for (int j = 0; j < TABLE; j++) {
      cell[j] = -1;
      if (j < 1 || j + 2 > TABLE) {
        continue;
      }
      int lo = colour((j - 1) / (double) TABLE);
      int hi = colour((j + 2) / (double) TABLE);
      boolean knot = false;
      for (int k = 1; k < RAMP.length - 1; k++) {
        double t = k / (double) (RAMP.length - 1);
        knot |= t > (j - 1) / (double) TABLE && t < (j + 2) / (double) TABLE;
      }
      if (lo == hi && !knot) {
        cell[j] = lo;
      }
    }
    return cell;
  }

  /**
   * Blends the colourised heatmap over a grey version of a shaded image (for people to see
   * where the face moved): opacity grows with the displacement up to 0.85 at the colour
   * scale's maximum.
   *
   * @param shaded packed sRGB image of the same view, shape [n]
   * @param mm displacement per pixel, mm, shape [n]
   * @param scale the global scales
   * @param out receives packed sRGB, shape [n] (may be {@code shaded})
   */
  public static void overlay(int[] shaded, float[] mm, HeatmapScale scale, int[] out) {
    HeatmapColourScale.overlay(shaded, mm, scale.colourMaxMm(), out);
  }

  /** Maps t in [0, 1] (clamped) to the colour ramp. */
  static int colour(double t) {
    return HeatmapColourScale.colour(t);
  }
}
