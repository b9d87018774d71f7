package org.pain3d.unbc;

import java.util.Arrays;

/**
 * The 66 AAM landmarks of one UNBC frame, from its {@code _aam.txt} file.
 *
 * <p>Image pixel coordinates of the frame in {@code Images/} (about 320x240): x to the right,
 * y down, taken as written in the archive. {@link FaceCropper} reads them with pixel
 * {@code (i, j)} centred at {@code (i, j)}; should a copy use 1-based coordinates, the crop
 * moves by one pixel, which its margin absorbs. Stored interleaved as {@code [x0, y0, x1, y1,
 * ...]}; the order of the points is the archive's 66-point AAM order
 * (this package only uses their bounding box).
 *
 * @param xy float[2 * 66], interleaved x y in pixels; copied in and out
 */
public record AamLandmarks(float[] xy) {

  /** Landmarks per frame in the UNBC AAM files. */
  public static final int COUNT = 66;

  /**
   * Validates and copies.
   *
   * @param xy see {@link #xy()}
   */
  public AamLandmarks {
    if (xy == null || xy.length != 2 * COUNT) {
      throw new IllegalArgumentException("need " + 2 * COUNT + " coordinates (66 x, y pairs)");
    }
    xy = xy.clone();
    for (float v : xy) {
      if (!Float.isFinite(v)) {
        throw new IllegalArgumentException("landmark coordinate not finite: " + v);
      }
    }
  }

  /**
   * The coordinates, a copy.
   *
   * @return float[132], interleaved x y in pixels
   */
  @Override
  public float[] xy() {
    return xy.clone();
  }

  /**
   * The x coordinate of one landmark.
   *
   * @param i landmark index 0..65
   * @return x in pixels (right)
   */
  public float x(int i) {
    return xy[2 * i];
  }

  /**
   * The y coordinate of one landmark.
   *
   * @param i landmark index 0..65
   * @return y in pixels (down)
   */
  public float y(int i) {
    return xy[2 * i + 1];
  }

  /**
   * The axis-aligned bounding box of the landmarks.
   *
   * @return {minX, minY, maxX, maxY} in pixels
   */
  public float[] bounds() {
    float minX = Float.POSITIVE_INFINITY;
    float minY = Float.POSITIVE_INFINITY;
    float maxX = Float.NEGATIVE_INFINITY;
    float maxY = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < COUNT; i++) {
      minX = Math.min(minX, xy[2 * i]);
      maxX = Math.max(maxX, xy[2 * i]);
      minY = Math.min(minY, xy[2 * i + 1]);
      maxY = Math.max(maxY, xy[2 * i + 1]);
    }
    return new float[] {minX, minY, maxX, maxY};
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AamLandmarks a && Arrays.equals(xy, a.xy);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(xy);
  }

  @Override
  public String toString() {
    float[] b = bounds();
    return "AamLandmarks[66 points, x " + b[0] + ".." + b[2] + ", y " + b[1] + ".." + b[3] + "]";
  }
}
