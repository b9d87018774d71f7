package org.pain3d.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain, slow rasteriser used as the reference for {@link Rasterizer} in tests.
 *
 * <p>Same contract as the fast path (same frame buffer, fill rule, culling and
 * perspective-correct weights) written the obvious way: each triangle is transformed
 * on its own, clipped against the near plane in camera space, projected in double
 * precision without snapping, and every sample in its bounding box evaluates its three
 * edge functions from scratch. It has no guard band (doubles do not overflow), so it is
 * meant for scenes of moderate extent. Coverage can differ from the fast path only for
 * samples within about 1/512 pixel of an edge (the fast path's snapping).
 */
public final class ReferenceRasterizer {

  /**
   * Rasterises a mesh into a frame buffer (which is not cleared first).
   *
   * @param mesh the mesh, world frame
   * @param camera the camera; its size must equal the frame buffer's
   * @param options culling and group selection
   * @param fb the visibility buffer to draw into
   */
  public void rasterize(RenderMesh mesh, Camera camera, RasterOptions options, FrameBuffer fb) {
    fb.checkSize(camera);
    double[] m = camera.worldToCamera();
    float[] p = mesh.positions();
    int[] tris = mesh.triangles();
    for (int t = 0; t < mesh.triangleCount(); t++) {
      if (!options.draws(mesh.triangleGroups()[t])) {
        continue;
      }
      List<double[]> poly = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        int v = tris[3 * t + k];
        double[] c = new double[5];
        for (int r = 0; r < 3; r++) {
          c[r] = m[4 * r] * p[3 * v] + m[4 * r + 1] * p[3 * v + 1] + m[4 * r + 2] * p[3 * v + 2]
              + m[4 * r + 3];
        }
        c[3] = k == 1 ? 1 : 0;
        c[4] = k == 2 ? 1 : 0;
        poly.add(c);
      }
      poly = clipNear(poly, camera.near());
      for (int k = 1; k + 1 < poly.size(); k++) {
        drawTriangle(camera, fb, t, options.cullBackFaces(), poly.get(0), poly.get(k), poly.get(k + 1));
      }
    }
  }

  /** Keeps the part of a camera-space polygon with depth -z >= near. */
  private static List<double[]> clipNear(List<double[]> poly, double near) {
    List<double[]> out = new ArrayList<>();
    for (int k = 0; k < poly.size(); k++) {
      double[] a = poly.get(k);
      double[] b = poly.get((k + 1) % poly.size());
      double da = -a[2] - near;
      double db = -b[2] - near;
      if (da >= 0) {
        out.add(a);
      }
      if ((da >= 0) != (db >= 0)) {
        double s = da / (da - db);
        double[] c = new double[5];
        for (int j = 0; j < 5; j++) {
          c[j] = a[j] + (b[j] - a[j]) * s;
        }
        out.add(c);
      }
    }
    return out;
  }

  private static void drawTriangle(
      Camera cam, FrameBuffer fb, int t, boolean cull, double[] c0, double[] c1, double[] c2) {
    double[][] c = {c0, c1, c2};
    double f = cam.focalPx();
    double[] sx = new double[3];
    double[] sy = new double[3];
    double[] iw = new double[3];
    for (int k = 0; k < 3; k++) {
      double d = -c[k][2];
      iw[k] = 1 / d;
      sx[k] = 0.5 * cam.width() + f * c[k][0] / d;
      sy[k] = 0.5 * cam.height() - f * c[k][1] / d;
    }
    double area = edge(sx[0], sy[0], sx[1], sy[1], sx[2], sy[2]);
    if (area == 0 || (area > 0 && cull)) {
      return;
    }
    int[] order = area < 0 ? new int[] {0, 2, 1} : new int[] {0, 1, 2};
    area = Math.abs(area);
    int minX = Math.max(0, (int) Math.floor(Math.min(sx[0], Math.min(sx[1], sx[2]))));
    int maxX = Math.min(fb.width() - 1, (int) Math.ceil(Math.max(sx[0], Math.max(sx[1], sx[2]))));
    int minY = Math.max(0, (int) Math.floor(Math.min(sy[0], Math.min(sy[1], sy[2]))));
    int maxY = Math.min(fb.height() - 1, (int) Math.ceil(Math.max(sy[0], Math.max(sy[1], sy[2]))));
    for (int y = minY; y <= maxY; y++) {
      for (int x = minX; x <= maxX; x++) {
        double px = x + 0.5;
        double py = y + 0.5;
        double[] lambda = new double[3];
        boolean inside = true;
        for (int k = 0; k < 3; k++) {
          int a = order[(k + 1) % 3];
          int b = order[(k + 2) % 3];
          double e = edge(sx[a], sy[a], sx[b], sy[b], px, py);
          boolean tl = (sy[a] == sy[b] && sx[b] > sx[a]) || sy[b] < sy[a];
          inside &= e > 0 || (e == 0 && tl);
          lambda[order[k]] = e / area;
        }
        if (!inside) {
          continue;
        }
        double s = lambda[0] * iw[0] + lambda[1] * iw[1] + lambda[2] * iw[2];
        int idx = y * fb.width() + x;
        if ((float) s > fb.invDepth[idx]) {
          double w1 = 0;
          double w2 = 0;
          for (int k = 0; k < 3; k++) {
            w1 += lambda[k] * iw[k] * c[k][3];
            w2 += lambda[k] * iw[k] * c[k][4];
          }
          fb.invDepth[idx] = (float) s;
          fb.triangle[idx] = t;
          fb.bary1[idx] = (float) (w1 / s);
          fb.bary2[idx] = (float) (w2 / s);
        }
      }
    }
  }

  /** Edge function of a->b at p: positive on the right of a->b in y-down pixel space. */
  private static double edge(double ax, double ay, double bx, double by, double px, double py) {
    return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  }
}
