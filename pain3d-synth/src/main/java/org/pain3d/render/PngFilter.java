package org.pain3d.render;

/** PNG row filters offered by {@link PngWriter} (the cheap ones; no Paeth or adaptive). */
public enum PngFilter {
  /** No filtering. */
  NONE(0),
  /** Difference to the byte one pixel to the left. */
  SUB(1),
  /** Difference to the byte above. */
  UP(2);

  private final int code;

  PngFilter(int code) {
    this.code = code;
  }

  /** Returns the PNG filter type byte. */
  public int code() {
    return code;
  }
}
