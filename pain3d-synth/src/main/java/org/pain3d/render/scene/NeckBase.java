package org.pain3d.render.scene;

/**
 * The loop where the face model's neck ends ({@link HeadAnchors#neckLoop}), seen from its
 * vertical axis: what sheets wrapped round the neck (a headscarf's wrap, the garment's yoke)
 * are laid out by. Azimuth {@code phi} is measured about +y, 0 towards +z (the front),
 * {@code pi / 2} towards +x; world cm.
 */
final class NeckBase {
  /** How far outside the axis horizontal rays onto the neck start, cm. */
  private static final double REACH_CM = 30;
  private final double[][] ring;
  /** The axis: the loop's centroid, x and z. */
  final double cx;
  final double cz;

  NeckBase(HeadContext h) {
    int[] loop = h.anchors.neckLoop();
    ring = new double[loop.length][];
    double[] axis = new double[3];
    for (int i = 0; i < loop.length; i++) {
      ring[i] = h.vertex(loop[i]);
      axis = Vec.addScaled(axis, ring[i], 1.0 / loop.length);
    }
    cx = axis[0];
    cz = axis[2];
  }

  /**
   * Returns the loop point that faces azimuth phi the most (the largest cosine between its
   * direction from the axis and phi's).
   *
   * @param phi azimuth, radians
   * @return the point, world cm (shared; do not modify)
   */
  double[] loopPoint(double phi) {
    double best = -2;
    double[] out = ring[0];
    for (double[] q : ring) {
      double cos = ((q[0] - cx) * Math.sin(phi) + (q[2] - cz) * Math.cos(phi)) / Math.hypot(q[0] - cx, q[2] - cz);
      if (cos > best) {
        best = cos;
        out = q;
      }
    }
    return out;
  }

  /** Returns a point's distance from the axis, cm. */
  double radius(double[] q) {
    return Math.hypot(q[0] - cx, q[2] - cz);
  }

  /**
   * Returns the distance from the axis to the skin at azimuth phi and height y, along a
   * horizontal ray cast inwards.
   *
   * @param ray the caster
   * @param phi azimuth, radians
   * @param y height, world cm
   * @return the radius, cm (0 when the ray misses)
   */
  double skinRadius(SkinRay ray, double phi, double y) {
    double[] d = {-Math.sin(phi), 0, -Math.cos(phi)};
    double[] hit = ray.cast(new double[] {cx - REACH_CM * d[0], y, cz - REACH_CM * d[2]}, d);
    return hit == null ? 0 : REACH_CM - hit[1];
  }
}
