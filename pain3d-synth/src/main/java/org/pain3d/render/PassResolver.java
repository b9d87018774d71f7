package org.pain3d.render;

/**
 * Resolves a {@link FrameBuffer} into per-pixel data passes (everything but shaded colour,
 * see {@link Shader}). Outputs are row-major, pixel frame, {@code width * height} pixels of
 * the final image; with supersampling factor {@code ss} each pixel takes the sample at
 * offset {@code (ss / 2, ss / 2)} of its {@code ss x ss} block (no averaging of depths,
 * normals or labels).
 */
public final class PassResolver {
  private PassResolver() {}

  /** Returns the frame buffer sample index representing pixel (x, y). */
  static int sampleOf(FrameBuffer fb, int ss, int x, int y) {
    return (y * ss + ss / 2) * fb.width() + x * ss + ss / 2;
  }

  /**
   * Depth along the view axis.
   *
   * @param fb the visibility buffer
   * @param ss supersampling factor of {@code fb}
   * @param outCm receives depth in cm, 0 on the background; shape [width * height]
   */
  public static void depth(FrameBuffer fb, int ss, float[] outCm) {
    int w = fb.width() / ss;
    int h = fb.height() / ss;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float iw = fb.invDepth[sampleOf(fb, ss, x, y)];
        outCm[y * w + x] = iw > 0 ? 1f / iw : 0f;
      }
    }
  }

  /**
   * Interpolated smooth normals rotated into the camera frame.
   *
   * @param fb the visibility buffer
   * @param ss supersampling factor
   * @param mesh the rendered mesh
   * @param vertexNormals unit world normals per vertex, shape [n * 3]
   * @param camera the camera (for its rotation)
   * @param out receives unit camera-frame normals (x right, y up, z towards the camera),
   *     (0, 0, 0) on the background; shape [width * height * 3]
   */
  public static void normals(FrameBuffer fb, int ss, RenderMesh mesh, float[] vertexNormals,
      Camera camera, float[] out) {
    double[] m = camera.worldToCamera();
    int[] tris = mesh.triangles();
    int w = fb.width() / ss;
    int h = fb.height() / ss;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int s = sampleOf(fb, ss, x, y);
        int o = 3 * (y * w + x);
        int t = fb.triangle[s];
        if (t < 0) {
          out[o] = 0;
          out[o + 1] = 0;
          out[o + 2] = 0;
          continue;
        }
        float b1 = fb.bary1[s];
        float b2 = fb.bary2[s];
        float b0 = 1 - b1 - b2;
        int a = 3 * tris[3 * t];
        int b = 3 * tris[3 * t + 1];
        int c = 3 * tris[3 * t + 2];
        double nx = b0 * vertexNormals[a] + b1 * vertexNormals[b] + b2 * vertexNormals[c];
        double ny = b0 * vertexNormals[a + 1] + b1 * vertexNormals[b + 1] + b2 * vertexNormals[c + 1];
        double nz = b0 * vertexNormals[a + 2] + b1 * vertexNormals[b + 2] + b2 * vertexNormals[c + 2];
        double cx = m[0] * nx + m[1] * ny + m[2] * nz;
        double cy = m[4] * nx + m[5] * ny + m[6] * nz;
        double cz = m[8] * nx + m[9] * ny + m[10] * nz;
        double len = Math.sqrt(cx * cx + cy * cy + cz * cz);
        double inv = len > 0 ? 1 / len : 0;
        out[o] = (float) (cx * inv);
        out[o + 1] = (float) (cy * inv);
        out[o + 2] = (float) (cz * inv);
      }
    }
  }

  /**
   * Interpolated texture coordinates.
   *
   * @param fb the visibility buffer
   * @param ss supersampling factor
   * @param mesh the rendered mesh
   * @param out receives (u, v) per pixel, (-1, -1) on the background; shape [width * height * 2]
   */
  public static void uv(FrameBuffer fb, int ss, RenderMesh mesh, float[] out) {
    int[] triUv = mesh.triangleUvs();
    float[] uvs = mesh.uvs();
    int w = fb.width() / ss;
    int h = fb.height() / ss;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int s = sampleOf(fb, ss, x, y);
        int o = 2 * (y * w + x);
        int t = fb.triangle[s];
        if (t < 0) {
          out[o] = -1;
          out[o + 1] = -1;
          continue;
        }
        float b1 = fb.bary1[s];
        float b2 = fb.bary2[s];
        float b0 = 1 - b1 - b2;
        int a = 2 * triUv[3 * t];
        int b = 2 * triUv[3 * t + 1];
        int c = 2 * triUv[3 * t + 2];
        out[o] = b0 * uvs[a] + b1 * uvs[b] + b2 * uvs[c];
        out[o + 1] = b0 * uvs[a + 1] + b1 * uvs[b + 1] + b2 * uvs[c + 1];
      }
    }
  }

  /**
   * Segmentation by material group.
   *
   * @param fb the visibility buffer
   * @param ss supersampling factor
   * @param mesh the rendered mesh
   * @param out receives group index + 1 per pixel, 0 on the background; shape [width * height]
   */
  public static void mask(FrameBuffer fb, int ss, RenderMesh mesh, byte[] out) {
    int[] groups = mesh.triangleGroups();
    int w = fb.width() / ss;
    int h = fb.height() / ss;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int t = fb.triangle[sampleOf(fb, ss, x, y)];
        out[y * w + x] = (byte) (t < 0 ? 0 : groups[t] + 1);
      }
    }
  }

  /**
   * Interpolates a per-vertex scalar (e.g. displacement in mm for the heatmap).
   *
   * @param fb the visibility buffer
   * @param ss supersampling factor
   * @param mesh the rendered mesh
   * @param perVertex one value per vertex, shape [n]
   * @param out receives the interpolated value per pixel, 0 on the background;
   *     shape [width * height]
   */
  public static void scalar(FrameBuffer fb, int ss, RenderMesh mesh, float[] perVertex, float[] out) {
    int[] tris = mesh.triangles();
    int w = fb.width() / ss;
    int h = fb.height() / ss;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int s = sampleOf(fb, ss, x, y);
        int t = fb.triangle[s];
        if (t < 0) {
          out[y * w + x] = 0;
          continue;
        }
        float b1 = fb.bary1[s];
        float b2 = fb.bary2[s];
        out[y * w + x] = (1 - b1 - b2) * perVertex[tris[3 * t]] + b1 * perVertex[tris[3 * t + 1]]
            + b2 * perVertex[tris[3 * t + 2]];
      }
    }
  }
}
