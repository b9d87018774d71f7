package org.pain3d.render.scene;

import java.util.Arrays;

/**
 * Ray casts against the skin triangles of a head within a box: a uniform grid of cells
 * (each listing the triangles whose bounding box overlaps it) walked along the ray
 * (Amanatides and Woo's 3D-DDA), Moller-Trumbore in each cell, stopping at the first cell
 * that holds a hit. Returns the first hit along the ray, either side of the triangles.
 */
final class SkinRay {
  private static final double CELL_CM = 1.25;
  /**
   * Barycentric slack of a hit: a ray through an edge shared by two triangles (the midline of
   * a symmetric head, where rays at azimuth 0 and 180 degrees run in the edge's plane) hits
   * one of them instead of slipping between both by rounding.
   */
  private static final double EDGE_SLACK = 1e-9;
  private final float[] p;
  private final int[] tris;
  private final double[] lo = new double[3];
  private final int[] dims = new int[3];
  private final int[] cellStart;
  private final int[] cellTris;

  /**
   * @param h the head
   * @param boxLo box corner, world cm, shape [3]
   * @param boxHi opposite box corner, shape [3]
   */
  SkinRay(HeadContext h, double[] boxLo, double[] boxHi) {
    this.p = h.p;
    this.tris = h.face.triangles();
    int[] cand = new int[h.skinTriangle.length];
    int n = 0;
    double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    Arrays.fill(lo, Double.MAX_VALUE);
    for (int t = 0; t < h.skinTriangle.length; t++) {
      if (h.skinTriangle[t] && touches(t, boxLo, boxHi)) {
        cand[n++] = t;
        for (int k = 0; k < 3; k++) {
          for (int a = 0; a < 3; a++) {
            lo[a] = Math.min(lo[a], p[3 * tris[3 * t + k] + a]);
            hi[a] = Math.max(hi[a], p[3 * tris[3 * t + k] + a]);
          }
        }
      }
    }
    if (n == 0) {
      Arrays.fill(lo, 0);
      Arrays.fill(hi, 0);
    }
    for (int a = 0; a < 3; a++) {
      lo[a] -= 0.01;
      dims[a] = Math.max(1, (int) Math.ceil((hi[a] + 0.01 - lo[a]) / CELL_CM));
    }
    int cells = dims[0] * dims[1] * dims[2];
    int[] count = new int[cells + 1];
    int[] range = new int[6];
    for (int k = 0; k < n; k++) {
      cellRange(cand[k], range);
      for (int z = range[4]; z <= range[5]; z++) {
        for (int y = range[2]; y <= range[3]; y++) {
          for (int x = range[0]; x <= range[1]; x++) {
            count[cell(x, y, z) + 1]++;
          }
        }
      }
    }
    for (int c = 0; c < cells; c++) {
      count[c + 1] += count[c];
    }
    this.cellStart = count.clone();
    this.cellTris = new int[count[cells]];
    for (int k = 0; k < n; k++) {
      cellRange(cand[k], range);
      for (int z = range[4]; z <= range[5]; z++) {
        for (int y = range[2]; y <= range[3]; y++) {
          for (int x = range[0]; x <= range[1]; x++) {
            cellTris[count[cell(x, y, z)]++] = cand[k];
          }
        }
      }
    }
  }

  private int cell(int x, int y, int z) {
    return (z * dims[1] + y) * dims[0] + x;
  }

  private void cellRange(int t, int[] out) {
    for (int a = 0; a < 3; a++) {
      double mn = Double.MAX_VALUE;
      double mx = -Double.MAX_VALUE;
      for (int k = 0; k < 3; k++) {
        double v = p[3 * tris[3 * t + k] + a];
        mn = Math.min(mn, v);
        mx = Math.max(mx, v);
      }
      out[2 * a] = clampCell((int) Math.floor((mn - lo[a]) / CELL_CM), a);
      out[2 * a + 1] = clampCell((int) Math.floor((mx - lo[a]) / CELL_CM), a);
    }
  }

