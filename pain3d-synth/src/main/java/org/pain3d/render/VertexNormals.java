package org.pain3d.render;

import java.util.Arrays;

/** Smooth per-vertex normals: the area-weighted sum of the incident triangles' normals. */
public final class VertexNormals {
  private VertexNormals() {}

  /**
   * Computes unit vertex normals (world frame) for counter-clockwise front faces.
   *
   * @param positions vertex positions, shape [n * 3], cm
   * @param triangles vertex indices, shape [t * 3]
   * @param out receives the normals, shape [n * 3]; a vertex without area gets (0, 0, 1)
   */
  public static void compute(float[] positions, int[] triangles, float[] out) {
    if (out.length != positions.length) {
      throw new IllegalArgumentException("normals length " + out.length + " != " + positions.length);
    }
    Arrays.fill(out, 0f);
    accumulate(positions, triangles, out);
    for (int i = 0; i < out.length; i += 3) {
      normalize(out, i);
    }
  }

  /**
   * Normals of the vertices a triangle list uses, for a list that uses few of a mesh's
   * vertices (a level-of-detail mesh): {@link #compute} without the pass over the unused
   * ones, with the same values for every vertex.
   */
  public static final class OfTriangles {
    private final int[] triangles;
    private final int[] used;
    private final float[] start;

    /**
     * @param vertexCount the mesh's vertex count V
     * @param triangles vertex indices, shape [t * 3] (kept, not copied)
     */
    public OfTriangles(int vertexCount, int[] triangles) {
      this.triangles = triangles;
      boolean[] in = new boolean[vertexCount];
      for (int v : triangles) {
        in[v] = true;
      }
      this.used = java.util.stream.IntStream.range(0, vertexCount).filter(v -> in[v]).toArray();
      // Unused vertices get (0, 0, 1), as compute gives every vertex without area.
      this.start = new float[3 * vertexCount];
      for (int v = 0; v < vertexCount; v++) {
        start[3 * v + 2] = in[v] ? 0f : 1f;
      }
    }

    /** @return the triangle list (live) */
    public int[] triangles() {
      return triangles;
    }

    /**
     * Computes unit vertex normals exactly as {@link VertexNormals#compute} does.
     *
     * @param positions vertex positions, shape [V * 3], cm
     * @param out receives the normals, shape [V * 3]
     */
    public void compute(float[] positions, float[] out) {
      if (out.length != start.length || positions.length != start.length) {
        throw new IllegalArgumentException("normals of " + start.length / 3 + " vertices, got " + positions.length
            + " positions and " + out.length + " normals");
      }
      System.arraycopy(start, 0, out, 0, start.length);
      accumulate(positions, triangles, out);
      for (int v : used) {
        normalize(out, 3 * v);
      }
    }
  }

  /**
   * The normals of a few chosen vertices of a mesh, from their incident triangles only: for
   * each chosen vertex exactly the value {@link #compute} gives it over the whole triangle list
   * (its incident triangles are added in the same order, from zero). Reads only the positions
   * of the chosen vertices' one-ring ({@link #ring}). Used where a prop follows skin vertices
   * that a level-of-detail mesh drops.
   */
  public static final class AtVertices {
    private final int[] vertices;
    private final int[] incident;
    private final int[] ring;

    /**
     * @param vertexCount the mesh's vertex count V
     * @param triangles the whole mesh's vertex indices, shape [t * 3] (read now)
     * @param vertices the chosen vertices, in 0..V-1, repeats allowed
     */
    public AtVertices(int vertexCount, int[] triangles, int[] vertices) {
      boolean[] chosen = new boolean[vertexCount];
      for (int v : vertices) {
        chosen[v] = true;
      }
      boolean[] inRing = new boolean[vertexCount];
      int[] kept = new int[triangles.length];
      int k = 0;
      for (int t = 0; t < triangles.length; t += 3) {
        if (chosen[triangles[t]] || chosen[triangles[t + 1]] || chosen[triangles[t + 2]]) {
          for (int j = 0; j < 3; j++) {
            kept[k++] = triangles[t + j];
            inRing[triangles[t + j]] = true;
          }
        }
      }
      this.incident = java.util.Arrays.copyOf(kept, k);
      this.vertices = java.util.stream.IntStream.range(0, vertexCount).filter(v -> chosen[v]).toArray();
      this.ring = java.util.stream.IntStream.range(0, vertexCount).filter(v -> inRing[v]).toArray();
    }

    /** @return the vertices whose positions {@link #compute} reads (the chosen ones and their neighbours), ascending */
    public int[] ring() {
      return ring.clone();
    }

    /**
     * Computes the chosen vertices' unit normals exactly as {@link VertexNormals#compute} does;
     * the other entries of {@code out} hold partial sums afterwards (do not read them).
     *
     * @param positions vertex positions, shape [V * 3], cm (only {@link #ring}'s are read)
     * @param out receives the normals, shape [V * 3]
     */
    public void compute(float[] positions, float[] out) {
      if (out.length != positions.length) {
        throw new IllegalArgumentException("normals length " + out.length + " != " + positions.length);
      }
      for (int v : ring) {
        out[3 * v] = 0f;
        out[3 * v + 1] = 0f;
        out[3 * v + 2] = 0f;
      }
      accumulate(positions, incident, out);
      for (int v : vertices) {
        normalize(out, 3 * v);
      }
    }
  }

  /** Adds each triangle's area-weighted normal to its corners. */
  private static void accumulate(float[] positions, int[] triangles, float[] out) {
    for (int t = 0; t < triangles.length; t += 3) {
      int a = 3 * triangles[t];
      int b = 3 * triangles[t + 1];
      int c = 3 * triangles[t + 2];
      float ux = positions[b] - positions[a];
      float uy = positions[b + 1] - positions[a + 1];
      float uz = positions[b + 2] - positions[a + 2];
      float vx = positions[c] - positions[a];
      float vy = positions[c + 1] - positions[a + 1];
      float vz = positions[c + 2] - positions[a + 2];
      float nx = uy * vz - uz * vy;
      float ny = uz * vx - ux * vz;
      float nz = ux * vy - uy * vx;
      out[a] += nx;
      out[a + 1] += ny;
      out[a + 2] += nz;
      out[b] += nx;
      out[b + 1] += ny;
      out[b + 2] += nz;
      out[c] += nx;
      out[c + 1] += ny;
      out[c + 2] += nz;
    }
  }

  /** Scales the normal at {@code out[i..i+2]} to unit length; a zero one becomes (0, 0, 1). */
  private static void normalize(float[] out, int i) {
    float len = (float) Math.sqrt(out[i] * out[i] + out[i + 1] * out[i + 1] + out[i + 2] * out[i + 2]);
    if (len > 0) {
      out[i] /= len;
      out[i + 1] /= len;
      out[i + 2] /= len;
    } else {
      out[i + 2] = 1f;
    }
  }
}
