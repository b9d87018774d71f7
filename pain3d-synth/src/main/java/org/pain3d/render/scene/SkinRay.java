package org.pain3d.render.scene;

import java.util.Arrays;

/**
 * Ray casts against the skin triangles of a head within a box (Moller-Trumbore; the first
 * hit along the ray, either side of the triangles).
 */
final class SkinRay {
  private final float[] p;
  private final int[] tris;
  private final int[] candidates;
  /** Per candidate: bounding sphere centre x, y, z and squared radius. */
  private final float[] spheres;

  /**
   * @param h the head
   * @param lo box corner, world cm, shape [3]
   * @param hi opposite box corner, shape [3]
   */
  SkinRay(HeadContext h, double[] lo, double[] hi) {
    this.p = h.p;
    this.tris = h.face.triangles();
    int[] c = new int[h.skinTriangle.length];
    int n = 0;
    for (int t = 0; t < h.skinTriangle.length; t++) {
      if (h.skinTriangle[t] && touches(t, lo, hi)) {
        c[n++] = t;
      }
    }
    this.candidates = Arrays.copyOf(c, n);
    this.spheres = new float[4 * n];
    for (int k = 0; k < n; k++) {
      int t = candidates[k];
      float[] m = new float[3];
      for (int j = 0; j < 3; j++) {
        for (int a = 0; a < 3; a++) {
          m[a] += p[3 * tris[3 * t + j] + a] / 3f;
        }
      }
      float r2 = 0;
      for (int j = 0; j < 3; j++) {
        float dx = p[3 * tris[3 * t + j]] - m[0];
        float dy = p[3 * tris[3 * t + j] + 1] - m[1];
        float dz = p[3 * tris[3 * t + j] + 2] - m[2];
        r2 = Math.max(r2, dx * dx + dy * dy + dz * dz);
      }
      spheres[4 * k] = m[0];
      spheres[4 * k + 1] = m[1];
      spheres[4 * k + 2] = m[2];
      spheres[4 * k + 3] = r2 * 1.0001f + 1e-6f;
    }
  }

  private boolean touches(int t, double[] lo, double[] hi) {
    for (int k = 0; k < 3; k++) {
      int v = 3 * tris[3 * t + k];
      if (p[v] >= lo[0] && p[v] <= hi[0] && p[v + 1] >= lo[1] && p[v + 1] <= hi[1]
          && p[v + 2] >= lo[2] && p[v + 2] <= hi[2]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Casts a ray.
   *
   * @param o origin, world cm
   * @param d unit direction
   * @return {triangle, t, b1, b2} of the nearest hit in front of the origin, or null
   */
  double[] cast(double[] o, double[] d) {
    double best = Double.MAX_VALUE;
    double[] hit = null;
    for (int k = 0; k < candidates.length; k++) {
      // Bounding-sphere test first: most triangles are far from the ray.
      double wx = spheres[4 * k] - o[0];
      double wy = spheres[4 * k + 1] - o[1];
      double wz = spheres[4 * k + 2] - o[2];
      double along = wx * d[0] + wy * d[1] + wz * d[2];
      if (wx * wx + wy * wy + wz * wz - along * along > spheres[4 * k + 3]) {
        continue;
      }
      int t = candidates[k];
      int a = 3 * tris[3 * t];
      int b = 3 * tris[3 * t + 1];
      int c = 3 * tris[3 * t + 2];
      double e1x = p[b] - p[a];
      double e1y = p[b + 1] - p[a + 1];
      double e1z = p[b + 2] - p[a + 2];
      double e2x = p[c] - p[a];
      double e2y = p[c + 1] - p[a + 1];
      double e2z = p[c + 2] - p[a + 2];
      double px = d[1] * e2z - d[2] * e2y;
      double py = d[2] * e2x - d[0] * e2z;
      double pz = d[0] * e2y - d[1] * e2x;
      double det = e1x * px + e1y * py + e1z * pz;
      if (Math.abs(det) < 1e-12) {
        continue;
      }
      double inv = 1 / det;
      double sx = o[0] - p[a];
      double sy = o[1] - p[a + 1];
      double sz = o[2] - p[a + 2];
      double u = (sx * px + sy * py + sz * pz) * inv;
      if (u < 0 || u > 1) {
        continue;
      }
      double qx = sy * e1z - sz * e1y;
      double qy = sz * e1x - sx * e1z;
      double qz = sx * e1y - sy * e1x;
      double v = (d[0] * qx + d[1] * qy + d[2] * qz) * inv;
      if (v < 0 || u + v > 1) {
        continue;
      }
      double dist = (e2x * qx + e2y * qy + e2z * qz) * inv;
      if (dist > 1e-9 && dist < best) {
        best = dist;
        hit = new double[] {t, dist, u, v};
      }
    }
    return hit;
  }
}
