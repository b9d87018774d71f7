package org.pain3d.face;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Decimates a triangle mesh by half-edge collapses onto existing vertices (Garland and
 * Heckbert's quadric error metric, 1997), so the coarse triangle list indexes a subset of the
 * same vertices and every per-vertex array of the fine mesh stays valid for it.
 *
 * <p>The error of collapsing vertex u onto its neighbour v is {@code sum_s (Q_u^s + Q_v^s)(p_v^s)}
 * over several shapes s of the same topology (the neutral face and expression extremes), each
 * {@code Q^s} the sum of the squared distances to the planes of the vertex's triangles in shape
 * s (cm²), so detail that an expression needs is kept even where the neutral face is flat.
 * A collapse is refused when u is locked, when it would make the surface non-manifold (link
 * condition), or when in any shape a remaining triangle of u would turn its normal by more
 * than {@link Settings#maxNormalTurnDeg()} from the input triangle it comes from (so turns do
 * not add up over collapses, and nothing flips) or become a sliver (quality below {@link
 * Settings#minQuality()}). Collapses run cheapest first until the triangle count reaches the
 * target or the cheapest error exceeds the limit.
 *
 * <p>UVs follow the collapse: a corner that moves from u to v takes v's UV in u's chart (the
 * one it has in a removed triangle of the edge), which is exact when u is not on a UV seam, so
 * callers lock seam vertices. Triangles keep their source triangle's index (material group).
 * Deterministic: ties are broken by vertex index.
 */
public final class MeshDecimator {
  private MeshDecimator() {}

  /**
   * Limits of the decimation.
   *
   * @param targetTriangles stop when at most this many triangles are left
   * @param maxError stop when the cheapest collapse's summed quadric error exceeds this, cm²
   * @param maxNormalTurnDeg largest turn of a triangle's normal from its input triangle's, degrees, per shape
   * @param minQuality smallest triangle quality {@code 4 sqrt(3) area / sum of squared edges}
   *     (1 for equilateral), per shape
   */
  public record Settings(int targetTriangles, double maxError, double maxNormalTurnDeg, double minQuality) {
    /** Validates the limits. */
    public Settings {
      if (targetTriangles < 0 || !(maxError >= 0) || !(maxNormalTurnDeg > 0 && maxNormalTurnDeg < 90)
          || !(minQuality >= 0 && minQuality < 1)) {
        throw new IllegalArgumentException("bad decimation settings " + targetTriangles + " " + maxError + " "
            + maxNormalTurnDeg + " " + minQuality);
      }
    }
  }

  /**
   * The coarse mesh.
   *
   * @param triangles vertex indices (of the fine mesh), shape [3 T'], winding kept
   * @param cornerUvs UV index per corner, shape [3 T']
   * @param sources the fine triangle each coarse triangle comes from, shape [T'], ascending
   * @param collapses number of collapses done
   * @param maxError the largest error of a collapse done, cm²
   */
  public record Result(int[] triangles, int[] cornerUvs, int[] sources, int collapses, double maxError) {
    /** @return number of triangles T' */
    public int count() {
      return sources.length;
    }
  }

  /**
   * Decimates a mesh.
   *
   * @param triangles vertex indices, shape [3 T], counter-clockwise
   * @param cornerUvs UV index per corner, shape [3 T]
   * @param shapes positions of the same vertices in each shape (shape 0 is the reference),
   *     each shape [3 V], cm
   * @param locked per vertex, whether it must not be collapsed (it may be a collapse's target)
   * @param settings the limits
   * @return the coarse mesh
   */
  public static Result decimate(int[] triangles, int[] cornerUvs, float[][] shapes, boolean[] locked,
      Settings settings) {
    return new Run(triangles, cornerUvs, shapes, locked, settings).run();
  }

  /** One decimation's working state. */
  /**
   * The (unnormalised) normal of a triangle: the cross product of its edges from the first
   * corner, (p_j - p_i) x (p_k - p_i); its length is twice the triangle's area, its direction
   * that of the counter-clockwise winding i, j, k.
   *
   * @param positions xyz per vertex, shape [3 * vertices]
   * @param i first corner's vertex
   * @param j second corner's vertex
   * @param k third corner's vertex
   * @return {x, y, z}
   */
  public static double[] triangleNormal(float[] positions, int i, int j, int k) {
    float[] p = positions;
    double ux = p[3 * j] - p[3 * i];
    double uy = p[3 * j + 1] - p[3 * i + 1];
    double uz = p[3 * j + 2] - p[3 * i + 2];
    double vx = p[3 * k] - p[3 * i];
    double vy = p[3 * k + 1] - p[3 * i + 1];
    double vz = p[3 * k + 2] - p[3 * i + 2];
    return new double[] {uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx};
  }

  private static final class Run {
    private final int[] tri;
    private final int[] uv;
    private final float[][] shapes;
    private final boolean[] locked;
    private final Settings settings;
    private final int vertices;
    private final boolean[] deadTriangle;
    private final boolean[] deadVertex;
    /** Per vertex, its incident triangles (dead ones removed lazily). */
    private final int[][] incident;
    private final int[] incidentCount;
    /** Per shape, 10 quadric coefficients per vertex. */
    private final double[][] quadrics;
    /** Per shape, the unit normal of every input triangle (zero when degenerate), shape [3 T]. */
    private final double[][] sourceNormals;
    /** Per vertex, the stamp of its current candidate (queue entries with another stamp are stale). */
    private final int[] stamp;
    private final int[] target;
    private final double[] cost;
    private final double cosTurn;
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private int alive;
    // Scratch of candidate evaluation.
    private int[] neighbours = new int[64];
    private int neighbourCount;

    Run(int[] triangles, int[] cornerUvs, float[][] shapes, boolean[] locked, Settings settings) {
      if (triangles.length % 3 != 0 || cornerUvs.length != triangles.length || shapes.length == 0) {
        throw new IllegalArgumentException("triangles, corner UVs and shapes do not match");
      }
      this.vertices = locked.length;
      for (float[] s : shapes) {
        if (s.length != 3 * vertices) {
          throw new IllegalArgumentException("a shape has " + s.length + " floats, expected " + 3 * vertices);
        }
      }
      this.tri = triangles.clone();
      this.uv = cornerUvs.clone();
      this.shapes = shapes;
      this.locked = locked;
      this.settings = settings;
      int t = triangles.length / 3;
      this.alive = t;
      this.deadTriangle = new boolean[t];
      this.deadVertex = new boolean[vertices];
      this.incidentCount = new int[vertices];
      for (int v : triangles) {
        incidentCount[v]++;
      }
      this.incident = new int[vertices][];
      for (int v = 0; v < vertices; v++) {
        incident[v] = new int[Math.max(4, incidentCount[v])];
      }
      Arrays.fill(incidentCount, 0);
      for (int i = 0; i < t; i++) {
        for (int k = 0; k < 3; k++) {
          int v = tri[3 * i + k];
          incident[v][incidentCount[v]++] = i;
        }
      }
      this.quadrics = new double[shapes.length][10 * vertices];
      this.sourceNormals = new double[shapes.length][3 * t];
      double[] n = new double[4];
      for (int s = 0; s < shapes.length; s++) {
        accumulateQuadrics(shapes[s], quadrics[s]);
        for (int i = 0; i < t; i++) {
          if (plane(shapes[s], tri[3 * i], tri[3 * i + 1], tri[3 * i + 2], n)) {
            System.arraycopy(n, 0, sourceNormals[s], 3 * i, 3);
          }
        }
      }
      this.stamp = new int[vertices];
      this.target = new int[vertices];
      this.cost = new double[vertices];
      this.cosTurn = Math.cos(Math.toRadians(settings.maxNormalTurnDeg()));
    }

    private void accumulateQuadrics(float[] p, double[] q) {
      double[] n = new double[4];
      for (int i = 0; i < tri.length / 3; i++) {
        if (!plane(p, tri[3 * i], tri[3 * i + 1], tri[3 * i + 2], n)) {
          continue;
        }
        for (int k = 0; k < 3; k++) {
          int o = 10 * tri[3 * i + k];
          double a = n[0];
          double b = n[1];
          double c = n[2];
          double d = n[3];
          q[o] += a * a;
          q[o + 1] += a * b;
          q[o + 2] += a * c;
          q[o + 3] += a * d;
          q[o + 4] += b * b;
          q[o + 5] += b * c;
          q[o + 6] += b * d;
          q[o + 7] += c * c;
          q[o + 8] += c * d;
          q[o + 9] += d * d;
        }
      }
    }

    /** The unit plane (a, b, c, d) of a triangle; false when it is degenerate. */
    private static boolean plane(float[] p, int i, int j, int k, double[] out) {
      double[] n = triangleNormal(p, i, j, k);
      double nx = n[0];
      double ny = n[1];
      double nz = n[2];
      double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
      if (len < 1e-12) {
        return false;
      }
      out[0] = nx / len;
      out[1] = ny / len;
      out[2] = nz / len;
      out[3] = -(out[0] * p[3 * i] + out[1] * p[3 * i + 1] + out[2] * p[3 * i + 2]);
      return true;
    }

    Result run() {
      for (int v = 0; v < vertices; v++) {
        update(v);
      }
      int collapses = 0;
      double worst = 0;
      while (alive > settings.targetTriangles() && !queue.isEmpty()) {
        Entry e = queue.poll();
        if (deadVertex[e.vertex] || e.stamp != stamp[e.vertex]) {
          continue;
        }
        if (e.cost > settings.maxError()) {
          break;
        }
        // A collapse nearby may have changed the target's neighbourhood since this was queued.
        compact(e.vertex);
        collectNeighbours(e.vertex);
        if (!valid(e.vertex, e.target)) {
          update(e.vertex);
          continue;
        }
        collapse(e.vertex, e.target);
        collapses++;
        worst = Math.max(worst, e.cost);
      }
      int[] outTri = new int[3 * alive];
      int[] outUv = new int[3 * alive];
      int[] sources = new int[alive];
      int k = 0;
      for (int i = 0; i < deadTriangle.length; i++) {
        if (!deadTriangle[i]) {
          System.arraycopy(tri, 3 * i, outTri, 3 * k, 3);
          System.arraycopy(uv, 3 * i, outUv, 3 * k, 3);
          sources[k++] = i;
        }
      }
      return new Result(outTri, outUv, sources, collapses, worst);
    }

    /** Recomputes vertex u's cheapest valid collapse and queues it. */
    private void update(int u) {
      stamp[u]++;
      if (locked[u] || deadVertex[u]) {
        return;
      }
      compact(u);
      collectNeighbours(u);
      int best = -1;
      double bestCost = Double.MAX_VALUE;
      for (int n = 0; n < neighbourCount; n++) {
        int v = neighbours[n];
        double c = error(u, v);
        if ((c < bestCost || (c == bestCost && v < best)) && valid(u, v)) {
          best = v;
          bestCost = c;
        }
      }
      if (best >= 0) {
        target[u] = best;
        cost[u] = bestCost;
        queue.add(new Entry(bestCost, u, best, stamp[u]));
      }
    }

    /** Drops dead triangles from u's incident list. */
    private void compact(int u) {
      int[] list = incident[u];
      int m = 0;
      for (int i = 0; i < incidentCount[u]; i++) {
        if (!deadTriangle[list[i]]) {
          list[m++] = list[i];
        }
      }
      incidentCount[u] = m;
    }

    /** Lists u's neighbours (sorted, distinct) into {@link #neighbours}. */
    private void collectNeighbours(int u) {
      neighbourCount = 0;
      for (int i = 0; i < incidentCount[u]; i++) {
        int t = incident[u][i];
        for (int k = 0; k < 3; k++) {
          int w = tri[3 * t + k];
          if (w != u) {
            if (neighbourCount == neighbours.length) {
              neighbours = Arrays.copyOf(neighbours, 2 * neighbours.length);
            }
            neighbours[neighbourCount++] = w;
          }
        }
      }
      Arrays.sort(neighbours, 0, neighbourCount);
      int m = 0;
      for (int i = 0; i < neighbourCount; i++) {
        if (m == 0 || neighbours[m - 1] != neighbours[i]) {
          neighbours[m++] = neighbours[i];
        }
      }
      neighbourCount = m;
    }

    private double error(int u, int v) {
      double sum = 0;
      for (int s = 0; s < shapes.length; s++) {
        double[] q = quadrics[s];
        float[] p = shapes[s];
        double x = p[3 * v];
        double y = p[3 * v + 1];
        double z = p[3 * v + 2];
        int a = 10 * u;
        int b = 10 * v;
        double q0 = q[a] + q[b];
        double q1 = q[a + 1] + q[b + 1];
        double q2 = q[a + 2] + q[b + 2];
        double q3 = q[a + 3] + q[b + 3];
        double q4 = q[a + 4] + q[b + 4];
        double q5 = q[a + 5] + q[b + 5];
        double q6 = q[a + 6] + q[b + 6];
        double q7 = q[a + 7] + q[b + 7];
        double q8 = q[a + 8] + q[b + 8];
        double q9 = q[a + 9] + q[b + 9];
        sum += q0 * x * x + 2 * q1 * x * y + 2 * q2 * x * z + 2 * q3 * x + q4 * y * y + 2 * q5 * y * z
            + 2 * q6 * y + q7 * z * z + 2 * q8 * z + q9;
      }
      return Math.max(0, sum);
    }

    /**
     * Whether collapsing u onto v keeps the surface manifold (the link condition: u and v share
     * exactly the neighbours opposite their edge) and every remaining triangle of u unflipped,
     * turned by less than the limit and no sliver, in every shape.
     */
    private boolean valid(int u, int v) {
      int shared = 0;
      for (int i = 0; i < incidentCount[u]; i++) {
        int t = incident[u][i];
        if (contains(t, v)) {
          shared++;
        }
      }
      if (shared == 0 || shared > 2 || commonNeighbours(u, v) != shared) {
        return false;
      }
      for (int i = 0; i < incidentCount[u]; i++) {
        int t = incident[u][i];
        if (contains(t, v)) {
          continue;
        }
        for (int s = 0; s < shapes.length; s++) {
          if (!keepsShape(shapes[s], sourceNormals[s], t, u, v)) {
            return false;
          }
        }
      }
      return true;
    }

    private boolean contains(int t, int v) {
      return tri[3 * t] == v || tri[3 * t + 1] == v || tri[3 * t + 2] == v;
    }

    /** Number of vertices adjacent to both u and v (u's neighbours are in {@link #neighbours}). */
    private int commonNeighbours(int u, int v) {
      compact(v);
      int n = 0;
      for (int k = 0; k < neighbourCount; k++) {
        int w = neighbours[k];
        if (w != v && adjacent(v, w)) {
          n++;
        }
      }
      return n;
    }

    private boolean adjacent(int v, int w) {
      for (int i = 0; i < incidentCount[v]; i++) {
        if (contains(incident[v][i], w)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether triangle t with u moved to v keeps its orientation and shape in positions p: its
     * normal stays within the limit of its input triangle's ({@code source}, unit normals; a
     * degenerate input triangle has a zero normal and refuses every move), and it is no sliver.
     */
    private boolean keepsShape(float[] p, double[] source, int t, int u, int v) {
      int a = tri[3 * t];
      int b = tri[3 * t + 1];
      int c = tri[3 * t + 2];
      double[] after = triangleNormal(p, a == u ? v : a, b == u ? v : b, c == u ? v : c);
      double la = Math.sqrt(after[0] * after[0] + after[1] * after[1] + after[2] * after[2]);
      if (la == 0) {
        return false;
      }
      // The turn from the input triangle (collapses add up), not just from the last collapse.
      double dot = (after[0] * source[3 * t] + after[1] * source[3 * t + 1] + after[2] * source[3 * t + 2]) / la;
      if (dot < cosTurn) {
        return false;
      }
      int a2 = a == u ? v : a;
      int b2 = b == u ? v : b;
      int c2 = c == u ? v : c;
      double edges = dist2(p, a2, b2) + dist2(p, b2, c2) + dist2(p, c2, a2);
      // area = la / 2, quality = 4 sqrt(3) area / sum of squared edges
      return 2 * Math.sqrt(3) * la / edges >= settings.minQuality();
    }

    private static double dist2(float[] p, int i, int j) {
      double dx = p[3 * i] - p[3 * j];
      double dy = p[3 * i + 1] - p[3 * j + 1];
      double dz = p[3 * i + 2] - p[3 * j + 2];
      return dx * dx + dy * dy + dz * dz;
    }

    /** Collapses u onto v: removes the edge's triangles, moves u's others to v, merges the quadrics. */
    private void collapse(int u, int v) {
      int uvOfV = -1;
      for (int i = 0; i < incidentCount[u]; i++) {
        int t = incident[u][i];
        if (contains(t, v)) {
          for (int k = 0; k < 3; k++) {
            if (tri[3 * t + k] == v) {
              uvOfV = uv[3 * t + k];
            }
          }
          deadTriangle[t] = true;
          alive--;
        }
      }
      for (int i = 0; i < incidentCount[u]; i++) {
        int t = incident[u][i];
        if (deadTriangle[t]) {
          continue;
        }
        for (int k = 0; k < 3; k++) {
          if (tri[3 * t + k] == u) {
            tri[3 * t + k] = v;
            uv[3 * t + k] = uvOfV;
          }
        }
        if (incidentCount[v] == incident[v].length) {
          incident[v] = Arrays.copyOf(incident[v], 2 * incident[v].length);
        }
        incident[v][incidentCount[v]++] = t;
      }
      incidentCount[u] = 0;
      deadVertex[u] = true;
      for (double[] q : quadrics) {
        for (int k = 0; k < 10; k++) {
          q[10 * v + k] += q[10 * u + k];
        }
      }
      compact(v);
      collectNeighbours(v);
      int[] ring = Arrays.copyOf(neighbours, neighbourCount);
      update(v);
      for (int w : ring) {
        update(w);
      }
    }
  }

  /** A queued collapse; ordered by cost, then vertex index (deterministic). */
  private record Entry(double cost, int vertex, int target, int stamp) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry o) {
      int c = Double.compare(cost, o.cost);
      return c != 0 ? c : Integer.compare(vertex, o.vertex);
    }
  }
}
