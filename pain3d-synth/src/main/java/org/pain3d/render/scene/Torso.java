package org.pain3d.render.scene;

/**
 * Neck base, shoulders and chest below the head, dressed in a garment: a loft that starts
 * (tucked just inside) at the loop where the face model's neck ends and flares into a
 * superelliptic chest section, with the trapezius slope at the sides.
 *
 * <p>Per column around the loop the profile runs outwards along the shoulder slope, rounds
 * the shoulder and drops vertically; rings sit at the same arc lengths of every column, the
 * neckline is a ring (so its edge is smooth) and the garment starts there with a small lip
 * of cloth thickness. Frame: world (head) cm; the torso twists about the vertical axis
 * through the neck by the garment's twist, fading in over the first 10 cm.
 */
final class Torso {
  private static final int UPSAMPLE = 2;
  private static final double[] SKIN_ROWS = {0, 0.34, 0.67, 1};
  private static final double[] CLOTH_ROWS = {0, 0.4, 0.9, 1.5, 2.2, 3, 4, 5.5, 7.5, 10, 14, 20, 30, 48};
  private static final double CLOTH_CM = 0.3;
  private static final int PROFILE = 160;

  private Torso() {}

  /** Neckline drop below the neck loop, cm, at a column facing {@code front} = cos(angle from +z). */
  static double neckline(GarmentType type, double front) {
    double f = Math.max(0, front);
    return switch (type) {
      case T_SHIRT -> 0.6 + 1.4 * Math.pow(f, 3);
      case SWEATER -> 0.3 + 0.8 * Math.pow(f, 3);
      case COLLARED_SHIRT -> 1.0 + 8.0 * Math.pow(f, 14);
      case HOSPITAL_GOWN -> 2.2 + 4.0 * Math.pow(f, 2);
    };
  }

  /** Width of the neck band or trim, cm. */
  static double band(GarmentType type) {
    return switch (type) {
      case T_SHIRT -> 1.4;
      case SWEATER -> 2.6;
      case COLLARED_SHIRT -> 0.0;
      case HOSPITAL_GOWN -> 1.0;
    };
  }

  /**
   * Adds the torso.
   *
   * @param b the builder
   * @param head the head
   * @param g the garment and body
   * @param neckMaterial the material above the neckline (skin, or a headscarf over it)
   * @return per column (M = 4 x loop size), the garment's first-ring vertex (for a collar)
   */
  static int[] add(MeshBuilder b, HeadContext head, Garment g, PropMaterial neckMaterial) {
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
    double[] necklines = new double[m];
    for (int j = 0; j < m; j++) {
      profiles[j] = profile(base[j], cx, cz, g);
      double ux = base[j][0] - cx;
      double uz = base[j][2] - cz;
      necklines[j] = neckline(g.type(), uz / Math.hypot(ux, uz));
    }
    double twist = Math.toRadians(g.twistDeg());
    int skin = b.vertexCount();
    for (double f : SKIN_ROWS) {
      ring(b, profiles, necklines, cx, cz, twist, j -> f * necklines[j], 0, m);
    }
    b.grid(skin, SKIN_ROWS.length, m, true, true, neckMaterial);
    // The lip: from the skin at the neckline out to the cloth surface.
    int lip = b.vertexCount();
    ring(b, profiles, necklines, cx, cz, twist, j -> necklines[j], 0, m);
    int cloth = b.vertexCount();
    double band = band(g.type());
    for (double d : CLOTH_ROWS) {
      ring(b, profiles, necklines, cx, cz, twist, j -> necklines[j] + d, CLOTH_CM, m);
    }
    int first = b.triangleCount();
    b.grid(lip, 2, m, true, true, PropMaterial.GARMENT_TRIM);
    for (int r = 0; r + 1 < CLOTH_ROWS.length; r++) {
      PropMaterial mat = CLOTH_ROWS[r + 1] <= band + 1e-9 ? PropMaterial.GARMENT_TRIM : PropMaterial.GARMENT;
      b.grid(cloth + r * m, 2, m, true, true, mat);
    }
    assert b.triangleCount() > first;
    int[] firstRing = new int[m];
    for (int j = 0; j < m; j++) {
      firstRing[j] = cloth + j;
    }
    return firstRing;
  }

  private interface Drop {
    double at(int column);
  }

  /** Adds one ring: per column the profile point at arc length {@code drop}, pushed out by {@code out}. */
  private static void ring(MeshBuilder b, double[][][] profiles, double[] necklines, double cx, double cz,
      double twist, Drop drop, double out, int m) {
    double around = 0;
    double[] prev = null;
    for (int j = 0; j < m; j++) {
      double s = drop.at(j);
      double[] q = at(profiles[j], s, out);
      double t = twist * smooth(s / 10);
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

  private static double smooth(double t) {
    double c = Math.max(0, Math.min(1, t));
    return c * c * (3 - 2 * c);
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
