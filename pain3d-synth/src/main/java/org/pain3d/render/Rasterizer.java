package org.pain3d.render;

import org.pain3d.face.VertexSubset;

/**
 * The fast z-buffer triangle rasteriser (the production path; {@link ReferenceRasterizer}
 * is the plain version it is tested against).
 *
 * <p>Vertices are transformed once per call into homogeneous screen coordinates and snapped
 * to a fixed-point grid of 1/256 pixel. Triangles are scanned over their bounding box with
 * integer edge functions stepped incrementally; a sample (pixel centre) is covered when it
 * lies strictly inside all three edges or exactly on a top or left edge (the top-left fill
 * rule, so two triangles sharing an edge never both cover, nor both miss, a sample on it).
 * Front faces are those counter-clockwise in the world as seen by the camera; back faces are
 * culled when {@link RasterOptions#cullBackFaces()} is set. A sample keeps its nearest fragment
 * ({@link #rasterizeBehind}: its nearest strictly behind another buffer's, depth peeling).
 * Inverse depth is interpolated linearly in screen space (exact for a perspective projection)
 * and the stored barycentric weights are perspective-correct. Triangles crossing the near plane or lying far outside
 * the image (beyond a guard band of 4 image sizes) are clipped in homogeneous coordinates;
 * the clipped pieces keep the original triangle's barycentric frame.
 *
 * <p>Not thread-safe: an instance holds per-vertex scratch arrays (grown on demand, reused
 * across calls). Use one instance per thread.
 */
public final class Rasterizer {
  static final int SUB_BITS = 8;
  static final long SUB = 1L << SUB_BITS;
  private static final double GUARD = 4.0;
  private static final int NEAR = 1;
  private static final int LEFT = 2;
  private static final int RIGHT = 4;
  private static final int TOP = 8;
  private static final int BOTTOM = 16;
  private static final int STRIDE = 5;
  /** How many meshes' used-vertex lists a rasteriser keeps. */
  private static final int USED_LISTS = 4;

  private double[] hom = new double[0];
  private long[] fixed = new long[0];
  private byte[] codes = new byte[0];
  /**
   * {@link #usedVertices}' last lists, with the triangle list and vertex count each was made for;
   * a few, because one rasteriser draws several meshes in turn (a scene's face, then its props).
   */
  private final int[][] used = new int[USED_LISTS][];
  private final int[][] usedOf = new int[USED_LISTS][];
  private final int[] usedCount = new int[USED_LISTS];
  /** The entry of {@link #used} the next new list replaces (the oldest). */
  private int usedNext;
  private final double[] polyA = new double[16 * STRIDE];
  private final double[] polyB = new double[16 * STRIDE];
  private double near;
  private double gx0;
  private double gx1;
  private double gy0;
  private double gy1;

  /**
   * Rasterises a mesh into a frame buffer (which is not cleared first).
   *
   * @param mesh the mesh, world frame
   * @param camera the camera; its size must equal the frame buffer's
   * @param options culling and group selection
   * @param fb the visibility buffer to draw into
   */
  public void rasterize(RenderMesh mesh, Camera camera, RasterOptions options, FrameBuffer fb) {
    rasterize(mesh, camera, options, fb, 0);
  }

  /**
   * Rasterises a mesh into a frame buffer that may already hold another mesh (a scene of
   * several meshes sharing one depth test): triangle {@code t} of this mesh is stored as
   * {@code triangleBase + t}.
   *
   * @param mesh the mesh, world frame
   * @param camera the camera; its size must equal the frame buffer's
   * @param options culling and group selection
   * @param fb the visibility buffer to draw into (not cleared)
   * @param triangleBase added to this mesh's triangle indices in {@code fb.triangle}, >= 0
   */
  public void rasterize(RenderMesh mesh, Camera camera, RasterOptions options, FrameBuffer fb,
      int triangleBase) {
    rasterize(mesh, camera, options, fb, triangleBase, 0, mesh.triangleCount());
  }

