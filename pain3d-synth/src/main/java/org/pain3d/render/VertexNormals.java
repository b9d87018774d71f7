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
    for (int i = 0; i < out.length; i += 3) {
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
}
