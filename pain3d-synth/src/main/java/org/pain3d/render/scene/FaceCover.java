package org.pain3d.render.scene;

/**
 * Masks over mouth and nose, laid on the skin with {@link SkinGrid}:
 *
 * <ul>
 *   <li>a face mask (surgical or cloth): from the nose bridge down to just under the jaw
 *       line and out to the cheeks, draped over the hollows beside the nose, both sides
 *       drawn, following the skin per pose, with elastic loops around the ears;
 *   <li>an oxygen mask: a pear-shaped clear dome over nose and mouth (rigid), an opaque rim,
 *       an elastic strap around the back of the head above the ears and the tubing.
 * </ul>
 */
final class FaceCover {
  private FaceCover() {}

  static void add(MeshBuilder b, HeadContext h, MouthCoverSpec spec, FollowerBuilder follow) {
    if (spec.kind() == MouthCoverKind.OXYGEN_MASK) {
      oxygen(b, h);
    } else {
      faceMask(b, h, follow);
    }
  }

  /** Jaw line height at x (landmarks 2..14 interpolated), cm. */
  private static double jawY(HeadContext h, double x) {
    double[] prev = h.lm(2);
    for (int i = 3; i <= 14; i++) {
      double[] q = h.lm(i);
      if (x <= q[0]) {
        double t = (x - prev[0]) / Math.max(1e-6, q[0] - prev[0]);
        return prev[1] + (q[1] - prev[1]) * Math.max(0, Math.min(1, t));
      }
      prev = q;
    }
    return prev[1];
  }

  private static void faceMask(MeshBuilder b, HeadContext h, FollowerBuilder follow) {
    double zAxis = h.lm(0)[2] - 4.5;
    double xSide = 0.5 * (h.lm(14)[0] - h.lm(2)[0]);
    double phiMax = Math.atan2(xSide, 0.5 * (h.lm(2)[2] + h.lm(14)[2]) - zAxis) + Math.toRadians(4);
    double top = h.lm(28)[1] - 0.3;
    double side = 0.5 * (h.lm(2)[1] + h.lm(14)[1]) + 0.4;
    SkinGrid.Rays rays = new SkinGrid.Rays() {
      @Override
      public double[] origin(double s, double t) {
        double phi = (2 * s - 1) * phiMax;
        double a = Math.pow(Math.abs(2 * s - 1), 2.2);
        double yTop = top + (side - top) * a;
        double yBottom = jawY(h, xSide * Math.sin(phi) / Math.sin(phiMax)) - 0.9 * (1 - a) - 0.1;
        double y = yBottom + (yTop - yBottom) * t;
        return new double[] {30 * Math.sin(phi), y, zAxis + 30 * Math.cos(phi)};
      }

      @Override
      public double[] direction(double s, double t) {
        double phi = (2 * s - 1) * phiMax;
        return new double[] {-Math.sin(phi), 0, -Math.cos(phi)};
      }

      @Override
      public double offset(double s, double t) {
        double e = Math.min(Math.min(s, 1 - s), Math.min(t, 1 - t));
        return 0.08 + 0.25 * Math.min(1, e * 8);
      }
    };
    SkinRay ray = new SkinRay(h, new double[] {-xSide - 2, jawY(h, 0) - 4, zAxis}, new double[] {xSide + 2, top + 2, 20});
    SkinGrid.Cast g = SkinGrid.cast(h, ray, rays, 24, 48, 60, false, 2);
    int tri = b.triangleCount();
    int first = SkinGrid.add(b, h, g, 2 * xSide, top - jawY(h, 0), PropMaterial.FACE_MASK, follow);
    follow.duplicate(b.doubleSided(tri));
    for (boolean left : new boolean[] {true, false}) {
      int col = left ? g.cols - 1 : 0;
      double[] upper = g.lifted[(g.rows - 2) * g.cols + col];
      double[] lower = g.lifted[g.cols + col];
      earLoop(b, h, upper, lower, left, first);
    }
  }