  /**
   * Rasterises the triangles {@code [first, end)} of a mesh, in order, into a frame buffer
   * that may already hold other triangles. Drawing a mesh's triangles in consecutive ranges
   * leaves the buffer exactly as one call over all of them does (the depth test is the same
   * strict comparison per triangle, in the same order).
   *
   * @param mesh the mesh, world frame
   * @param camera the camera; its size must equal the frame buffer's
   * @param options culling and group selection
   * @param fb the visibility buffer to draw into (not cleared)
   * @param triangleBase added to this mesh's triangle indices in {@code fb.triangle}, >= 0
   * @param first the first triangle drawn
   * @param end one past the last triangle drawn, {@code first <= end <= triangleCount}
   */
  public void rasterize(RenderMesh mesh, Camera camera, RasterOptions options, FrameBuffer fb,
      int triangleBase, int first, int end) {
    draw(mesh, camera, options, fb, triangleBase, first, end, null, null);
  }

  /**
   * Rasterises the triangles of a mesh that may cover a sample of a window of the buffer: those
   * whose screen bounding box misses the window are skipped, the others drawn whole. Inside the
   * window the buffer ends exactly as {@link #rasterize(RenderMesh, Camera, RasterOptions,
   * FrameBuffer)} leaves it (every triangle that covers a sample there is drawn, in the same
   * order); outside it, it holds only some of the triangles.
   *
   * @param mesh the mesh, world frame
   * @param camera the camera; its size must equal the frame buffer's
   * @param options culling and group selection
   * @param fb the visibility buffer to draw into (not cleared)
   * @param window the samples that must come out exactly, {x0, y0, x1, y1} (inclusive, pixels)
   */
  public void rasterizeWithin(RenderMesh mesh, Camera camera, RasterOptions options, FrameBuffer fb, int[] window) {
    if (window.length != 4 || window[0] > window[2] || window[1] > window[3]) {
      throw new IllegalArgumentException("window must be {x0, y0, x1, y1} with x0 <= x1, y0 <= y1");
    }
    draw(mesh, camera, options, fb, 0, 0, mesh.triangleCount(), null, window);
  }

  /**
   * Depth peeling: rasterises the triangles {@code [first, end)} of a mesh, keeping per sample
   * the nearest fragment strictly behind the one {@code front} holds there (the second layer,
   * when {@code front} holds the nearest of the same triangles; a sample empty in {@code front}
   * keeps its nearest). A triangle's fragment at a sample has the same inverse depth in every
   * call, so the fragment {@code front} holds is never kept again.
   *
   * @param mesh the mesh, world frame
   * @param camera the camera; its size must equal the frame buffers'
   * @param options culling and group selection
   * @param fb the visibility buffer to draw into (not cleared)
   * @param front the layer in front, same size; read only
   * @param first the first triangle drawn
   * @param end one past the last triangle drawn
   */
  public void rasterizeBehind(RenderMesh mesh, Camera camera, RasterOptions options, FrameBuffer fb,
      FrameBuffer front, int first, int end) {
    front.checkSize(camera);
    draw(mesh, camera, options, fb, 0, first, end, front.invDepth, null);
  }

  private void draw(RenderMesh mesh, Camera camera, RasterOptions options, FrameBuffer fb,
      int triangleBase, int first, int end, float[] behind, int[] window) {
    if (triangleBase < 0) {
      throw new IllegalArgumentException("triangle base must be >= 0: " + triangleBase);
    }
    if (first < 0 || first > end || end > mesh.triangleCount()) {
      throw new IllegalArgumentException("bad triangle range [" + first + ", " + end + ") of "
          + mesh.triangleCount());
    }
    fb.checkSize(camera);
    if (first == end) {
      return;
    }
    transform(mesh.positions(), usedVertices(mesh), camera);
    int[] tris = mesh.triangles();
    int[] groups = mesh.triangleGroups();
    boolean cull = options.cullBackFaces();
    for (int t = first; t < end; t++) {
      if (!options.draws(groups[t])) {
        continue;
      }
      int i0 = tris[3 * t];
      int i1 = tris[3 * t + 1];
      int i2 = tris[3 * t + 2];
      int c0 = codes[i0];
      int c1 = codes[i1];
      int c2 = codes[i2];
      if ((c0 & c1 & c2) != 0) {
        continue;
      }
      if ((c0 | c1 | c2) == 0) {
        if (window != null && outside(window, i0, i1, i2)) {
          continue;
        }
        scan(fb, triangleBase + t, cull, behind,
            fixed[2 * i0], fixed[2 * i0 + 1], hom[3 * i0 + 2], 0f, 0f,
            fixed[2 * i1], fixed[2 * i1 + 1], hom[3 * i1 + 2], 1f, 0f,
            fixed[2 * i2], fixed[2 * i2 + 1], hom[3 * i2 + 2], 0f, 1f);
      } else {
        clipAndDraw(fb, triangleBase + t, cull, behind, i0, i1, i2, c0 | c1 | c2);
      }
    }
  }

