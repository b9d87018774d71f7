package org.pain3d.render;

/**
 * Rasterises a face mesh with the mouth interior (teeth, gums and tongue) only when it can
 * be seen ({@link #rasterize}). Used by {@link FaceRenderer} and for clip frames by the scene
 * renderer.
 *
 * <p>Holds per-topology raster options; not thread-safe, one per renderer.
 */
public final class FaceRaster {
  private final int[] landmarkIndices = FaceLandmarks.ict68();
  // Raster options of the face without and with only the mouth interior, per topology.
  private int[] interiorTriangles;
  private RasterOptions outerOptions;
  private RasterOptions interiorOptions;
  private MaterialKind[] socket;

  /**
   * Rasterises a face mesh, skipping the teeth and the gums and tongue when they cannot be
   * seen. They lie inside the mouth socket (a closed bag behind the lips), so a ray that
   * would hit them hits the socket when they are left out: the face is drawn without them,
   * and only when some sample around the lips (the box of the outer lip landmarks, grown by
   * 20 %) shows the socket or the background are they drawn too, into the same buffer. A
   * closed mouth (most neutral faces) saves about a quarter of the rasterisation.
   *
   * @param rasterizer the rasteriser to use
   * @param mesh the face mesh, world cm
   * @param camera the image camera (not supersampled)
   * @param ss the supersampling factor of the buffer
   * @param fb the buffer (not cleared first)
   */
  public void rasterize(Rasterizer rasterizer, RenderMesh mesh, Camera camera, int ss, FrameBuffer fb) {
    Camera sampled = camera.scaled(ss);
    if (mesh.triangles() != interiorTriangles) {
      interiorTriangles = mesh.triangles();
      int teeth = mesh.groupIndex("M_Teeth");
      int gums = mesh.groupIndex("M_GumsTongue");
      long interior = (teeth >= 0 && teeth < 64 ? 1L << teeth : 0) | (gums >= 0 && gums < 64 ? 1L << gums : 0);
      RasterOptions all = FaceRenderer.faceOptions(mesh);
      outerOptions = new RasterOptions(true, all.groupMask() & ~interior);
      interiorOptions = new RasterOptions(true, all.groupMask() & interior);
      socket = MaterialKind.ofTriangles(mesh);
    }
    if (interiorOptions.groupMask() == 0 || mesh.vertexCount() <= 6470) {
      rasterizer.rasterize(mesh, sampled, FaceRenderer.faceOptions(mesh), fb);
      return;
    }
    rasterizer.rasterize(mesh, sampled, outerOptions, fb);
    if (mouthShows(mesh, camera, ss, fb)) {
      rasterizer.rasterize(mesh, sampled, interiorOptions, fb);
    }
  }

  /** Whether a sample in the box around the outer lip contour shows the mouth socket or nothing. */
  private boolean mouthShows(RenderMesh mesh, Camera camera, int ss, FrameBuffer fb) {
    float[] p = mesh.positions();
    double[] q = new double[3];
    double x0 = Double.MAX_VALUE;
    double y0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double y1 = -Double.MAX_VALUE;
    for (int k = 48; k <= 59; k++) {
      int v = landmarkIndices[k];
      camera.project(p[3 * v], p[3 * v + 1], p[3 * v + 2], q);
      if (q[2] < camera.near()) {
        return true;
      }
      x0 = Math.min(x0, q[0]);
      y0 = Math.min(y0, q[1]);
      x1 = Math.max(x1, q[0]);
      y1 = Math.max(y1, q[1]);
    }
    double mx = 0.2 * (x1 - x0) + 1;
    double my = 0.2 * (y1 - y0) + 1;
    int sx0 = (int) Math.max(0, Math.floor((x0 - mx) * ss));
    int sy0 = (int) Math.max(0, Math.floor((y0 - my) * ss));
    int sx1 = (int) Math.min(fb.width() - 1, Math.ceil((x1 + mx) * ss));
    int sy1 = (int) Math.min(fb.height() - 1, Math.ceil((y1 + my) * ss));
    for (int y = sy0; y <= sy1; y++) {
      for (int x = sx0, o = y * fb.width() + sx0; x <= sx1; x++, o++) {
        int t = fb.triangle[o];
        if (t < 0 || socket[t] == MaterialKind.MOUTH) {
          return true;
        }
      }
    }
    return false;
  }
}
