package org.pain3d.render.scene;

import org.pain3d.render.RenderMesh;

/**
 * The vertices of the triangles a render shows (those some sample of the visibility buffer
 * holds), each listed once: the only vertices whose lighting the compositing reads. Per
 * render: {@link #reset}, {@link #add} per sample's triangle, then {@link #list}; a triangle
 * or vertex added twice counts once.
 *
 * <p>{@link #add} only flags the triangle (one byte; the samples come in screen order, so
 * this is the only scattered write per sample); {@link #list} then walks the triangles in
 * order and stamps their corners, which lie close together in memory.
 *
 * <p>Not thread-safe; reused across renders (vertex stamps instead of clearing).
 */
final class ShownVertices {
  private int[] triangles;
  private byte[] flagged = new byte[0];
  private int[] stamp = new int[0];
  private int[] list = new int[0];
  private int count;
  private int current;

  /**
   * Starts an empty set over a mesh.
   *
   * @param mesh the mesh whose triangles {@link #add} takes
   */
  void reset(RenderMesh mesh) {
    triangles = mesh.triangles();
    int n = mesh.vertexCount();
    int t = mesh.triangleCount();
    if (stamp.length != n || flagged.length != t) {
      stamp = new int[n];
      flagged = new byte[t];
      list = new int[n];
      current = 0;
    }
    java.util.Arrays.fill(flagged, (byte) 0);
    count = 0;
  }

  /**
   * Adds a triangle's three corners.
   *
   * @param t triangle index of the mesh given to {@link #reset}
   */
  void add(int t) {
    flagged[t] = 1;
  }

  /**
   * Lists the corners of the triangles added since the reset.
   *
   * @return how many vertices; their indices are the first that many of {@link #vertices}
   */
  int list() {
    if (current == Integer.MAX_VALUE) {
      java.util.Arrays.fill(stamp, 0);
      current = 0;
    }
    current++;
    count = 0;
    for (int t = 0; t < flagged.length; t++) {
      if (flagged[t] == 0) {
        continue;
      }
      for (int j = 3 * t; j < 3 * t + 3; j++) {
        int v = triangles[j];
        if (stamp[v] != current) {
          stamp[v] = current;
          list[count++] = v;
        }
      }
    }
    return count;
  }

  /** @return the vertex indices of the last {@link #list}, in triangle order (live; the first {@link #count}) */
  int[] vertices() {
    return list;
  }

  /** @return how many vertices the last {@link #list} found */
  int count() {
    return count;
  }
}
