package org.pain3d.render;

/** The image passes the renderer can produce. */
public enum Pass {
  /** Lit colour (sRGB, 8 bits per channel), anti-aliased when supersampling. */
  SHADED,
  /** Metric depth along the view axis, cm (0 on the background); PNG: 16-bit, 0.1 mm units. */
  DEPTH,
  /** Unit surface normal in the camera frame; PNG: RGB = (n + 1) / 2. */
  NORMAL,
  /** Texture coordinates; PNG: R = fractional u, G = v, B = 32 x UV tile. */
  UV,
  /** Segmentation: material group index + 1 per pixel (0 = background). */
  MASK,
  /** Pain-region heatmap: displacement from the neutral face, mm (frontal view). */
  HEATMAP
}
