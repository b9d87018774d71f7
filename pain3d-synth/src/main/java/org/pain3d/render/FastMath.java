package org.pain3d.render;

/** Cheap approximations for procedural patterns, where exactness does not matter. */
public final class FastMath {
  private FastMath() {}

  /**
   * atan2 with an error below 0.005 rad (a polynomial on the octant), 0 at the origin.
   *
   * @param y the ordinate
   * @param x the abscissa
   * @return the angle in radians, in [-pi, pi]
   */
  public static float atan2(float y, float x) {
    float ax = Math.abs(x);
    float ay = Math.abs(y);
    float a = Math.min(ax, ay) / Math.max(Math.max(ax, ay), 1e-12f);
    float s = a * a;
    float r = ((-0.0464964749f * s + 0.15931422f) * s - 0.327622764f) * s * a + a;
    if (ay > ax) {
      r = 1.57079637f - r;
    }
    if (x < 0) {
      r = 3.14159274f - r;
    }
    return y < 0 ? -r : r;
  }
}