  /** An elastic loop from the mask's upper side corner around the ear to its lower one. */
  private static void earLoop(MeshBuilder b, HeadContext h, double[] upper, double[] lower, boolean left,
      int unused) {
    double side = left ? 1 : -1;
    double[] top = h.vertex(h.anchors.earTop(left));
    double[] lobe = h.vertex(h.anchors.earLobe(left));
    double[][] pts = {
      upper,
      {top[0] + side * 0.2, top[1] + 0.3, top[2] + 0.6},
      {top[0] - side * 0.3, top[1] + 0.2, top[2] - 0.9},
      {lobe[0] - side * 0.5, lobe[1] - 0.3, lobe[2] - 1.0},
      {lobe[0] + side * 0.1, lobe[1] - 0.4, lobe[2] + 0.6},
      lower
    };
    double[][] path = Vec.spline(pts, 6);
    for (int i = 1; i + 1 < path.length; i++) {
      path[i] = h.snap.outside(path[i], 0.12);
    }
    Tube.add(b, path, 0.08, 5, false, PropMaterial.FACE_MASK_LOOPS);
  }

  private static void oxygen(MeshBuilder b, HeadContext h) {
    double yTop = h.lm(28)[1] + 0.2;
    double yBottom = h.lm(8)[1] + 1.0;
    double front = h.lm(30)[2] + 10;
    SkinGrid.Rays rays = new SkinGrid.Rays() {
      @Override
      public double[] origin(double s, double t) {
        double half = 4.4 * Math.pow(Math.sin(Math.PI * (0.04 + 0.92 * t)), 0.7) * (1.12 - 0.45 * t);
        return new double[] {(2 * s - 1) * half, yBottom + (yTop - yBottom) * t, front};
      }

      @Override
      public double[] direction(double s, double t) {
        return new double[] {0, 0, -1};
      }

      @Override
      public double offset(double s, double t) {
        double r = Math.pow(2 * s - 1, 2) + Math.pow(2 * t - 1, 2);
        return 0.25 + 1.6 * Math.max(0, 1 - 0.5 * r);
      }
    };
    SkinRay ray = new SkinRay(h, new double[] {-6, yBottom - 2, 0}, new double[] {6, yTop + 2, 20});
    SkinGrid.Cast g = SkinGrid.cast(h, ray, rays, 18, 18, 0);
    dome(g, 0.9);
    SkinGrid.add(b, h, g, 9, yTop - yBottom, PropMaterial.OXYGEN_MASK, null);
    double[][] rim = new double[2 * (g.rows + g.cols) - 4][];
    int k = 0;
    for (int c = 0; c < g.cols; c++) {
      rim[k++] = g.lifted[c];
    }
    for (int r = 1; r < g.rows; r++) {
      rim[k++] = g.lifted[r * g.cols + g.cols - 1];
    }
    for (int c = g.cols - 2; c >= 0; c--) {
      rim[k++] = g.lifted[(g.rows - 1) * g.cols + c];
    }
    for (int r = g.rows - 2; r >= 1; r--) {
      rim[k++] = g.lifted[r * g.cols];
    }
    Tube.add(b, dedupe(rim), 0.22, 6, true, PropMaterial.OXYGEN_MASK_PARTS);
    strap(b, h, g.lifted[(g.rows / 2) * g.cols], g.lifted[(g.rows / 2) * g.cols + g.cols - 1]);
    double[] bottom = g.lifted[g.cols / 2];
    double[][] hose = Vec.spline(new double[][] {
      Vec.add(bottom, Vec.of(0, 0.2, 0.4)), Vec.add(bottom, Vec.of(0, -2.5, 1.5)),
      Vec.add(bottom, Vec.of(0.5, -9, 3)), Vec.add(bottom, Vec.of(2, -30, 4))}, 6);
    Tube.add(b, hose, 0.55, 8, false, PropMaterial.OXYGEN_MASK_PARTS);
  }