  /**
   * Whether a projected triangle's bounding box misses a window by more than a pixel (so that it
   * covers no sample centre there, whatever the fill rule).
   */
  private boolean outside(int[] window, int i0, int i1, int i2) {
    long x0 = Math.min(fixed[2 * i0], Math.min(fixed[2 * i1], fixed[2 * i2])) >> SUB_BITS;
    long x1 = Math.max(fixed[2 * i0], Math.max(fixed[2 * i1], fixed[2 * i2])) >> SUB_BITS;
    long y0 = Math.min(fixed[2 * i0 + 1], Math.min(fixed[2 * i1 + 1], fixed[2 * i2 + 1])) >> SUB_BITS;
    long y1 = Math.max(fixed[2 * i0 + 1], Math.max(fixed[2 * i1 + 1], fixed[2 * i2 + 1])) >> SUB_BITS;
    return x1 < window[0] - 1 || x0 > window[2] + 1 || y1 < window[1] - 1 || y0 > window[3] + 1;
  }

  /**
   * The vertices a mesh's triangles use, ascending, kept for the last few triangle lists (a
   * level-of-detail mesh shares all of the face's positions but uses a quarter of them; the
   * other entries of the projection buffers are never read). Triangle lists are not changed
   * in place, as {@link RenderMesh} holds them.
   */
  private int[] usedVertices(RenderMesh mesh) {
    int[] t = mesh.triangles();
    int nv = mesh.vertexCount();
    for (int k = 0; k < USED_LISTS; k++) {
      if (usedOf[k] == t && usedCount[k] == nv) {
        return used[k];
      }
    }
    int[] list = VertexSubset.of(nv, t).vertices();
    int k = usedNext;
    usedNext = (k + 1) % USED_LISTS;
    used[k] = list;
    usedOf[k] = t;
    usedCount[k] = nv;
    return list;
  }

  /** Projects the listed vertices (camera-space clip codes, homogeneous and fixed-point screen positions). */
  private void transform(float[] p, int[] vertices, Camera cam) {
    int nv = p.length / 3;
    if (codes.length < nv) {
      hom = new double[3 * nv];
      fixed = new long[2 * nv];
      codes = new byte[nv];
    }
    double[] m = cam.worldToCamera();
    double f = cam.focalPx();
    double cx = 0.5 * cam.width();
    double cy = 0.5 * cam.height();
    near = cam.near();
    gx0 = -GUARD * cam.width();
    gx1 = (1 + GUARD) * cam.width();
    gy0 = -GUARD * cam.height();
    gy1 = (1 + GUARD) * cam.height();
    for (int i : vertices) {
      double x = p[3 * i];
      double y = p[3 * i + 1];
      double z = p[3 * i + 2];
      double xc = m[0] * x + m[1] * y + m[2] * z + m[3];
      double yc = m[4] * x + m[5] * y + m[6] * z + m[7];
      double w = -(m[8] * x + m[9] * y + m[10] * z + m[11]);
      double hx = f * xc + cx * w;
      double hy = -f * yc + cy * w;
      int code = 0;
      if (w < near) {
        code |= NEAR;
      }
      if (hx < gx0 * w) {
        code |= LEFT;
      }
      if (hx > gx1 * w) {
        code |= RIGHT;
      }
      if (hy < gy0 * w) {
        code |= TOP;
      }
      if (hy > gy1 * w) {
        code |= BOTTOM;
      }
      codes[i] = (byte) code;
      hom[3 * i] = hx;
      hom[3 * i + 1] = hy;
      hom[3 * i + 2] = w;
      if (code == 0) {
        fixed[2 * i] = Math.round(hx / w * SUB);
        fixed[2 * i + 1] = Math.round(hy / w * SUB);
        hom[3 * i + 2] = 1.0 / w;
      }
    }
  }

