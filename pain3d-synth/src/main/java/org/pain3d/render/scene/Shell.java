package org.pain3d.render.scene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A layer over a region of the skin (headwear, face masks, the oxygen mask's shell): the
 * skin triangles whose three vertices lie in the region, each vertex moved out along its
 * normal by its own offset, and a rim strip (both sides drawn) closing the gap between the
 * layer's edge and the skin.
 *
 * <p>Offsets can be draped ({@link #drape}): the layer is smoothed (Laplacian, the edge
 * pinned) and every vertex keeps at least its base offset, so cloth bridges the hollows
 * beside the nose and under the lips instead of following every fold of the face.
 */
final class Shell {
  private Shell() {}

  /** The region's triangles and the vertex adjacency inside it. */
  static final class Region {
    final boolean[] in;
    final int[] triangles;
    final int[][] neighbours;
    final boolean[] edge;

    Region(HeadContext h, boolean[] in) {
      this.in = in;
      int[] t = h.face.triangles();
      List<Integer> tris = new ArrayList<>();
      Map<Long, Integer> edgeUse = new HashMap<>();
      for (int i = 0; i < h.skinTriangle.length; i++) {
        if (h.skinTriangle[i] && in[t[3 * i]] && in[t[3 * i + 1]] && in[t[3 * i + 2]]) {
          tris.add(i);
          for (int k = 0; k < 3; k++) {
            int a = t[3 * i + k];
            int b = t[3 * i + (k + 1) % 3];
            edgeUse.merge((long) Math.min(a, b) << 32 | Math.max(a, b), 1, Integer::sum);
          }
        }
      }
      this.triangles = tris.stream().mapToInt(Integer::intValue).toArray();
      int n = in.length;
      List<List<Integer>> adj = new ArrayList<>(n);
      for (int v = 0; v < n; v++) {
        adj.add(null);
      }
      this.edge = new boolean[n];
      for (Map.Entry<Long, Integer> e : edgeUse.entrySet()) {
        int a = (int) (e.getKey() >>> 32);
        int b = (int) (long) e.getKey();
        link(adj, a, b);
        link(adj, b, a);
        if (e.getValue() == 1) {
          edge[a] = true;
          edge[b] = true;
        }
      }
      this.neighbours = new int[n][];
      for (int v = 0; v < n; v++) {
        List<Integer> l = adj.get(v);
        neighbours[v] = l == null ? new int[0] : l.stream().mapToInt(Integer::intValue).toArray();
      }
    }

    private static void link(List<List<Integer>> adj, int a, int b) {
      if (adj.get(a) == null) {
        adj.set(a, new ArrayList<>(6));
      }
      adj.get(a).add(b);
    }

    /** Returns whether the region has any triangle. */
    boolean isEmpty() {
      return triangles.length == 0;
    }
  }

  /**
   * Drapes a layer: smooths the positions {@code p + offset * n} over the region ({@code
   * iterations} Laplacian steps of weight 0.5, edge pinned) and returns per vertex the larger
   * of its base offset and the smoothed surface's height above the skin.
   */
  static float[] drape(HeadContext h, Region r, float[] offset, int iterations) {
    int n = r.in.length;
    float[] cur = new float[3 * n];
    for (int v = 0; v < n; v++) {
      if (r.neighbours[v].length > 0) {
        for (int k = 0; k < 3; k++) {
          cur[3 * v + k] = h.p[3 * v + k] + offset[v] * h.normals[3 * v + k];
        }
      }
    }
    float[] next = cur.clone();
    for (int it = 0; it < iterations; it++) {
      for (int v = 0; v < n; v++) {
        int[] nb = r.neighbours[v];
        if (nb.length == 0 || r.edge[v]) {
          continue;
        }
        for (int k = 0; k < 3; k++) {
          float s = 0;
          for (int u : nb) {
            s += cur[3 * u + k];
          }
          next[3 * v + k] = 0.5f * cur[3 * v + k] + 0.5f * s / nb.length;
        }
      }
      float[] tmp = cur;
      cur = next;
      next = tmp;
      System.arraycopy(cur, 0, next, 0, cur.length);
    }
    float[] out = offset.clone();
    for (int v = 0; v < n; v++) {
      if (r.neighbours[v].length > 0 && !r.edge[v]) {
        float d = 0;
        for (int k = 0; k < 3; k++) {
          d += (cur[3 * v + k] - h.p[3 * v + k]) * h.normals[3 * v + k];
        }
        out[v] = Math.max(offset[v], d);
      }
    }
    return out;
  }

  /**
   * Adds the layer and its rim.
   *
   * @param b the builder
   * @param h the head
   * @param r the region
   * @param offset per face vertex, cm above the skin
   * @param material the layer's material
   * @param rimMaterial the rim's material
   * @param follow when non-null, receives the follow records (the layer moves with the face)
   * @return per face vertex, its layer vertex (-1 outside the region)
   */
  static int[] add(MeshBuilder b, HeadContext h, Region r, float[] offset, PropMaterial material,
      PropMaterial rimMaterial, FollowerBuilder follow) {
    int n = r.in.length;
    int[] layer = new int[n];
    java.util.Arrays.fill(layer, -1);
    int[] t = h.face.triangles();
    for (int i : r.triangles) {
      for (int k = 0; k < 3; k++) {
        int v = t[3 * i + k];
        if (layer[v] < 0) {
          layer[v] = vertex(b, h, v, offset[v], follow);
        }
      }
      b.triangle(layer[t[3 * i]], layer[t[3 * i + 1]], layer[t[3 * i + 2]], material);
    }
    rim(b, h, r, layer, rimMaterial, follow);
    return layer;
  }

  private static int vertex(MeshBuilder b, HeadContext h, int v, double offset, FollowerBuilder follow) {
    double x = h.p[3 * v] + offset * h.normals[3 * v];
    double y = h.p[3 * v + 1] + offset * h.normals[3 * v + 1];
    double z = h.p[3 * v + 2] + offset * h.normals[3 * v + 2];
    int id = b.vertex(x, y, z, 10 * Math.atan2(x, z), -y);
    if (follow != null) {
      follow.add(id, v, offset, null);
    }
    return id;
  }

  /** Closes the gap along the region's boundary edges with a strip down to the skin. */
  private static void rim(MeshBuilder b, HeadContext h, Region r, int[] layer, PropMaterial m,
      FollowerBuilder follow) {
    int[] t = h.face.triangles();
    Map<Long, Integer> use = new HashMap<>();
    for (int i : r.triangles) {
      for (int k = 0; k < 3; k++) {
        int a = t[3 * i + k];
        int c = t[3 * i + (k + 1) % 3];
        use.merge((long) Math.min(a, c) << 32 | Math.max(a, c), 1, Integer::sum);
      }
    }
    int first = b.triangleCount();
    Map<Integer, Integer> skin = new HashMap<>();
    for (int i : r.triangles) {
      for (int k = 0; k < 3; k++) {
        int a = t[3 * i + k];
        int c = t[3 * i + (k + 1) % 3];
        if (use.get((long) Math.min(a, c) << 32 | Math.max(a, c)) != 1) {
          continue;
        }
        int sa = skin.computeIfAbsent(a, v -> vertex(b, h, v, 0.02, follow));
        int sc = skin.computeIfAbsent(c, v -> vertex(b, h, v, 0.02, follow));
        b.quad(layer[a], sa, sc, layer[c], m);
      }
    }
    int[] copies = b.doubleSided(first);
    if (follow != null) {
      follow.duplicate(copies);
    }
  }
}