  private int clampCell(int c, int axis) {
    return Math.max(0, Math.min(dims[axis] - 1, c));
  }

  private boolean touches(int t, double[] boxLo, double[] boxHi) {
    for (int k = 0; k < 3; k++) {
      int v = 3 * tris[3 * t + k];
      if (p[v] >= boxLo[0] && p[v] <= boxHi[0] && p[v + 1] >= boxLo[1] && p[v + 1] <= boxHi[1]
          && p[v + 2] >= boxLo[2] && p[v + 2] <= boxHi[2]) {
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
    double t0 = 0;
    double t1 = Double.MAX_VALUE;
    for (int a = 0; a < 3; a++) {
      double hiA = lo[a] + dims[a] * CELL_CM;
      if (Math.abs(d[a]) < 1e-12) {
        if (o[a] < lo[a] || o[a] > hiA) {
          return null;
        }
        continue;
      }
      double ta = (lo[a] - o[a]) / d[a];
      double tb = (hiA - o[a]) / d[a];
      t0 = Math.max(t0, Math.min(ta, tb));
      t1 = Math.min(t1, Math.max(ta, tb));
    }
    if (t0 > t1) {
      return null;
    }
    int[] c = new int[3];
    int[] step = new int[3];
    double[] next = new double[3];
    double[] delta = new double[3];
    for (int a = 0; a < 3; a++) {
      double pos = o[a] + d[a] * (t0 + 1e-9);
      c[a] = clampCell((int) Math.floor((pos - lo[a]) / CELL_CM), a);
      if (d[a] > 0) {
        step[a] = 1;
        next[a] = (lo[a] + (c[a] + 1) * CELL_CM - o[a]) / d[a];
        delta[a] = CELL_CM / d[a];
      } else if (d[a] < 0) {
        step[a] = -1;
        next[a] = (lo[a] + c[a] * CELL_CM - o[a]) / d[a];
        delta[a] = -CELL_CM / d[a];
      } else {
        next[a] = Double.MAX_VALUE;
        delta[a] = Double.MAX_VALUE;
      }
    }
    double[] best = {Double.MAX_VALUE};
    double[] hit = null;
    while (true) {
      int id = cell(c[0], c[1], c[2]);
      for (int k = cellStart[id]; k < cellStart[id + 1]; k++) {
        double[] hv = intersect(cellTris[k], o, d, best[0]);
        if (hv != null) {
          best[0] = hv[1];
          hit = hv;
        }
      }
      int a = next[0] < next[1] ? (next[0] < next[2] ? 0 : 2) : (next[1] < next[2] ? 1 : 2);
      if (hit != null && best[0] <= next[a]) {
        return hit;
      }
      if (next[a] > t1) {
        return hit;
      }
      c[a] += step[a];
      if (c[a] < 0 || c[a] >= dims[a]) {
        return hit;
      }
      next[a] += delta[a];
    }
  }

  /** Moller-Trumbore; the hit {triangle, t, u, v} when nearer than {@code best}, else null. */
  private double[] intersect(int t, double[] o, double[] d, double best) {
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
      return null;
    }
    double inv = 1 / det;
    double sx = o[0] - p[a];
    double sy = o[1] - p[a + 1];
    double sz = o[2] - p[a + 2];
    double u = (sx * px + sy * py + sz * pz) * inv;
    if (u < -EDGE_SLACK || u > 1 + EDGE_SLACK) {
      return null;
    }
    double qx = sy * e1z - sz * e1y;
    double qy = sz * e1x - sx * e1z;
    double qz = sx * e1y - sy * e1x;
    double v = (d[0] * qx + d[1] * qy + d[2] * qz) * inv;
    if (v < -EDGE_SLACK || u + v > 1 + EDGE_SLACK) {
      return null;
    }
    double dist = (e2x * qx + e2y * qy + e2z * qz) * inv;
    return dist > 1e-9 && dist < best ? new double[] {t, dist, u, v} : null;
  }
}