  /** Clips triangle t against the planes in {@code planes} and draws the fan. */
  private void clipAndDraw(FrameBuffer fb, int t, boolean cull, float[] behind, int i0, int i1, int i2, int planes) {
    double[] in = polyA;
    double[] out = polyB;
    loadVertex(in, 0, i0, 0, 0);
    loadVertex(in, 1, i1, 1, 0);
    loadVertex(in, 2, i2, 0, 1);
    int count = 3;
    for (int plane = NEAR; plane <= BOTTOM && count >= 3; plane <<= 1) {
      if ((planes & plane) == 0) {
        continue;
      }
      count = clipPolygon(in, count, out, plane);
      double[] tmp = in;
      in = out;
      out = tmp;
    }
    if (count < 3) {
      return;
    }
    long[] sx = new long[count];
    long[] sy = new long[count];
    double[] iw = new double[count];
    for (int k = 0; k < count; k++) {
      double w = in[k * STRIDE + 2];
      iw[k] = 1.0 / w;
      sx[k] = Math.round(in[k * STRIDE] / w * SUB);
      sy[k] = Math.round(in[k * STRIDE + 1] / w * SUB);
    }
    for (int k = 1; k + 1 < count; k++) {
      int a = 0;
      int b = k;
      int c = k + 1;
      scan(fb, t, cull, behind,
          sx[a], sy[a], iw[a], (float) in[a * STRIDE + 3], (float) in[a * STRIDE + 4],
          sx[b], sy[b], iw[b], (float) in[b * STRIDE + 3], (float) in[b * STRIDE + 4],
          sx[c], sy[c], iw[c], (float) in[c * STRIDE + 3], (float) in[c * STRIDE + 4]);
    }
  }

  private void loadVertex(double[] poly, int k, int v, double b1, double b2) {
    poly[k * STRIDE] = hom[3 * v];
    poly[k * STRIDE + 1] = hom[3 * v + 1];
    // Unclipped vertices store 1/w in hom[3v+2]; clipping needs w itself.
    poly[k * STRIDE + 2] = codes[v] == 0 ? 1.0 / hom[3 * v + 2] : hom[3 * v + 2];
    poly[k * STRIDE + 3] = b1;
    poly[k * STRIDE + 4] = b2;
  }

  private double distance(double[] poly, int k, int plane) {
    double x = poly[k * STRIDE];
    double y = poly[k * STRIDE + 1];
    double w = poly[k * STRIDE + 2];
    switch (plane) {
      case NEAR:
        return w - near;
      case LEFT:
        return x - gx0 * w;
      case RIGHT:
        return gx1 * w - x;
      case TOP:
        return y - gy0 * w;
      default:
        return gy1 * w - y;
    }
  }

