package org.pain3d.face;

/**
 * One sparse expression blendshape: the displacement from the neutral mesh at the vertices
 * that move.
 *
 * @param name the ICT-FaceKit (ARKit-style) name, e.g. {@code browDown_L}
 * @param vertices indices of the vertices that move, ascending
 * @param deltas displacements in cm, {@code float[3 * vertices.length]} (x y z per vertex)
 */
public record ExpressionShape(String name, int[] vertices, float[] deltas) {
  /**
   * Magnitude under which a vertex's delta counts as zero when a dense shape is made sparse:
   * 1e-5 cm (0.1 micrometre), far below rendering precision, above OBJ float noise such as
   * {@code 4.5e-13}.
   */
  public static final float SPARSE_EPSILON_CM = 1e-5f;

  /** Validates sizes. */
  public ExpressionShape {
    if (deltas.length != 3 * vertices.length) {
      throw new IllegalArgumentException(name + ": deltas must hold 3 values per vertex");
    }
  }

  /**
   * Makes a sparse shape from a dense target mesh.
   *
   * @param name the shape name
   * @param neutral neutral positions, {@code float[3V]}
   * @param target the shape's full mesh, {@code float[3V]}
   * @return the sparse delta, keeping vertices whose largest |delta| component exceeds
   *     {@link #SPARSE_EPSILON_CM}
   */
  public static ExpressionShape fromDense(String name, float[] neutral, float[] target) {
    int v = neutral.length / 3;
    int count = 0;
    for (int i = 0; i < v; i++) {
      if (moves(neutral, target, i)) {
        count++;
      }
    }
    int[] idx = new int[count];
    float[] d = new float[3 * count];
    int k = 0;
    for (int i = 0; i < v; i++) {
      if (moves(neutral, target, i)) {
        idx[k] = i;
        for (int c = 0; c < 3; c++) {
          d[3 * k + c] = target[3 * i + c] - neutral[3 * i + c];
        }
        k++;
      }
    }
    return new ExpressionShape(name, idx, d);
  }

  private static boolean moves(float[] neutral, float[] target, int i) {
    for (int c = 0; c < 3; c++) {
      if (Math.abs(target[3 * i + c] - neutral[3 * i + c]) > SPARSE_EPSILON_CM) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param vertex a vertex index
   * @param axis 0 (x), 1 (y) or 2 (z)
   * @return the vertex's displacement along the axis, cm (0 when it does not move)
   */
  public float delta(int vertex, int axis) {
    int k = java.util.Arrays.binarySearch(vertices, vertex);
    return k < 0 ? 0f : deltas[3 * k + axis];
  }

  /** @return number of vertices that move */
  public int size() {
    return vertices.length;
  }

  /**
   * Adds {@code weight * delta} to the moving vertices of {@code out}.
   *
   * @param weight the blendshape weight
   * @param out positions, {@code float[3V]}, updated in place
   */
  public void addTo(float weight, float[] out) {
    int[] idx = vertices;
    float[] d = deltas;
    for (int k = 0; k < idx.length; k++) {
      int o = 3 * idx[k];
      out[o] += weight * d[3 * k];
      out[o + 1] += weight * d[3 * k + 1];
      out[o + 2] += weight * d[3 * k + 2];
    }
  }

  /**
   * This shape at the vertices of a subset only (same deltas, so {@link #addTo} gives the
   * same values there).
   *
   * @param subset the vertices to keep
   * @return the restricted shape
   */
  public ExpressionShape restrictedTo(VertexSubset subset) {
    int[] keep = subset.positionsIn(vertices);
    int[] idx = new int[keep.length];
    float[] d = new float[3 * keep.length];
    for (int k = 0; k < keep.length; k++) {
      int from = keep[k];
      idx[k] = vertices[from];
      d[3 * k] = deltas[3 * from];
      d[3 * k + 1] = deltas[3 * from + 1];
      d[3 * k + 2] = deltas[3 * from + 2];
    }
    return new ExpressionShape(name, idx, d);
  }
}
