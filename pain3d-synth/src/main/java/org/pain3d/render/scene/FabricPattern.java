package org.pain3d.render.scene;

/** Procedural fabric patterns (garments, headwear, pillows). */
public enum FabricPattern {
  /** One colour with a weave texture. */
  SOLID,
  /** Horizontal stripes of the second colour. */
  STRIPES,
  /** Checks (gingham) of the second colour. */
  CHECKS,
  /** A small print of dots or diamonds in the second colour. */
  PRINT
}
