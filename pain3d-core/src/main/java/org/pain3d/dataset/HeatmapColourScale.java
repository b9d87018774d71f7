package org.pain3d.dataset;

/**
 * The dataset's pain-region heatmap scales and colour ramp, shared by the generator (which writes
 * {@code heatmaps/*_heatmap.png} and {@code *_heatmap16.png}) and the learner (which reads the raw
 * maps and draws predicted ones, {@code pain3d predict --explain}) so both show a displacement in
 * the same colour.
 *
 * <p>Raw 16-bit maps hold the displacement in units of {@link #MM_PER_UNIT} mm (the annotations'
 * {@code heatmap_scale_mm_per_unit}); the colour ramp (black, purple, red, orange, yellow, white,
 * sRGB) spans 0 to {@link #COLOUR_MAX_MM} mm and saturates above.
 */
public final class HeatmapColourScale {
  /** Millimetres per unit of the raw 16-bit map (saturates at 65.535 mm). */
  public static final double MM_PER_UNIT = 0.001;
  /** Displacement at the top of the colour ramp, mm. */
  public static final double COLOUR_MAX_MM = 15.0;

  // A perceptual dark-to-bright ramp (black, purple, red, orange, yellow, white), sRGB.
  private static final int[] RAMP = {0x000004, 0x3B0F70, 0x8C2981, 0xDE4968, 0xFE9F6D, 0xFCFDBF};

  private HeatmapColourScale() {}

  /** @return the ramp's knots, packed sRGB, dark to bright */
  public static int[] ramp() {
    return RAMP.clone();
  }

  /**
   * Maps a fraction of the scale to the ramp.
   *
   * @param t displacement / maximum, clamped to {@code [0, 1]}
   * @return packed sRGB {@code 0xRRGGBB}
   */
  public static int colour(double t) {
    double c = Math.max(0, Math.min(1, t)) * (RAMP.length - 1);
    int i = Math.min(RAMP.length - 2, (int) c);
    double f = c - i;
    int a = RAMP[i];
    int b = RAMP[i + 1];
    // Channels are in [0, 255]: adding 0.5 and truncating rounds half up like Math.round.
    int r = (int) ((a >> 16 & 255) * (1 - f) + (b >> 16 & 255) * f + 0.5);
    int g = (int) ((a >> 8 & 255) * (1 - f) + (b >> 8 & 255) * f + 0.5);
    int bl = (int) ((a & 255) * (1 - f) + (b & 255) * f + 0.5);
    return r << 16 | g << 8 | bl;
  }

  /**
   * Blends the colourised map over a grey version of an image (for people to see where the face
   * moves): opacity grows with the displacement, {@code 0.85 sqrt(t)}, up to 0.85 at the maximum.
   *
   * @param shaded packed sRGB image, shape [n]
   * @param mm displacement per pixel, mm, shape [n]
   * @param colourMaxMm displacement at the top of the ramp, mm
   * @param out receives packed sRGB, shape [n] (may be {@code shaded})
   */
  public static void overlay(int[] shaded, float[] mm, double colourMaxMm, int[] out) {
    for (int i = 0; i < mm.length; i++) {
      int c = shaded[i];
      int grey = ((c >> 16 & 255) * 77 + (c >> 8 & 255) * 150 + (c & 255) * 29) >> 8;
      double t = Math.max(0, Math.min(1, mm[i] / colourMaxMm));
      double a = 0.85 * Math.sqrt(t);
      int h = colour(t);
      int r = (int) Math.round(grey * (1 - a) + (h >> 16 & 255) * a);
      int g = (int) Math.round(grey * (1 - a) + (h >> 8 & 255) * a);
      int b = (int) Math.round(grey * (1 - a) + (h & 255) * a);
      out[i] = r << 16 | g << 8 | b;
    }
  }
}
