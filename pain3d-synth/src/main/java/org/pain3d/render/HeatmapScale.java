package org.pain3d.render;

import org.pain3d.dataset.HeatmapColourScale;

/**
 * The fixed, global scales of the pain-region heatmap, so that maps are comparable across
 * samples (never normalised per image).
 *
 * @param mmPerUnit displacement per unit of the raw 16-bit map, mm (record it in the
 *     annotation); the raw map saturates at {@code 65535 * mmPerUnit}
 * @param colourMaxMm displacement shown at the top of the colour map, mm; larger values
 *     saturate
 */
public record HeatmapScale(double mmPerUnit, double colourMaxMm) {

  /** Validates the scales. */
  public HeatmapScale {
    if (!(mmPerUnit > 0) || !(colourMaxMm > 0)) {
      throw new IllegalArgumentException("heatmap scales must be positive: " + mmPerUnit + ", " + colourMaxMm);
    }
  }

  /** Returns the default: 0.001 mm per raw unit (saturating at 65.5 mm), colours up to 15 mm. */
  public static HeatmapScale defaults() {
    return new HeatmapScale(HeatmapColourScale.MM_PER_UNIT, HeatmapColourScale.COLOUR_MAX_MM);
  }
}
