package org.pain3d.render;

/**
 * The covered samples of a rasterised {@link FrameBuffer}, packed (index, inverse depth,
 * triangle, weights), for layers drawn once and merged into many renders ({@code
 * render.scene.FixedPropLayer}, {@code render.hair.FixedHairLayer}).
 *
 * <p>Why merging is exact: the rasteriser keeps, per sample, the fragment of largest inverse
 * depth and, among equal ones, the first drawn (a fragment replaces what is there only when
 * its inverse depth is strictly greater), and a fragment's weights and inverse depth do not
 * depend on what the buffer held. So drawing triangles {@code A}, then {@code B}, then {@code
 * C} leaves the same buffer as drawing {@code A}, merging the best fragments of {@code B} drawn
 * alone with the same strict comparison ({@link #mergeInto}), then drawing {@code C}.
 *
 * <p>Reusable; not thread-safe.
 */
public final class CoveredSamples {
  private int count;
  private int[] index = new int[0];
  private float[] invDepth = new float[0];
  private int[] triangle = new int[0];
  private float[] bary1 = new float[0];
  private float[] bary2 = new float[0];

  /**
   * Keeps the covered samples of a buffer (replacing what was kept).
   *
   * @param fb the rasterised buffer
   */
  public void keep(FrameBuffer fb) {
    int[] t = fb.triangle;
    int n = 0;
    for (int s = 0; s < t.length; s++) {
      if (t[s] >= 0) {
        n++;
      }
    }
    if (index.length < n) {
      index = new int[n];
      invDepth = new float[n];
      triangle = new int[n];
      bary1 = new float[n];
      bary2 = new float[n];
    }
    int k = 0;
    for (int s = 0; s < t.length; s++) {
      if (t[s] >= 0) {
        index[k] = s;
        invDepth[k] = fb.invDepth[s];
        triangle[k] = t[s];
        bary1[k] = fb.bary1[s];
        bary2[k] = fb.bary2[s];
        k++;
      }
    }
    count = n;
  }

  /** Returns how many samples are kept. */
  public int count() {
    return count;
  }

  /** Returns kept sample k's index in the buffer, {@code 0 <= k < count()}. */
  public int index(int k) {
    return index[k];
  }

  /** Returns kept sample k's inverse depth (1/cm). */
  public float invDepth(int k) {
    return invDepth[k];
  }

  /** Returns kept sample k's triangle. */
  public int triangle(int k) {
    return triangle[k];
  }

  /** Returns kept sample k's weight of its triangle's second vertex. */
  public float bary1(int k) {
    return bary1[k];
  }

  /** Returns kept sample k's weight of its triangle's third vertex. */
  public float bary2(int k) {
    return bary2[k];
  }

  /** Keeps nothing. */
  public void clear() {
    count = 0;
  }

  /**
   * Merges the kept samples into a buffer of the same size: a kept fragment replaces the
   * buffer's where its inverse depth is strictly greater (a cleared buffer becomes a copy).
   *
   * @param fb the buffer, modified
   */
  public void mergeInto(FrameBuffer fb) {
    float[] fi = fb.invDepth;
    for (int k = 0; k < count; k++) {
      int s = index[k];
      if (invDepth[k] > fi[s]) {
        fi[s] = invDepth[k];
        fb.triangle[s] = triangle[k];
        fb.bary1[s] = bary1[k];
        fb.bary2[s] = bary2[k];
      }
    }
  }
}