  /**
   * Replaces the interior of a cast sheet by a smooth dome over the plane of its edge: depth
   * {@code D (1 - u^2)(1 - v^2)} (u, v in [-1, 1] across the grid), D the least that keeps
   * every point {@code clearance} cm in front of the skin.
   */
  private static void dome(SkinGrid.Cast g, double clearance) {
    int n = 0;
    double[][] ata = new double[3][3];
    double[] atb = new double[3];
    for (int i = 0; i < g.lifted.length; i++) {
      int r = i / g.cols;
      int c = i % g.cols;
      if (r == 0 || c == 0 || r == g.rows - 1 || c == g.cols - 1) {
        double[] q = g.lifted[i];
        double[] a = {q[0], q[1], 1};
        for (int j = 0; j < 3; j++) {
          for (int k = 0; k < 3; k++) {
            ata[j][k] += a[j] * a[k];
          }
          atb[j] += a[j] * q[2];
        }
        n++;
      }
    }
    double[] plane = solve3(ata, atb);
    double depth = 0;
    for (int i = 0; i < g.lifted.length; i++) {
      double bump = bump(g, i);
      if (bump > 0.05) {
        double[] q = g.surface[i];
        double z0 = plane[0] * q[0] + plane[1] * q[1] + plane[2];
        depth = Math.max(depth, (q[2] + clearance - z0) / bump);
      }
    }
    for (int i = 0; i < g.lifted.length; i++) {
      double[] q = g.lifted[i];
      double bump = bump(g, i);
      if (bump > 0) {
        double z0 = plane[0] * q[0] + plane[1] * q[1] + plane[2];
        g.lifted[i] = new double[] {q[0], q[1], Math.max(q[2], z0 + depth * bump)};
      }
    }
    assert n > 3;
  }

  private static double bump(SkinGrid.Cast g, int i) {
    double u = 2.0 * (i % g.cols) / (g.cols - 1) - 1;
    double v = 2.0 * (i / g.cols) / (g.rows - 1) - 1;
    return (1 - u * u) * (1 - v * v);
  }

  /** Solves a 3x3 system by Cramer's rule. */
  private static double[] solve3(double[][] a, double[] b) {
    double det = det3(a);
    double[] x = new double[3];
    for (int k = 0; k < 3; k++) {
      double[][] m = {a[0].clone(), a[1].clone(), a[2].clone()};
      for (int j = 0; j < 3; j++) {
        m[j][k] = b[j];
      }
      x[k] = det3(m) / det;
    }
    return x;
  }

  private static double det3(double[][] m) {
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  }

  private static double[][] dedupe(double[][] pts) {
    java.util.List<double[]> out = new java.util.ArrayList<>();
    for (double[] q : pts) {
      if (out.isEmpty() || Vec.length(Vec.sub(q, out.get(out.size() - 1))) > 1e-3) {
        out.add(q);
      }
    }
    return out.toArray(new double[0][]);
  }

  /** The elastic strap: from the mask's sides above the ears around the back of the head. */
  private static void strap(MeshBuilder b, HeadContext h, double[] right, double[] left) {
    double[] lt = h.vertex(h.anchors.earTop(true));
    double[] rt = h.vertex(h.anchors.earTop(false));
    double back = -9.5;
    double[][] pts = {
      right,
      {rt[0] + 0.3, rt[1] + 1.0, rt[2] + 2.5},
      {rt[0] + 0.4, rt[1] + 1.6, rt[2] - 0.5},
      {rt[0] * 0.7, rt[1] + 2.0, back + 2.5},
      {0, rt[1] + 2.2, back},
      {lt[0] * 0.7, lt[1] + 2.0, back + 2.5},
      {lt[0] - 0.4, lt[1] + 1.6, lt[2] - 0.5},
      {lt[0] - 0.3, lt[1] + 1.0, lt[2] + 2.5},
      left
    };
    double[][] path = Vec.spline(pts, 6);
    for (int i = 1; i + 1 < path.length; i++) {
      path[i] = h.snap.outside(path[i], 0.18);
    }
    Tube.add(b, path, 0.14, 5, false, PropMaterial.OXYGEN_MASK_PARTS);
  }
}
