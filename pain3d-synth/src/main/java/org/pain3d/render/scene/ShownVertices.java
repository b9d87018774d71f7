package org.pain3d.render.scene;

import org.pain3d.render.RenderMesh;

/**
 * The vertices of the triangles a render shows (those some sample of the visibility buffer
 * holds), each listed once: the only vertices whose lighting the compositing reads. Collect
 * with {@link #reset} and {@link #add} per render; a triangle or vertex added twice counts
 * once.
 *
 * <p>Not thread-safe; reused across renders (stamps instead of clearing, so a reset costs
 * nothing per vertex).
 */
final class ShownVertices {
  private int[] triangles;
  private int[] stamp = new int[0];
  private int[] triangleStamp = new int[0];
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
    if (stamp.length != n || triangleStamp.length != t || current == Integer.MAX_VALUE) {
      stamp = new int[n];
      triangleStamp = new int[t];
      list = new int[n];
      current = 0;
    }
    current++;
    count = 0;
  }

  /**
   * Adds a triangle's three corners.
   *
   * @param t triangle index of the mesh given to {@link #reset}
   */
  void add(int t) {
    if (triangleStamp[t] == current) {
      return;
    }
    triangleStamp[t] = current;
    for (int j = 3 * t; j < 3 * t + 3; j++) {
      int v = triangles[j];
      if (stamp[v] != current) {
        stamp[v] = current;
        list[count++] = v;
      }
    }
  }

  /** @return the vertex indices added since the reset, in the order first seen (live; the first {@link #count}) */
  int[] vertices() {
    return list;
  }

  /** @return how many vertices were added since the reset */
  int count() {
    return count;
  }
}
