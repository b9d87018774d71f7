package org.pain3d.render.scene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pain3d.render.RenderMesh;

/**
 * Accumulates prop geometry into one {@link RenderMesh} whose material groups are the
 * {@link PropMaterial}s (group index = ordinal). Each vertex has its own UV (prop UVs are
 * in centimetres along the surface, for procedural patterns). Triangles are counter-clockwise
 * seen from the outside (the side that is drawn).
 */
public final class MeshBuilder {
  private float[] pos = new float[3 * 256];
  private float[] uv = new float[2 * 256];
  private int vertices;
  private int[] tris = new int[3 * 256];
  private int[] groups = new int[256];
  private int triangles;

  /** Returns the number of vertices so far (the index of the next one). */
  public int vertexCount() {
    return vertices;
  }

  /** Returns the number of triangles so far. */
  public int triangleCount() {
    return triangles;
  }

  /**
   * Adds a vertex.
   *
   * @param x world x, cm
   * @param y world y, cm
   * @param z world z, cm
   * @param u texture u, cm along the surface
   * @param v texture v, cm
   * @return its index
   */
  public int vertex(double x, double y, double z, double u, double v) {
    if (vertices * 3 + 3 > pos.length) {
      pos = Arrays.copyOf(pos, pos.length * 2);
      uv = Arrays.copyOf(uv, uv.length * 2);
    }
    pos[3 * vertices] = (float) x;
    pos[3 * vertices + 1] = (float) y;
    pos[3 * vertices + 2] = (float) z;
    uv[2 * vertices] = (float) u;
    uv[2 * vertices + 1] = (float) v;
    return vertices++;
  }

  /**
   * Adds a triangle.
   *
   * @param a first vertex
   * @param b second vertex
   * @param c third vertex (a, b, c counter-clockwise from the drawn side)
   * @param material its material
   */
  public void triangle(int a, int b, int c, PropMaterial material) {
    if (triangles * 3 + 3 > tris.length) {
      tris = Arrays.copyOf(tris, tris.length * 2);
      groups = Arrays.copyOf(groups, groups.length * 2);
    }
    tris[3 * triangles] = a;
    tris[3 * triangles + 1] = b;
    tris[3 * triangles + 2] = c;
    groups[triangles++] = material.ordinal();
  }

  /**
   * Adds a quad as two triangles.
   *
   * @param a first corner
   * @param b second corner
   * @param c third corner
   * @param d fourth corner (a, b, c, d counter-clockwise from the drawn side)
   * @param material its material
   */
  public void quad(int a, int b, int c, int d, PropMaterial material) {
    triangle(a, b, c, material);
    triangle(a, c, d, material);
  }

  /**
   * Adds a grid of quads between rows of vertices: {@code rows x cols} vertices starting at
   * {@code first}, row-major; quads (r, c), (r, c+1), (r+1, c+1), (r+1, c).
   *
   * @param first index of the first vertex
   * @param rows vertex rows
   * @param cols vertices per row
   * @param wrap whether the last column connects back to the first
   * @param flip whether to reverse the winding
   * @param material its material
   */
  public void grid(int first, int rows, int cols, boolean wrap, boolean flip, PropMaterial material) {
    int spans = wrap ? cols : cols - 1;
    for (int r = 0; r + 1 < rows; r++) {
      for (int c = 0; c < spans; c++) {
        int c1 = (c + 1) % cols;
        int a = first + r * cols + c;
        int b = first + r * cols + c1;
        int d = first + (r + 1) * cols + c;
        int e = first + (r + 1) * cols + c1;
        if (flip) {
          quad(a, d, e, b, material);
        } else {
          quad(a, b, e, d, material);
        }
      }
    }
  }

  /**
   * Appends a back side to the triangles added since {@code firstTriangle}: copies of their
   * vertices with the winding reversed (so thin sheets are seen from both sides, each side
   * with its own normals).
   *
   * @param firstTriangle the first triangle to double
   * @return per vertex that existed before, its back-side copy (-1 when not copied)
   */
  public int[] doubleSided(int firstTriangle) {
    int end = triangles;
    int[] copyOf = new int[vertices];
    Arrays.fill(copyOf, -1);
    for (int t = firstTriangle; t < end; t++) {
      int[] c = new int[3];
      for (int k = 0; k < 3; k++) {
        int v = tris[3 * t + k];
        if (copyOf[v] < 0) {
          copyOf[v] = vertex(pos[3 * v], pos[3 * v + 1], pos[3 * v + 2], uv[2 * v], uv[2 * v + 1]);
        }
        c[k] = copyOf[v];
      }
      triangle(c[0], c[2], c[1], PropMaterial.values()[groups[t]]);
    }
    return copyOf;
  }

  /** Returns a vertex's position component (k = 0, 1, 2). */
  public float position(int vertex, int k) {
    return pos[3 * vertex + k];
  }

  /**
   * Builds the mesh (an empty builder gives a mesh without triangles).
   *
   * @return the mesh; its positions array is its own
   */
  public RenderMesh build() {
    List<String> names = new ArrayList<>();
    for (PropMaterial m : PropMaterial.values()) {
      names.add(m.name());
    }
    int[] triUv = Arrays.copyOf(tris, 3 * triangles);
    return new RenderMesh(Arrays.copyOf(pos, 3 * vertices), Arrays.copyOf(tris, 3 * triangles),
        Arrays.copyOf(uv, 2 * vertices), triUv, Arrays.copyOf(groups, triangles), names);
  }
}
