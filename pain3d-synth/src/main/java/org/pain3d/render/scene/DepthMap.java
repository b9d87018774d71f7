package org.pain3d.render.scene;

import org.pain3d.render.Camera;
import org.pain3d.render.FrameBuffer;
import org.pain3d.render.RasterOptions;
import org.pain3d.render.Rasterizer;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.View;

/**
 * A depth map seen from a distant direction (a shadow map): the scene rasterised by a
 * camera far away along that direction with a narrow lens, so that its rays are nearly
 * parallel, and per-point visibility tests with percentage-closer filtering.
 *
 * <p>Not thread-safe (holds the rasteriser and buffer); reuse one per thread.
 */
public final class DepthMap {
  private static final double FAR = 40;
  private final int size;
  private final FrameBuffer fb;
  private final Rasterizer rasterizer = new Rasterizer();
  private final double[] m = new double[12];
  private double focal;
  private double half;
  /** The sample of the last {@link #project}ed point. */
  private int projectedX;
  private int projectedY;

  /** @param size samples per side, in [16, 2048] */
  public DepthMap(int size) {
    if (size < 16 || size > 2048) {
      throw new IllegalArgumentException("depth map size out of [16, 2048]: " + size);
    }
    this.size = size;
    this.fb = new FrameBuffer(size, size);
  }

  /** Returns the samples per side. */
  public int size() {
    return size;
  }

  /**
   * Clears the map and places its camera.
   *
   * @param towards unit direction from the scene towards the viewer or light, world frame
   * @param centre centre of the region covered, world cm, shape [3]
   * @param radiusCm radius of the region covered, cm, positive
   * @return the camera
   */
  public Camera begin(double[] towards, double[] centre, double radiusCm) {
    double pitch = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, towards[1]))));
    pitch = Math.max(-89.5, Math.min(89.5, pitch));
    double yaw = Math.toDegrees(Math.atan2(towards[0], towards[2]));
    double distance = FAR * radiusCm;
    double fov = 2 * Math.toDegrees(Math.atan(radiusCm / distance));
    Camera cam = new Camera(size, size, fov, centre[0], centre[1], centre[2], distance,
        new View(yaw, pitch, 0), distance - 2 * radiusCm);
    fb.clear();
    System.arraycopy(cam.worldToCamera(), 0, m, 0, 12);
    focal = cam.focalPx();
    half = 0.5 * size;
    return cam;
  }

  /**
   * Draws a mesh into the map (after {@link #begin}).
   *
   * @param camera the camera {@link #begin} returned
   * @param mesh the mesh
   * @param options what to draw (back faces are kept: the map stores the nearest surface)
   */
  public void draw(Camera camera, RenderMesh mesh, RasterOptions options) {
    rasterizer.rasterize(mesh, camera, bothFaces(options), fb);
  }

  /**
   * Draws the triangles of a mesh that may cover a window of the map (after {@link #begin}): the
   * {@link #visibility} of the points whose {@link #footprint} the window holds comes out as
   * {@link #draw} gives it, at the cost of the triangles near them.
   *
   * @param camera the camera {@link #begin} returned
   * @param mesh the mesh
   * @param options what to draw (back faces are kept)
   * @param window {x0, y0, x1, y1}, samples, inclusive
   */
  public void drawWithin(Camera camera, RenderMesh mesh, RasterOptions options, int[] window) {
    rasterizer.rasterizeWithin(mesh, camera, bothFaces(options), fb, window);
  }

  /** The options' groups with back faces kept: the map stores the nearest surface either way. */
  private static RasterOptions bothFaces(RasterOptions options) {
    return new RasterOptions(false, options.groupMask());
  }

  /**
   * Grows a window to hold every sample that {@link #visibility} reads for the points {@code
   * [from, to)} (after {@link #begin}).
   *
   * @param positions world positions, cm, shape [3 * n]
   * @param from first point
   * @param to one past the last point
   * @param radius the filter radius in samples
   * @param window {x0, y0, x1, y1}, samples, inclusive; grown in place (start from {@link #emptyWindow})
   */
  public void footprint(float[] positions, int from, int to, int radius, int[] window) {
    for (int v = from; v < to; v++) {
      project(positions[3 * v], positions[3 * v + 1], positions[3 * v + 2]);
      window[0] = Math.min(window[0], projectedX - radius);
      window[1] = Math.min(window[1], projectedY - radius);
      window[2] = Math.max(window[2], projectedX + radius);
      window[3] = Math.max(window[3], projectedY + radius);
    }
  }

  /** Projects a point: its sample into {@link #projectedX}, {@link #projectedY}; returns its depth, cm. */
  private double project(float x, float y, float z) {
    double cx = m[0] * x + m[1] * y + m[2] * z + m[3];
    double cy = m[4] * x + m[5] * y + m[6] * z + m[7];
    double d = -(m[8] * x + m[9] * y + m[10] * z + m[11]);
    projectedX = (int) Math.floor(half + focal * cx / d);
    projectedY = (int) Math.floor(half - focal * cy / d);
    return d;
  }

  /** @return a window holding nothing, for {@link #footprint} to grow */
  public static int[] emptyWindow() {
    return new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
  }

  /**
   * The fraction of the map's samples around a point's projection that do not hide it:
   * the nearest sample for radius 0, else a 3 x 3 pattern of samples {@code radius} apart.
   *
   * @param x world x, cm
   * @param y world y, cm
   * @param z world z, cm
   * @param biasCm depth tolerance, cm (against self-shadowing)
   * @param radius filter radius in samples (0: the nearest sample only)
   * @return visibility in [0, 1]; 1 outside the map
   */
  public float visibility(float x, float y, float z, float biasCm, int radius) {
    double d = project(x, y, z);
    int px = projectedX;
    int py = projectedY;
    // Lit where the stored surface is not nearer than the point (less the bias): compared
    // in inverse depth, so no division per sample. Nine taps spread over the radius.
    float limit = (float) (1 / (d - biasCm));
    if (radius == 0) {
      return visibilityAt(px, py, limit);
    }
    int lit = 0;
    for (int j = -1; j <= 1; j++) {
      for (int i = -1; i <= 1; i++) {
        lit += (int) visibilityAt(px + i * radius, py + j * radius, limit);
      }
    }
    return lit / 9f;
  }

  private float visibilityAt(int px, int py, float limit) {
    if (px < 0 || py < 0 || px >= size || py >= size) {
      return 1;
    }
    return fb.invDepth[py * size + px] <= limit ? 1 : 0;
  }
}
