package org.pain3d.render.scene;

/**
 * Keeps points off the skin: a point closer to the head than a clearance (measured along
 * the normal of its nearest skin vertex) is pushed out to that clearance. Paths of tubes
 * and straps are drawn through rough anatomical points and then snapped, so they lie on the
 * skin of every head without cutting into it.
 */
final class SurfaceSnap {
  private final float[] p;
  private final float[] n;
  private final int[] skin;

  /**
   * @param positions head positions, shape [V * 3], cm
   * @param normals unit vertex normals, shape [V * 3]
   * @param anchors which vertices are skin
   */
  SurfaceSnap(float[] positions, float[] normals, HeadAnchors anchors) {
    this.p = positions;
    this.n = normals;
    int count = 0;
    int[] all = new int[positions.length / 3];
    for (int v = 0; v < all.length; v++) {
      if (anchors.isSkin(v)) {
        all[count++] = v;
      }
    }
    this.skin = java.util.Arrays.copyOf(all, count);
  }

  /** Returns the skin vertex nearest to a point. */
  int nearest(double[] q) {
    int best = -1;
    double bd = Double.MAX_VALUE;
    for (int v : skin) {
      double dx = p[3 * v] - q[0];
      double dy = p[3 * v + 1] - q[1];
      double dz = p[3 * v + 2] - q[2];
      double d = dx * dx + dy * dy + dz * dz;
      if (d < bd) {
        bd = d;
        best = v;
      }
    }
    return best;
  }

  /**
   * Pushes a point out to at least {@code clearance} above the skin.
   *
   * @param q the point, world cm
   * @param clearance cm
   * @return the snapped point (a new array)
   */
  double[] outside(double[] q, double clearance) {
    return within(q, clearance, Double.POSITIVE_INFINITY);
  }

  /**
   * Moves a point along the normal of its nearest skin vertex into a band of heights above
   * that vertex's tangent plane: a point inside or too close comes out to {@code low}, one
   * floating higher than {@code high} off a curved body comes down to it; the point keeps its
   * place along the surface.
   *
   * @param q the point, world cm
   * @param low least height above the skin's tangent plane, cm
   * @param high greatest height, cm (at least low)
   * @return the moved point (a new array)
   */
  double[] within(double[] q, double low, double high) {
    int v = nearest(q);
    double[] nv = {n[3 * v], n[3 * v + 1], n[3 * v + 2]};
    double h = (q[0] - p[3 * v]) * nv[0] + (q[1] - p[3 * v + 1]) * nv[1] + (q[2] - p[3 * v + 2]) * nv[2];
    return Vec.addScaled(q, nv, Math.max(low, Math.min(high, h)) - h);
  }

  /**
   * Places a point on the skin at a height above it: the nearest skin vertex plus its
   * normal times {@code height}.
   *
   * @param q the rough point
   * @param height cm above the skin
   * @return the point
   */
  double[] onto(double[] q, double height) {
    int v = nearest(q);
    return new double[] {p[3 * v] + height * n[3 * v], p[3 * v + 1] + height * n[3 * v + 1],
        p[3 * v + 2] + height * n[3 * v + 2]};
  }

  /** Returns the unit normal of the skin vertex nearest to a point. */
  double[] normalNear(double[] q) {
    int v = nearest(q);
    return new double[] {n[3 * v], n[3 * v + 1], n[3 * v + 2]};
  }

  /**
   * Snaps every point of a path out to a clearance.
   *
   * @param path the points
   * @param clearance cm
   * @return the snapped path
   */
  double[][] outside(double[][] path, double clearance) {
    double[][] out = new double[path.length][];
    for (int i = 0; i < path.length; i++) {
      out[i] = outside(path[i], clearance);
    }
    return out;
  }
}
