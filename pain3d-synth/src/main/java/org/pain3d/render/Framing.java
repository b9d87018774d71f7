package org.pain3d.render;

/**
 * Places an orbit camera so that a set of anchor vertices (for the face: the 68 landmarks)
 * fills the same fraction of the image for every identity and view.
 *
 * <p>The target is the centre of the anchors' bounding box (world cm) shifted up by
 * {@code upShift} times the box height (to include the forehead, which has no landmark);
 * the distance is chosen so that the anchors' bounding sphere (radius {@code r} around
 * the target) projects to {@code fill} times half the image height:
 * {@code distance = r / (fill * tan(fovY / 2))}. A larger face is thus seen from further
 * away and appears the same size.
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

  /** Returns the default face framing: 20 degree lens, landmarks fill 0.75, shift up 0.1. */
  public static Framing defaults() {
    return new Framing(20, 0.75, 0.1, 1.0);
  }

  /**
   * Builds the camera for one view.
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
    double r2 = 1e-6;
    for (int a : anchors) {
      double dx = positions[a * 3] - tx;
      double dy = positions[a * 3 + 1] - ty;
      double dz = positions[a * 3 + 2] - tz;
      r2 = Math.max(r2, dx * dx + dy * dy + dz * dz);
    }
    double distance = Math.sqrt(r2) / (fill * Math.tan(Math.toRadians(fovYDeg) * 0.5));
    return new Camera(width, height, fovYDeg, tx, ty, tz, distance, view, nearCm);
  }
}
