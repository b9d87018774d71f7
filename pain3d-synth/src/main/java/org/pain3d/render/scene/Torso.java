package org.pain3d.render.scene;

/**
 * Shoulders and chest below the head, dressed in a garment: a loft that starts (tucked just
 * inside) at the loop where the face model's neck ends and flares into a superelliptic chest
 * section, with the trapezius slope at the sides. Above the loop the garment is its {@link
 * Yoke}, which carries the neckline; the torso is cloth from the loop down.
 *
 * <p>Per column around the loop the profile runs outwards along the shoulder slope, rounds
 * the shoulder and drops vertically; rings sit at the same arc lengths of every column, cloth
 * thickness off the profile. Frame: world (head) cm; the torso twists about the vertical axis
 * through the neck by the garment's twist, fading in over the first 10 cm.
 */
final class Torso {
  private static final int UPSAMPLE = 2;
  private static final double[] CLOTH_ROWS = {0, 0.4, 0.9, 1.5, 2.2, 3, 4, 5.5, 7.5, 10, 14, 20, 30, 48};
  private static final double CLOTH_CM = 0.3;
  private static final int PROFILE = 160;

  private Torso() {}

  /**
   * Adds the torso.
   *
   * @param b the builder
   * @param head the head
   * @param g the garment and body
   */
  static void add(MeshBuilder b, HeadContext head, Garment g) {
    int[] loop = head.anchors.neckLoop();
    int m = loop.length * UPSAMPLE;
    double[][] base = new double[m][];
    for (int i = 0; i < loop.length; i++) {
      double[] a = head.vertex(loop[i]);
      double[] c = head.vertex(loop[(i + 1) % loop.length]);
      for (int k = 0; k < UPSAMPLE; k++) {
        base[i * UPSAMPLE + k] = Vec.lerp(a, c, k / (double) UPSAMPLE);
      }
    }
    double cx = 0;
    double cz = 0;
    for (double[] q : base) {
      cx += q[0] / m;
      cz += q[2] / m;
    }
    double[][][] profiles = new double[m][][];
    for (int j = 0; j < m; j++) {
      profiles[j] = profile(base[j], cx, cz, g);
    }
    double twist = Math.toRadians(g.twistDeg());
    int cloth = b.vertexCount();
    for (double d : CLOTH_ROWS) {
      ring(b, profiles, cx, cz, twist, d, CLOTH_CM, m);
    }
    b.grid(cloth, CLOTH_ROWS.length, m, true, true, PropMaterial.GARMENT);
  }

  /** Adds one ring: per column the profile point at arc length {@code s}, pushed out by {@code out}. */
  private static void ring(MeshBuilder b, double[][][] profiles, double cx, double cz, double twist, double s,
      double out, int m) {
    double around = 0;
    double[] prev = null;
    for (int j = 0; j < m; j++) {
      double[] q = at(profiles[j], s, out);
      double t = twist * Vec.smooth(s / 10);
      double dx = q[0] - cx;
      double dz = q[2] - cz;
      double x = cx + dx * Math.cos(t) + dz * Math.sin(t);
      double z = cz - dx * Math.sin(t) + dz * Math.cos(t);
      if (prev != null) {
        around += Math.hypot(x - prev[0], z - prev[2]);
      }
      prev = new double[] {x, q[1], z};
      b.vertex(x, q[1], z, around, s);
    }
  }

  /**
   * The profile of one column as a polyline of (x, y, z, arc length, outward normal x, y, z),
   * sampled densely; starts tucked 0.2 cm inside the neck and 0.4 cm above the loop.
   */
  private static double[][] profile(double[] p0, double cx, double cz, Garment g) {
    double ux = p0[0] - cx;
    double uz = p0[2] - cz;
    double r0 = Math.hypot(ux, uz);
    ux /= r0;
    uz /= r0;
    double n = 2.6;
    double rt = 1 / Math.pow(Math.pow(Math.abs(ux) / g.shoulderHalfWidthCm(), n)
        + Math.pow(Math.abs(uz) / g.chestHalfDepthCm(), n), 1 / n);
    rt = Math.max(rt, r0 + 1.5);
    double side = ux * ux;
    double slope = 1.25 + (0.34 - 1.25) * side;
    double run = rt - r0;
    double[] start = {r0 - 0.2, p0[1] + 0.4};
    double[] corner = {rt, p0[1] - slope * run};
    double[] s = {r0 + 0.65 * run, p0[1] - slope * 0.65 * run};
    double[] e = {rt, corner[1] - 0.45 * run - 1.5};
    double[][] rz = new double[PROFILE][];
    for (int i = 0; i < PROFILE; i++) {
      double t = i / (double) (PROFILE - 1);
      double r;
      double y;
      if (t < 0.3) {
        double a = t / 0.3;
        r = start[0] + (s[0] - start[0]) * a;
        y = start[1] + (s[1] - start[1]) * a;
      } else if (t < 0.55) {
        double a = (t - 0.3) / 0.25;
        double w0 = (1 - a) * (1 - a);
        double w1 = 2 * a * (1 - a);
        double w2 = a * a;
        r = w0 * s[0] + w1 * corner[0] + w2 * e[0];
        y = w0 * s[1] + w1 * corner[1] + w2 * e[1];
      } else {
        double a = (t - 0.55) / 0.45;
        r = e[0];
        y = e[1] - a * 60;
      }
      rz[i] = new double[] {r, y};
    }
    double[][] out = new double[PROFILE][];
    double arc = 0;
    for (int i = 0; i < PROFILE; i++) {
      if (i > 0) {
        arc += Math.hypot(rz[i][0] - rz[i - 1][0], rz[i][1] - rz[i - 1][1]);
      }
      int a = Math.max(0, i - 1);
      int c = Math.min(PROFILE - 1, i + 1);
      double tr = rz[c][0] - rz[a][0];
      double ty = rz[c][1] - rz[a][1];
      double tl = Math.hypot(tr, ty);
      // Outward normal in the (r, y) plane: the tangent turned towards +r.
      double nr = -ty / tl;
      double ny = tr / tl;
      out[i] = new double[] {cx + ux * rz[i][0], rz[i][1], cz + uz * rz[i][0], arc, nr * ux, ny, nr * uz};
    }
    return out;
  }

  /** The profile point at arc length s, pushed {@code out} cm along its normal. */
  private static double[] at(double[][] prof, double s, double out) {
    int i = 1;
    while (i < prof.length - 1 && prof[i][3] < s) {
      i++;
    }
    double[] a = prof[i - 1];
    double[] c = prof[i];
    double t = Math.max(0, Math.min(1, (s - a[3]) / Math.max(1e-9, c[3] - a[3])));
    double[] q = new double[3];
    for (int k = 0; k < 3; k++) {
      q[k] = a[k] + (c[k] - a[k]) * t + out * (a[4 + k] + (c[4 + k] - a[4 + k]) * t);
    }
    return q;
  }
}