  private int clipPolygon(double[] in, int count, double[] out, int plane) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int next = (k + 1) % count;
      double dp = distance(in, k, plane);
      double dq = distance(in, next, plane);
      if (dp >= 0) {
        System.arraycopy(in, k * STRIDE, out, n * STRIDE, STRIDE);
        n++;
      }
      if ((dp >= 0) != (dq >= 0)) {
        double s = dp / (dp - dq);
        for (int j = 0; j < STRIDE; j++) {
          double a = in[k * STRIDE + j];
          out[n * STRIDE + j] = a + (in[next * STRIDE + j] - a) * s;
        }
        n++;
      }
    }
    return n;
  }

  /**
   * Scans one screen triangle given in fixed point (1/256 px), with inverse depths and the
   * original triangle's barycentric weights (b1, b2) at each corner.
   */
  @SuppressWarnings("checkstyle:ParameterNumber")
  private static void scan(FrameBuffer fb, int t, boolean cull, float[] behind,
      long x0, long y0, double iw0, float a0, float c0,
      long x1, long y1, double iw1, float a1, float c1,
      long x2, long y2, double iw2, float a2, float c2) {
    long area = (x1 - x0) * (y2 - y0) - (y1 - y0) * (x2 - x0);
    if (area == 0 || (area > 0 && cull)) {
      return;
    }
    if (area < 0) {
      // Front face: swap corners 1 and 2 so that the area is positive.
      long tx = x1;
      x1 = x2;
      x2 = tx;
      long ty = y1;
      y1 = y2;
      y2 = ty;
      double tw = iw1;
      iw1 = iw2;
      iw2 = tw;
      float ta = a1;
      a1 = a2;
      a2 = ta;
      float tc = c1;
      c1 = c2;
      c2 = tc;
      area = -area;
    }
    final int w = fb.width();
    final int h = fb.height();
    final long half = SUB >> 1;
    // Pixel centres are at k * SUB + half; the shifts are floor divisions by SUB.
    int minX = (int) Math.max(0, (Math.min(x0, Math.min(x1, x2)) - half + SUB - 1) >> SUB_BITS);
    int maxX = (int) Math.min(w - 1, (Math.max(x0, Math.max(x1, x2)) - half) >> SUB_BITS);
    if (minX > maxX) {
      return;
    }
    int minY = (int) Math.max(0, (Math.min(y0, Math.min(y1, y2)) - half + SUB - 1) >> SUB_BITS);
    int maxY = (int) Math.min(h - 1, (Math.max(y0, Math.max(y1, y2)) - half) >> SUB_BITS);
    if (minY > maxY) {
      return;
    }
    // Edge k is opposite corner k: e0 = E(1->2), e1 = E(2->0), e2 = E(0->1). The biases
    // (-1 off the top-left edges) make "covered" a sign test of the three values.
    long b0 = topLeft(x1, y1, x2, y2) ? 0 : -1;
    long b1 = topLeft(x2, y2, x0, y0) ? 0 : -1;
    long b2 = topLeft(x0, y0, x1, y1) ? 0 : -1;
    long px = ((long) minX << SUB_BITS) + half;
    long py = ((long) minY << SUB_BITS) + half;
    long r0 = (x2 - x1) * (py - y1) - (y2 - y1) * (px - x1) + b0;
    long r1 = (x0 - x2) * (py - y2) - (y0 - y2) * (px - x2) + b1;
    long r2 = (x1 - x0) * (py - y0) - (y1 - y0) * (px - x0) + b2;
    long dx0 = -(y2 - y1) << SUB_BITS;
    long dx1 = -(y0 - y2) << SUB_BITS;
    long dx2 = -(y1 - y0) << SUB_BITS;
    long dy0 = (x2 - x1) << SUB_BITS;
    long dy1 = (x0 - x2) << SUB_BITS;
    long dy2 = (x1 - x0) << SUB_BITS;
    // Per-corner factors: q_k = (e_k - b_k) * iw_k / area sums to the inverse depth.
    final double invArea = 1.0 / area;
    final double f0 = iw0 * invArea;
    final double f1 = iw1 * invArea;
    final double f2 = iw2 * invArea;
    // Inverse depth is a plane in screen space: stepped incrementally, tested before the
    // barycentric weights are computed (most occluded samples cost one compare).
    double iwRow = (r0 - b0) * f0 + (r1 - b1) * f1 + (r2 - b2) * f2;
    final double iwDx = dx0 * f0 + dx1 * f1 + dx2 * f2;
    final double iwDy = dy0 * f0 + dy1 * f1 + dy2 * f2;
    final float[] depth = fb.invDepth;
    final int[] tri = fb.triangle;
    final float[] bary1 = fb.bary1;
    final float[] bary2 = fb.bary2;
    for (int y = minY; y <= maxY; y++) {
      long e0 = r0;
      long e1 = r1;
      long e2 = r2;
      double iwx = iwRow;
      boolean entered = false;
      int idx = y * w + minX;
      for (int x = minX; x <= maxX; x++, idx++) {
        if ((e0 | e1 | e2) >= 0) {
          entered = true;
          float iw = (float) iwx;
          if (iw > depth[idx] && (behind == null || iw < behind[idx] || behind[idx] == 0)) {
            double q0 = (e0 - b0) * f0;
            double q1 = (e1 - b1) * f1;
            double q2 = (e2 - b2) * f2;
            double rs = 1.0 / (q0 + q1 + q2);
            depth[idx] = iw;
            tri[idx] = t;
            bary1[idx] = (float) ((q0 * a0 + q1 * a1 + q2 * a2) * rs);
            bary2[idx] = (float) ((q0 * c0 + q1 * c1 + q2 * c2) * rs);
          }
        } else if (entered) {
          break; // a triangle is convex: once left, the row is done
        }
        e0 += dx0;
        e1 += dx1;
        e2 += dx2;
        iwx += iwDx;
      }
      r0 += dy0;
      r1 += dy1;
      r2 += dy2;
      iwRow += iwDy;
    }
  }

  /** Top-left rule for edge a->b of a triangle with positive area (clockwise on screen). */
  static boolean topLeft(long xa, long ya, long xb, long yb) {
    return (ya == yb && xb > xa) || yb < ya;
  }
}
