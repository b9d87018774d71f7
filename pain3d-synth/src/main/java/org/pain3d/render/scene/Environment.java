package org.pain3d.render.scene;

import java.util.Arrays;

/**
 * A procedural environment (a room seen from the head) as distant radiance: ceiling,
 * walls and floor blended by height along the room's up axis, plus an optional bright
 * window. The diffuse light it casts is projected once onto order-2 spherical harmonics
 * ({@link #irradiance()}), the usual image-based lighting for Lambertian surfaces.
 *
 * <p>Colours are linear-sRGB radiance scales (as {@link Light}'s); directions are unit
 * vectors in the world frame of the head.
 *
 * @param up the room's up axis in the world frame (lying patients: +z), shape [3], unit
 * @param ceiling radiance straight up, linear RGB, shape [3], each in [0, 20]
 * @param walls radiance at the horizon, shape [3]
 * @param floor radiance straight down, shape [3]
 * @param window direction towards the window's centre, shape [3], unit
 * @param windowRadiance the window's radiance, shape [3] (zeros: no window)
 * @param windowRadiusDeg the window's angular radius, degrees, in [1, 90]
 */
public record Environment(double[] up, double[] ceiling, double[] walls, double[] floor,
    double[] window, double[] windowRadiance, double windowRadiusDeg) {
  private static final int SAMPLES = 1024;

  /** Validates shapes and ranges; copies the arrays. */
  public Environment {
    up = unit(up, "up");
    window = unit(window, "window");
    ceiling = colour(ceiling, "ceiling");
    walls = colour(walls, "walls");
    floor = colour(floor, "floor");
    windowRadiance = colour(windowRadiance, "window radiance");
    if (!(windowRadiusDeg >= 1 && windowRadiusDeg <= 90)) {
      throw new IllegalArgumentException("window radius out of [1, 90] degrees: " + windowRadiusDeg);
    }
  }

  /**
   * A grey uniform environment (every direction the same radiance).
   *
   * @param radiance the radiance, in [0, 20]
   * @return the environment
   */
  public static Environment uniform(double radiance) {
    double[] c = {radiance, radiance, radiance};
    return new Environment(new double[] {0, 1, 0}, c, c, c, new double[] {0, 0, 1}, new double[3], 10);
  }

  /**
   * The radiance arriving from a direction.
   *
   * @param x direction x, world frame (unit vector)
   * @param y direction y
   * @param z direction z
   * @param out receives linear RGB, shape [3]
   */
  public void radiance(double x, double y, double z, double[] out) {
    double h = x * up[0] + y * up[1] + z * up[2];
    double[] pole = h >= 0 ? ceiling : floor;
    double t = Math.pow(Math.abs(h), 0.7);
    double w = x * window[0] + y * window[1] + z * window[2];
    double cosR = Math.cos(Math.toRadians(windowRadiusDeg));
    double edge = Math.max(0, Math.min(1, (w - cosR) / Math.max(1e-6, 0.15 * (1 - cosR))));
    for (int k = 0; k < 3; k++) {
      out[k] = walls[k] + (pole[k] - walls[k]) * t + windowRadiance[k] * edge;
    }
  }

  /** Projects the environment's diffuse lighting onto spherical harmonics. */
  public ShIrradiance irradiance() {
    double[] l = new double[27];
    double[] rgb = new double[3];
    double[] y = new double[9];
    double golden = Math.PI * (3 - Math.sqrt(5));
    for (int i = 0; i < SAMPLES; i++) {
      double dy = 1 - (i + 0.5) * 2.0 / SAMPLES;
      double r = Math.sqrt(1 - dy * dy);
      double dx = r * Math.cos(golden * i);
      double dz = r * Math.sin(golden * i);
      radiance(dx, dy, dz, rgb);
      ShIrradiance.basis(dx, dy, dz, y);
      for (int c = 0; c < 3; c++) {
        for (int j = 0; j < 9; j++) {
          l[9 * c + j] += rgb[c] * y[j];
        }
      }
    }
    double w = 4 * Math.PI / SAMPLES;
    for (int j = 0; j < l.length; j++) {
      l[j] *= w;
    }
    return ShIrradiance.fromRadiance(l);
  }

  /** Equal when every component is equal (records compare arrays by reference otherwise). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Environment e && Arrays.equals(up, e.up) && Arrays.equals(ceiling, e.ceiling)
        && Arrays.equals(walls, e.walls) && Arrays.equals(floor, e.floor) && Arrays.equals(window, e.window)
        && Arrays.equals(windowRadiance, e.windowRadiance) && windowRadiusDeg == e.windowRadiusDeg;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new int[] {Arrays.hashCode(up), Arrays.hashCode(ceiling), Arrays.hashCode(walls),
      Arrays.hashCode(floor), Arrays.hashCode(window), Arrays.hashCode(windowRadiance),
      Double.hashCode(windowRadiusDeg)});
  }

  @Override
  public String toString() {
    return "Environment[up=" + Arrays.toString(up) + ", ceiling=" + Arrays.toString(ceiling) + ", walls="
        + Arrays.toString(walls) + ", floor=" + Arrays.toString(floor) + ", window=" + Arrays.toString(window)
        + ", windowRadiance=" + Arrays.toString(windowRadiance) + ", windowRadiusDeg=" + windowRadiusDeg + "]";
  }

  /** Returns a copy of the up axis. */
  @Override
  public double[] up() {
    return up.clone();
  }

  private static double[] unit(double[] v, String what) {
    if (v == null || v.length != 3) {
      throw new IllegalArgumentException(what + " must have 3 components");
    }
    double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    if (!(n > 1e-9) || !Double.isFinite(n)) {
      throw new IllegalArgumentException(what + " must be a non-zero finite vector");
    }
    return new double[] {v[0] / n, v[1] / n, v[2] / n};
  }

  private static double[] colour(double[] c, String what) {
    if (c == null || c.length != 3) {
      throw new IllegalArgumentException(what + " must have 3 components");
    }
    for (double v : c) {
      if (!(v >= 0 && v <= 20)) {
        throw new IllegalArgumentException(what + " component out of [0, 20]: " + v);
      }
    }
    return c.clone();
  }
}
