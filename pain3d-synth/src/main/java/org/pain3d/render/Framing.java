package org.pain3d.render;

/**
 * Places an orbit camera so that a set of anchor vertices (for the face: the 68 landmarks)
 * fills the same fraction of the image for every identity and view.
 *
 * <p>The target is the centre of the anchors' bounding box (world cm) shifted up by
 * {@code upShift} times the box height (to include the forehead, which has no landmark);
 * the orbit distance is the smallest at which every anchor projects within {@code fill}
 * times half the image height of the image centre (exact under perspective, for the given
 * view). A larger face is thus seen from further away and appears the same size, and the
 * farthest landmark from the centre always lands at the same pixel radius.
 *
 * @param fovYDeg vertical field of view, degrees, in (0, 170)
 * @param fill fraction of the half image height covered by the anchor sphere, in (0, 2]
 * @param upShift target shift up, as a fraction of the anchors' box height, in [-1, 1]
 * @param nearCm near clipping distance, cm, positive
 */
public record Framing(double fovYDeg, double fill, double upShift, double nearCm) {

  /** Validates the parameters. */
  public Framing {
    if (!(fovYDeg > 0 && fovYDeg < 170) || !(fill > 0 && fill <= 2)
        || !(Math.abs(upShift) <= 1) || !(nearCm > 0)) {
      throw new IllegalArgumentException(
          "bad framing: fov " + fovYDeg + ", fill " + fill + ", upShift " + upShift + ", near " + nearCm);
    }
  }

  /** Returns the default face framing: 20 degree lens, landmarks fill 0.7, shift up 0.1. */
  public static Framing defaults() {
    return new Framing(20, 0.7, 0.1, 1.0);
  }

  /**
   * Builds the camera for one view (the distance depends on the view; the target does not).
   *
   * @param positions vertex positions, shape [n * 3], world cm
   * @param anchors indices of the anchor vertices (at least one)
   * @param view the viewpoint
   * @param width image width, pixels
   * @param height image height, pixels
   * @return the camera
   */
  public Camera camera(float[] positions, int[] anchors, View view, int width, int height) {
    if (anchors.length == 0) {
      throw new IllegalArgumentException("no anchor vertices");
    }
    double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (int a : anchors) {
      for (int k = 0; k < 3; k++) {
        double v = positions[a * 3 + k];
        lo[k] = Math.min(lo[k], v);
        hi[k] = Math.max(hi[k], v);
      }
    }
    double tx = 0.5 * (lo[0] + hi[0]);
    double ty = 0.5 * (lo[1] + hi[1]) + upShift * (hi[1] - lo[1]);
    double tz = 0.5 * (lo[2] + hi[2]);
    // Distance at which the farthest anchor from the view axis projects exactly at fill x half
    // the image height: anchor k, at depth offset d_k towards the camera and radius r_k from
    // the axis, needs distance >= r_k / (fill tan(fov / 2)) + d_k.
    double[] r = view.cameraToWorld();
    double k = fill * Math.tan(Math.toRadians(fovYDeg) * 0.5);
    double distance = 1e-3;
    for (int a : anchors) {
      double dx = positions[a * 3] - tx;
      double dy = positions[a * 3 + 1] - ty;
      double dz = positions[a * 3 + 2] - tz;
      double along = dx * r[2] + dy * r[5] + dz * r[8];
      double px = dx - along * r[2];
      double py = dy - along * r[5];
      double pz = dz - along * r[8];
      distance = Math.max(distance, Math.sqrt(px * px + py * py + pz * pz) / k + along);
    }
    return new Camera(width, height, fovYDeg, tx, ty, tz, distance, view, nearCm);
  }
}
