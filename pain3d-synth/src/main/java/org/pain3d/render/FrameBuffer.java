package org.pain3d.render;

import java.util.Arrays;

/**
 * The rasteriser's output, a visibility buffer: per sample the nearest triangle, its
 * perspective-correct barycentric weights and the inverse depth. Caller-owned and reused
 * across renders ({@link #clear()} before each one; the rasterisers do not clear).
 *
 * <p>Samples are stored row-major, {@code i = y * width + x}, pixel frame (y down). With
 * supersampling the buffer has {@code factor} times the image resolution per axis.
 * The weight of the triangle's first vertex is {@code 1 - bary1 - bary2}.
 */
public final class FrameBuffer {
  private final int width;
  private final int height;
  /** Inverse depth (1/cm) per sample; 0 where nothing was drawn. */
  public final float[] invDepth;
  /** Triangle index per sample; -1 where nothing was drawn. */
  public final int[] triangle;
  /** Perspective-correct barycentric weight of the triangle's second vertex. */
  public final float[] bary1;
  /** Perspective-correct barycentric weight of the triangle's third vertex. */
  public final float[] bary2;

  /**
   * Allocates a buffer.
   *
   * @param width samples per row, at least 1
   * @param height rows, at least 1
   */
  public FrameBuffer(int width, int height) {
    if (width < 1 || height < 1 || (long) width * height > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("bad frame buffer size " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    int n = width * height;
    invDepth = new float[n];
    triangle = new int[n];
    bary1 = new float[n];
    bary2 = new float[n];
    clear();
  }

  /** Returns the samples per row. */
  public int width() {
    return width;
  }

  /** Returns the number of rows. */
  public int height() {
    return height;
  }

  /** Marks every sample empty (infinitely far, no triangle). */
  public void clear() {
    Arrays.fill(invDepth, 0f);
    Arrays.fill(triangle, -1);
  }

  /** Returns the depth of sample {@code i} in cm, or {@code +Infinity} when empty. */
  public float depth(int i) {
    float iw = invDepth[i];
    return iw > 0 ? 1f / iw : Float.POSITIVE_INFINITY;
  }

  void checkSize(Camera camera) {
    if (camera.width() != width || camera.height() != height) {
      throw new IllegalArgumentException(
          "camera " + camera.width() + "x" + camera.height() + " does not match frame buffer "
              + width + "x" + height);
    }
  }
}
