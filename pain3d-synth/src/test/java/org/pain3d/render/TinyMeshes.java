package org.pain3d.render;

import java.util.List;

/** Tiny meshes and a camera with a simple pixel mapping, for golden tests. */
final class TinyMeshes {
  private TinyMeshes() {}

  /**
   * An 8x8 camera looking down -z from (0, 0, 11) with focal length 40 px: a point of the
   * plane z = 1 maps to pixel (4 + 4x, 4 - 4y); of z = 0 to (4 + 40x/11, 4 - 40y/11).
   */
  static Camera camera8() {
    return camera(8, View.frontal(), 11);
  }

  static Camera camera(int size, View view, double distance) {
    double fov = Math.toDegrees(2 * Math.atan(0.5 * size / (5.0 * size)));
    return new Camera(size, size, fov, 0, 0, 0, distance, view, 1.0);
  }

  static RenderMesh mesh(float[] positions, int[] triangles) {
    int nt = triangles.length / 3;
    float[] uvs = new float[positions.length / 3 * 2];
    for (int v = 0; v < positions.length / 3; v++) {
      uvs[2 * v] = positions[3 * v] * 0.5f + 0.5f;
      uvs[2 * v + 1] = positions[3 * v + 1] * 0.5f + 0.5f;
    }
    return new RenderMesh(positions, triangles, uvs, triangles.clone(), new int[nt], List.of("M_Face"));
  }

  /** One triangle in the plane z = 1: lower-left half of the 8x8 frontal image. */
  static RenderMesh triangle() {
    return mesh(new float[] {-1, -1, 1, 1, -1, 1, -1, 1, 1}, new int[] {0, 1, 2});
  }

  /** Two triangles sharing the diagonal (1,-1)-(-1,1), covering the whole 8x8 image. */
  static RenderMesh quadPair() {
    return mesh(new float[] {-1, -1, 1, 1, -1, 1, -1, 1, 1, 1, 1, 1}, new int[] {0, 1, 2, 1, 3, 2});
  }

  /** Axis-aligned cube of half size 1 at the origin, outward CCW faces, back face first. */
  static RenderMesh cube() {
    float[] p = new float[24];
    for (int i = 0; i < 8; i++) {
      p[3 * i] = (i & 1) == 0 ? -1 : 1;
      p[3 * i + 1] = (i & 2) == 0 ? -1 : 1;
      p[3 * i + 2] = (i & 4) == 0 ? -1 : 1;
    }
    int[] quads = {
      0, 2, 3, 1, // z = -1 (back)
      4, 5, 7, 6, // z = +1 (front)
      0, 4, 6, 2, // x = -1
      1, 3, 7, 5, // x = +1
      0, 1, 5, 4, // y = -1
      2, 6, 7, 3, // y = +1
    };
    int[] t = new int[36];
    for (int q = 0; q < 6; q++) {
      t[6 * q] = quads[4 * q];
      t[6 * q + 1] = quads[4 * q + 1];
      t[6 * q + 2] = quads[4 * q + 2];
      t[6 * q + 3] = quads[4 * q];
      t[6 * q + 4] = quads[4 * q + 2];
      t[6 * q + 5] = quads[4 * q + 3];
    }
    return mesh(p, t);
  }

  /** Renders a mesh with the given rasteriser into a fresh buffer. */
  static FrameBuffer render(boolean fast, RenderMesh mesh, Camera cam, RasterOptions opts) {
    FrameBuffer fb = new FrameBuffer(cam.width(), cam.height());
    if (fast) {
      new Rasterizer().rasterize(mesh, cam, opts, fb);
    } else {
      new ReferenceRasterizer().rasterize(mesh, cam, opts, fb);
    }
    return fb;
  }

  /** Coverage as text rows: '.' empty, else the triangle index as a digit or letter. */
  static String picture(FrameBuffer fb) {
    StringBuilder sb = new StringBuilder();
    for (int y = 0; y < fb.height(); y++) {
      for (int x = 0; x < fb.width(); x++) {
        int t = fb.triangle[y * fb.width() + x];
        sb.append(t < 0 ? '.' : Character.forDigit(t, 36));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
