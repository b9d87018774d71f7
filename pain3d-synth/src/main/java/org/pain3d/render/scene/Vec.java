package org.pain3d.render.scene;

/** Small 3-vector helpers on {@code double[3]} (world frame, cm). */
final class Vec {
  private Vec() {}

  static double[] of(double x, double y, double z) {
    return new double[] {x, y, z};
  }

  static double[] add(double[] a, double[] b) {
    return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
  }

  static double[] sub(double[] a, double[] b) {
    return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
  }

  static double[] scale(double[] a, double s) {
    return new double[] {a[0] * s, a[1] * s, a[2] * s};
  }

  /** a + s * b */
  static double[] addScaled(double[] a, double[] b, double s) {
    return new double[] {a[0] + s * b[0], a[1] + s * b[1], a[2] + s * b[2]};
  }

  static double[] lerp(double[] a, double[] b, double t) {
    return new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t};
  }

  static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }

  static double[] cross(double[] a, double[] b) {
    return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
  }

  static double length(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  static double[] normalize(double[] a) {
    double l = length(a);
    return l > 1e-12 ? scale(a, 1 / l) : new double[] {0, 0, 1};
  }

  /** Smoothstep of t clamped to [0, 1]: 0 below 0, 1 above 1, {@code 3t^2 - 2t^3} between. */
  static double smooth(double t) {
    double c = Math.max(0, Math.min(1, t));
    return c * c * (3 - 2 * c);
  }

  /** Mirrors x (the subject's left to right). */
  static double[] mirror(double[] a) {
    return new double[] {-a[0], a[1], a[2]};
  }

  /** Uniform Catmull-Rom spline through points, {@code perSegment} samples per segment. */
  static double[][] spline(double[][] pts, int perSegment) {
    int n = pts.length;
    double[][] out = new double[(n - 1) * perSegment + 1][];
    int o = 0;
    for (int i = 0; i + 1 < n; i++) {
      double[] p0 = pts[Math.max(0, i - 1)];
      double[] p1 = pts[i];
      double[] p2 = pts[i + 1];
      double[] p3 = pts[Math.min(n - 1, i + 2)];
      for (int s = 0; s < perSegment; s++) {
        double t = s / (double) perSegment;
        double t2 = t * t;
        double t3 = t2 * t;
        double[] q = new double[3];
        for (int k = 0; k < 3; k++) {
          q[k] = 0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
              + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3);
        }
        out[o++] = q;
      }
    }
    out[o] = pts[n - 1].clone();
    return out;
  }
}
