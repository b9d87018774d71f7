package org.pain3d.render.scene;

/**
 * A nasal cannula: two prongs into the nostrils from a piece under the nose, tubing along
 * both cheeks, over and behind the ears, down along the jaw to a slider under the chin,
 * and one tube hanging down from there. Points are placed from the landmarks and ear
 * anchors and snapped off the skin. Rigid (built on the neutral head).
 */
final class Cannula {
  static final double RADIUS_CM = 0.22;

  private Cannula() {}

  static void add(MeshBuilder b, HeadContext h) {
    double[] base = h.lm(33);
    double[] chin = h.lm(8);
    double clearance = RADIUS_CM + 0.06;
    for (double side : new double[] {-1, 1}) {
      double[] prongBase = {side * 0.55, base[1] - 0.35, base[2] - 0.1};
      double[] prongTip = {side * 0.55, base[1] + 0.25, base[2] - 0.9};
      Tube.add(b, new double[][] {h.snap.outside(prongBase, clearance), prongTip}, 0.12, 5, false,
          PropMaterial.CANNULA);
    }
    double[][] piece = new double[7][];
    for (int i = 0; i < piece.length; i++) {
      double x = -1.8 + 3.6 * i / (piece.length - 1);
      piece[i] = h.snap.outside(new double[] {x, base[1] - 0.45, base[2] - 0.2 - 0.25 * x * x}, clearance);
    }
    Tube.add(b, Vec.spline(piece, 3), RADIUS_CM, 6, false, PropMaterial.CANNULA);
    for (boolean left : new boolean[] {true, false}) {
      Tube.add(b, side(h, piece[left ? piece.length - 1 : 0], chin, left, clearance), RADIUS_CM, 6, false,
          PropMaterial.CANNULA);
    }
    double[] slider = {0, chin[1] - 4.2, chin[2] - 3.2};
    double[][] hang = Vec.spline(new double[][] {slider, {0.3, chin[1] - 9, chin[2] - 2.5},
      {1.5, chin[1] - 30, chin[2]}}, 6);
    Tube.add(b, hang, RADIUS_CM * 1.1, 6, false, PropMaterial.CANNULA);
  }

  private static double[][] side(HeadContext h, double[] start, double[] chin, boolean left, double clearance) {
    double s = left ? 1 : -1;
    double[] cheek = h.lm(left ? 13 : 3);
    double[] top = h.vertex(h.anchors.earTop(left));
    double[] lobe = h.vertex(h.anchors.earLobe(left));
    double[][] pts = {
      start,
      {s * 3.2, start[1] - 0.3, start[2] - 1.3},
      {cheek[0] + s * 0.2, cheek[1] + 1.6, cheek[2] + 0.5},
      {top[0] + s * 0.1, top[1] - 1.0, top[2] + 1.3},
      {top[0] + s * 0.05, top[1] + 0.45, top[2] - 0.3},
      {top[0] - s * 0.4, top[1] - 0.6, top[2] - 1.4},
      {lobe[0] - s * 0.6, lobe[1] - 1.4, lobe[2] - 1.2},
      {s * 5.5, chin[1] - 1.5, chin[2] - 6.5},
      {s * 1.8, chin[1] - 3.5, chin[2] - 3.8},
      {0, chin[1] - 4.2, chin[2] - 3.2}
    };
    double[][] path = Vec.spline(pts, 5);
    for (int i = 1; i < path.length; i++) {
      path[i] = h.snap.outside(path[i], clearance);
    }
    return path;
  }
}
