package org.pain3d.render.scene;

/**
 * Glasses built on the eye landmarks: two lenses (fans, translucent) about 1.3 cm in front
 * of the eyes with 8 degrees of face-form wrap and pantoscopic tilt, rims (tubes along the
 * lens outlines), a bridge over the nose and temples that run along the head to the top of
 * each ear. The whole frame moves forward until every outline point clears the skin.
 */
final class Glasses {
  private static final int OUTLINE = 40;
  private static final double VERTEX_DISTANCE_CM = 1.3;

  private Glasses() {}

  static void add(MeshBuilder b, HeadContext h, GlassesSpec g) {
    double[][] right = outline(h, g, false);
    double[][] left = outline(h, g, true);
    double push = 0;
    for (double[][] o : new double[][][] {left, right}) {
      for (double[] q : o) {
        double[] s = h.snap.outside(q, 0.35 + g.rimRadiusCm());
        push = Math.max(push, s[2] - q[2]);
      }
    }
    for (double[][] o : new double[][][] {left, right}) {
      for (double[] q : o) {
        q[2] += push;
      }
    }
    lens(b, left, true);
    lens(b, right, false);
    Tube.add(b, left, g.rimRadiusCm(), 6, true, PropMaterial.GLASSES_FRAME);
    Tube.add(b, right, g.rimRadiusCm(), 6, true, PropMaterial.GLASSES_FRAME);
    bridge(b, h, g, left, right);
    temple(b, h, g, left, true);
    temple(b, h, g, right, false);
  }

  /** The lens outline, counter-clockwise seen from the front; index 0 is the outer side. */
  private static double[][] outline(HeadContext h, GlassesSpec g, boolean left) {
    int outer = left ? 45 : 36;
    int inner = left ? 42 : 39;
    double[] o = h.lm(outer);
    double[] i = h.lm(inner);
    double eyeTop = Math.max(h.lm(left ? 43 : 37)[1], h.lm(left ? 44 : 38)[1]);
    double eyeBottom = Math.min(h.lm(left ? 46 : 41)[1], h.lm(left ? 47 : 40)[1]);
    double cx = 0.5 * (o[0] + i[0]) + (left ? 0.15 : -0.15);
    double cy = 0.5 * (eyeTop + eyeBottom) + 0.2;
    double cz = Math.max(o[2], i[2]) + VERTEX_DISTANCE_CM + 0.4;
    double wrap = Math.toRadians(left ? -8 : 8);
    double tilt = Math.toRadians(8);
    double[] ex = {Math.cos(wrap), 0, -Math.sin(wrap)};
    double[] ey = {0, Math.cos(tilt), Math.sin(tilt)};
    double n = switch (g.shape()) {
      case RECTANGULAR -> 4.5;
      case ROUND, OVAL -> 2;
    };
    double hw = g.lensHalfWidthCm();
    double hh = g.shape() == FrameShape.ROUND ? hw * 0.92 : g.lensHalfHeightCm();
    double[][] out = new double[OUTLINE][];
    for (int k = 0; k < OUTLINE; k++) {
      double a = 2 * Math.PI * k / OUTLINE;
      double ca = Math.cos(a);
      double sa = Math.sin(a);
      double r = 1 / Math.pow(Math.pow(Math.abs(ca) / hw, n) + Math.pow(Math.abs(sa) / hh, n), 1 / n);
      // Outer side first; counter-clockwise seen from the front for both lenses.
      double sx = (left ? 1 : -1) * r * ca;
      double sy = (left ? 1 : -1) * r * sa;
      double[] q = {cx + sx * ex[0], cy + sx * ex[1] + sy * ey[1], cz + sx * ex[2] + sy * ey[2]};
      out[k] = q;
    }
    return out;
  }

  private static void lens(MeshBuilder b, double[][] outline, boolean left) {
    double[] c = new double[3];
    for (double[] q : outline) {
      for (int k = 0; k < 3; k++) {
        c[k] += q[k] / outline.length;
      }
    }
    int centre = b.vertex(c[0], c[1], c[2], 0, 0);
    int first = b.vertexCount();
    for (double[] q : outline) {
      b.vertex(q[0], q[1], q[2], q[0] - c[0], q[1] - c[1]);
    }
    for (int k = 0; k < outline.length; k++) {
      b.triangle(centre, first + k, first + (k + 1) % outline.length, PropMaterial.GLASSES_LENS);
    }
  }

  /**
   * The outline point nearest to an angle in turns: 0 is the outer side; positive turns go
   * up on the left lens and down on the right one (mirror with negative turns).
   */
  private static double[] point(double[][] outline, double turns) {
    int k = (int) Math.round(turns * outline.length) % outline.length;
    return outline[(k + outline.length) % outline.length];
  }

  private static void bridge(MeshBuilder b, HeadContext h, GlassesSpec g, double[][] left, double[][] right) {
    double[] a = point(right, -0.42);
    double[] c = point(left, 0.42);
    double[] m = Vec.lerp(a, c, 0.5);
    m[1] += 0.25;
    m = h.snap.outside(m, 0.25 + g.rimRadiusCm());
    double[][] path = Vec.spline(new double[][] {a, m, c}, 8);
    Tube.add(b, path, g.rimRadiusCm() * 1.1, 6, false, PropMaterial.GLASSES_FRAME);
  }

  private static void temple(MeshBuilder b, HeadContext h, GlassesSpec g, double[][] lens, boolean left) {
    double side = left ? 1 : -1;
    double[] hinge = point(lens, left ? 0.06 : -0.06);
    double[] ear = h.vertex(h.anchors.earTop(left));
    double[] p1 = {hinge[0] + side * 0.4, hinge[1], hinge[2] - 1.0};
    double[] p2 = {Vec.lerp(p1, ear, 0.5)[0] + side * 0.3, Vec.lerp(p1, ear, 0.5)[1] + 0.2, Vec.lerp(p1, ear, 0.5)[2]};
    double[] p3 = {ear[0] - side * 0.35, ear[1] + 0.25, ear[2]};
    double[] p4 = {ear[0] - side * 0.6, ear[1] - 1.2, ear[2] - 1.2};
    double[][] path = Vec.spline(new double[][] {hinge, p1, p2, p3, p4}, 6);
    double clearance = g.rimRadiusCm() + 0.08;
    for (int i = 1; i < path.length; i++) {
      path[i] = h.snap.outside(path[i], clearance);
    }
    Tube.add(b, path, g.rimRadiusCm() * 1.15, 6, false, PropMaterial.GLASSES_FRAME);
  }
}
