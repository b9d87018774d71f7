package org.pain3d.render.scene;

/**
 * A sheet laid on the skin (headwear, face masks, the oxygen mask, tape): a grid of rays,
 * each cast onto the skin and stopped short of it by an offset, optionally draped (the
 * distances along the rays smoothed over the grid, each point staying at least its own
 * offset off the skin, so cloth bridges hollows and ears instead of following them). Each
 * point stays on its ray, which keeps the sheet free of spikes however folded the skin
 * under it is. Grid vertex (row r, column c) gets texture coordinates in cm along the
 * sheet's two parameter directions.
 */
final class SkinGrid {
  /** Where a grid point's ray starts and points, and its offset above the skin. */
  interface Rays {
    /** Ray origin at parameters (s, t) in [0, 1]^2, world cm. */
    double[] origin(double s, double t);

    /** Unit ray direction towards the skin. */
    double[] direction(double s, double t);

    /** Offset above the skin along the ray, cm. */
    double offset(double s, double t);

    /**
     * The shortest distance along the ray at which a hit is the skin the sheet lies on, cm: a
     * hit nearer the origin is something else in the way (the chin over the neck) and counts
     * as a miss. 0 (the default) accepts every hit.
     */
    default double nearestHit(double s, double t) {
      return 0;
    }
  }

  /** The cast grid: surface points, their nearest face vertex, and the lifted positions. */
  static final class Cast {
    final int rows;
    final int cols;
    final boolean wrap;
    final double[][] surface;
    final int[] vertex;
    final double[][] lifted;

    Cast(int rows, int cols, boolean wrap) {
      this.rows = rows;
      this.cols = cols;
      this.wrap = wrap;
      this.surface = new double[rows * cols][];
      this.vertex = new int[rows * cols];
      this.lifted = new double[rows * cols][];
    }
  }

  private SkinGrid() {}

  /** Casts an open grid (see the wrapping overload). */
  static Cast cast(HeadContext h, SkinRay ray, Rays rays, int rows, int cols, int drapeIterations) {
    return cast(h, ray, rays, rows, cols, drapeIterations, false);
  }

  /**
   * Casts the grid. A ray that misses the skin (or hits it nearer than {@link
   * Rays#nearestHit}) takes the nearest hit distance of its column (else of its row).
   *
   * @param h the head
   * @param ray the caster
   * @param rays the rays
   * @param rows grid rows (parameter t)
   * @param cols grid columns (parameter s)
   * @param drapeIterations smoothing steps (0: none)
   * @param wrap whether column {@code cols - 1} joins column 0 (s then runs over [0, 1))
   * @return the grid
   */
  static Cast cast(HeadContext h, SkinRay ray, Rays rays, int rows, int cols, int drapeIterations, boolean wrap) {
    return cast(h, ray, rays, rows, cols, drapeIterations, wrap, 0);
  }

