package org.pain3d.face;

/**
 * A subset of a face model's vertices: the ones a caller reads after an expression (for clip
 * frames drawn with a coarser mesh: the {@code FaceLod}'s vertices, the landmarks and the
 * face vertices the hair follows). {@link MorphableFace#setExpression(float[], VertexSubset)}
 * and {@link org.pain3d.render.NeckRig#apply(float[], org.pain3d.render.HeadPose, float[],
 * VertexSubset)} evaluate only these.
 */
public final class VertexSubset {
  private final int[] vertices;
  private final boolean[] contains;
  /** The subset this one extends (null for a plain union), and its vertices outside that base. */
  private final VertexSubset base;
  private final VertexSubset rest;

  private VertexSubset(int[] vertices, boolean[] contains, VertexSubset base, VertexSubset rest) {
    this.vertices = vertices;
    this.contains = contains;
    this.base = base;
    this.rest = rest;
  }

  /**
   * The union of lists of vertex indices.
   *
   * @param vertexCount the model's vertex count V
   * @param lists vertex indices in 0..V-1, any order, repeats allowed
   * @return the subset
   * @throws IllegalArgumentException when an index is out of range
   */
  public static VertexSubset of(int vertexCount, int[]... lists) {
    boolean[] in = new boolean[vertexCount];
    for (int[] list : lists) {
      mark(list, in);
    }
    return new VertexSubset(listed(in), in, null, null);
  }

  /**
   * The union of a subset and lists of vertex indices, which remembers the subset as its
   * {@link #base()} and the vertices outside it as its {@link #rest()}: work tied to the
   * base (such as {@link MorphableFace}'s restricted shapes) is kept across the many subsets
   * that extend it.
   *
   * @param base the subset extended
   * @param lists vertex indices in 0..V-1, any order, repeats allowed
   * @return the subset
   * @throws IllegalArgumentException when an index is out of range
   */
  public static VertexSubset extending(VertexSubset base, int[]... lists) {
    int vertexCount = base.vertexCount();
    boolean[] added = new boolean[vertexCount];
    for (int[] list : lists) {
      mark(list, added);
    }
    boolean[] in = base.contains.clone();
    for (int v = 0; v < vertexCount; v++) {
      if (in[v]) {
        added[v] = false;
      } else {
        in[v] = added[v];
      }
    }
    VertexSubset rest = new VertexSubset(listed(added), added, null, null);
    return new VertexSubset(listed(in), in, base, rest);
  }

  private static void mark(int[] list, boolean[] in) {
    for (int v : list) {
      if (v < 0 || v >= in.length) {
        throw new IllegalArgumentException("vertex " + v + " is not in 0.." + (in.length - 1));
      }
      in[v] = true;
    }
  }

  /** The indices of the true entries, ascending. */
  private static int[] listed(boolean[] in) {
    int n = 0;
    for (boolean b : in) {
      n += b ? 1 : 0;
    }
    int[] idx = new int[n];
    n = 0;
    for (int v = 0; v < in.length; v++) {
      if (in[v]) {
        idx[n++] = v;
      }
    }
    return idx;
  }

  /** @return the subset this one extends ({@link #extending}), or null */
  public VertexSubset base() {
    return base;
  }

  /** @return this subset's vertices outside its {@link #base()} (null when it extends none) */
  public VertexSubset rest() {
    return rest;
  }

  /** @return the vertex indices, ascending (live view: do not modify) */
  public int[] vertices() {
    return vertices;
  }

  /**
   * @param v a vertex index in 0..V-1
   * @return whether the subset holds it
   */
  public boolean contains(int v) {
    return contains[v];
  }

  /** @return number of vertices in the subset */
  public int size() {
    return vertices.length;
  }

  /** @return the model's vertex count V */
  public int vertexCount() {
    return contains.length;
  }

  /**
   * Keeps the entries of an ascending index list that lie in the subset.
   *
   * @param list vertex indices
   * @return the indices of {@code list}'s entries that are in the subset (positions in {@code list}), ascending
   */
  int[] positionsIn(int[] list) {
    int n = 0;
    for (int v : list) {
      n += contains[v] ? 1 : 0;
    }
    int[] out = new int[n];
    n = 0;
    for (int k = 0; k < list.length; k++) {
      if (contains[list[k]]) {
        out[n++] = k;
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "VertexSubset[" + vertices.length + " of " + contains.length + "]";
  }
}