  /**
   * Casts the grid as a stretched sheet: each point first stays its offset above the highest
   * skin hit within {@code tentRadius} grid steps of it (rows and columns), so the sheet
   * tents over a ridge such as the nose instead of dipping beside it, and the skin between
   * grid points does not poke through; then it is draped as in the other overloads.
   *
   * @param tentRadius neighbourhood radius in grid steps (0: none)
   * @return the grid
   * @see #cast(HeadContext, SkinRay, Rays, int, int, int, boolean)
   */
  static Cast cast(HeadContext h, SkinRay ray, Rays rays, int rows, int cols, int drapeIterations, boolean wrap,
      int tentRadius) {
    Cast g = new Cast(rows, cols, wrap);
    int n = rows * cols;
    double[][] origin = new double[n][];
    double[][] dir = new double[n][];
    double[] hit = new double[n];
    int[] corner = new int[n];
    double[] off = new double[n];
    boolean[] missed = new boolean[n];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        double s = wrap ? c / (double) cols : c / (double) (cols - 1);
        double t = r / (double) (rows - 1);
        int i = r * cols + c;
        origin[i] = rays.origin(s, t);
        dir[i] = Vec.normalize(rays.direction(s, t));
        off[i] = rays.offset(s, t);
        double[] q = ray.cast(origin[i], dir[i]);
        if (q != null && q[1] < rays.nearestHit(s, t)) {
          q = null;
        }
        missed[i] = q == null;
        hit[i] = q == null ? Double.NaN : q[1];
        corner[i] = q == null ? -1 : nearestCorner(h, (int) q[0], q[2], q[3]);
      }
    }
    fillMisses(g, missed, hit);
    double[] along = new double[n];
    for (int i = 0; i < n; i++) {
      along[i] = nearestHit(g, hit, i, tentRadius) - off[i];
    }
    if (drapeIterations > 0) {
      along = drape(g, along, drapeIterations);
    }
    for (int i = 0; i < n; i++) {
      g.surface[i] = Vec.addScaled(origin[i], dir[i], hit[i]);
      g.vertex[i] = corner[i] >= 0 ? corner[i] : h.snap.nearest(g.surface[i]);
      g.lifted[i] = Vec.addScaled(origin[i], dir[i], along[i]);
    }
    return g;
  }

  /** The smallest hit distance (the skin nearest the rays' origins) within radius steps of point i. */
  private static double nearestHit(Cast g, double[] hit, int i, int radius) {
    int r0 = i / g.cols;
    int c0 = i % g.cols;
    double best = hit[i];
    for (int r = Math.max(0, r0 - radius); r <= Math.min(g.rows - 1, r0 + radius); r++) {
      for (int dc = -radius; dc <= radius; dc++) {
        int c = g.wrap ? Math.floorMod(c0 + dc, g.cols) : c0 + dc;
        if (c >= 0 && c < g.cols) {
          best = Math.min(best, hit[r * g.cols + c]);
        }
      }
    }
    return best;
  }

  /** The corner of a hit triangle with the largest barycentric weight (the nearest vertex). */
  private static int nearestCorner(HeadContext h, int t, double u, double v) {
    int[] tris = h.face.triangles();
    double w = 1 - u - v;
    int k = w >= u && w >= v ? 0 : u >= v ? 1 : 2;
    return tris[3 * t + k];
  }

  private static void fillMisses(Cast g, boolean[] missed, double[] hit) {
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < missed.length; i++) {
        if (!Double.isNaN(hit[i])) {
          continue;
        }
        int r = i / g.cols;
        int c = i % g.cols;
        for (int d = 1; d < Math.max(g.rows, g.cols) && Double.isNaN(hit[i]); d++) {
          int[][] cand = pass == 0 ? new int[][] {{r - d, c}, {r + d, c}} : new int[][] {{r, c - d}, {r, c + d}};
          for (int[] q : cand) {
            if (q[0] >= 0 && q[0] < g.rows && q[1] >= 0 && q[1] < g.cols && !missed[q[0] * g.cols + q[1]]) {
              hit[i] = hit[q[0] * g.cols + q[1]];
              break;
            }
          }
        }
      }
    }
    for (double v : hit) {
      if (Double.isNaN(v)) {
        throw new IllegalStateException("no ray of a skin sheet hit the head");
      }
    }
  }

  /** Smooths the distances along the rays (edge rows, and edge columns of an open grid, pinned). */
  private static double[] drape(Cast g, double[] along, int iterations) {
    double[] cur = along.clone();
    double[] next = along.clone();
    for (int it = 0; it < iterations; it++) {
      for (int r = 1; r + 1 < g.rows; r++) {
        for (int c = 0; c < g.cols; c++) {
          int i = r * g.cols + c;
          if (!g.wrap && (c == 0 || c == g.cols - 1)) {
            continue;
          }
          int left = r * g.cols + (c + g.cols - 1) % g.cols;
          int right = r * g.cols + (c + 1) % g.cols;
          double m = 0.25 * (cur[left] + cur[right] + cur[i - g.cols] + cur[i + g.cols]);
          next[i] = 0.5 * cur[i] + 0.5 * m;
        }
      }
      double[] tmp = cur;
      cur = next;
      next = tmp;
      System.arraycopy(cur, 0, next, 0, cur.length);
    }
    double[] out = new double[along.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.min(along[i], cur[i]);
    }
    return out;
  }

  /**
   * Adds the sheet's vertices and triangles (counter-clockwise when s runs to the viewer's
   * right and t up).
   *
   * @param b the builder
   * @param h the head
   * @param g the cast grid
   * @param uScaleCm cm per unit of s (texture u)
   * @param vScaleCm cm per unit of t (texture v)
   * @param material the material
   * @param follow when non-null, the vertices follow the skin
   * @return the index of vertex (0, 0); vertex (r, c) is that plus {@code r * cols + c}
   */
  static int add(MeshBuilder b, HeadContext h, Cast g, double uScaleCm, double vScaleCm, PropMaterial material,
      FollowerBuilder follow) {
    int first = vertices(b, h, g, uScaleCm, vScaleCm, follow);
    b.grid(first, g.rows, g.cols, g.wrap, false, material);
    return first;
  }

  /**
   * Adds the sheet's vertices only (the caller adds its triangles, e.g. rows of two materials).
   *
   * @return the index of vertex (0, 0); vertex (r, c) is that plus {@code r * cols + c}
   * @see #add
   */
  static int vertices(MeshBuilder b, HeadContext h, Cast g, double uScaleCm, double vScaleCm,
      FollowerBuilder follow) {
    int first = b.vertexCount();
    for (int r = 0; r < g.rows; r++) {
      for (int c = 0; c < g.cols; c++) {
        int i = r * g.cols + c;
        double[] q = g.lifted[i];
        int id = b.vertex(q[0], q[1], q[2], uScaleCm * c / (g.wrap ? g.cols : g.cols - 1),
            vScaleCm * r / (g.rows - 1));
        if (follow != null) {
          int v = g.vertex[i];
          double[] n = h.normal(v);
          double[] d = Vec.sub(q, h.vertex(v));
          double off = Vec.dot(d, n);
          follow.add(id, v, off, Vec.addScaled(d, n, -off));
        }
      }
    }
    return first;
  }
}
