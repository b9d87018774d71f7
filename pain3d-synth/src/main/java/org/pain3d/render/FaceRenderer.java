package org.pain3d.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Renders a mesh into a {@link RenderTarget}: one rasterisation, then every requested pass
 * resolved from the visibility buffer, plus the 68 landmarks when the mesh has the
 * ICT-FaceKit topology.
 *
 * <p>All passes of a target come from the same rasterisation: to get the frontal pain image
 * and its heatmap, render once into a target with both SHADED and HEATMAP and pass the
 * neutral positions (rather than rendering twice).
 *
 * <p>Holds per-vertex scratch (normals, displacements) and a {@link Rasterizer}; reuse one
 * instance per thread. Nothing is allocated per render once the scratch has grown to the
 * mesh size.
 */
public final class FaceRenderer {
  private static final Set<Pass> SHADED_ONLY = EnumSet.of(Pass.SHADED);
  private final Rasterizer rasterizer = new Rasterizer();
  private final int[] landmarkIndices = FaceLandmarks.ict68();
  private float[] vertexNormals = new float[0];
  // The positions and triangles the normals were computed from (renders of one pose from
  // several views reuse them; comparing positions is far cheaper than recomputing).
  private float[] normalsPositions = new float[0];
  private int[] normalsTriangles;
  private float[] displacement = new float[0];
  // Raster options of the face without and with only the mouth interior, per topology.
  private int[] interiorTriangles;
  private RasterOptions outerOptions;
  private RasterOptions interiorOptions;
  private MaterialKind[] socket;

  /**
   * Returns the raster options for a face mesh: back faces culled, the transparent overlay
   * groups ({@link MaterialKind#HIDDEN}) left out.
   *
   * @param mesh the mesh
   */
  public static RasterOptions faceOptions(RenderMesh mesh) {
    List<String> hidden = new ArrayList<>();
    for (String g : mesh.groupNames()) {
      if (MaterialKind.ofGroup(g) == MaterialKind.HIDDEN) {
        hidden.add(g);
      }
    }
    return RasterOptions.excluding(mesh, hidden);
  }

  /**
   * Renders one image.
   *
   * @param mesh the mesh to draw, world cm
   * @param camera the image camera (target size, not supersampled)
   * @param shader the appearance; may be null when SHADED is not requested
   * @param neutralPositions the same identity's neutral positions for the HEATMAP pass,
   *     shape [n * 3]; may be null when HEATMAP is not requested
   * @param target the caller-owned buffers, filled in place
   */
  public void render(RenderMesh mesh, Camera camera, Shader shader, float[] neutralPositions,
      RenderTarget target) {
    if (camera.width() != target.width || camera.height() != target.height) {
      throw new IllegalArgumentException("camera size does not match the render target");
    }
    int ss = target.superSample;
    Camera sampled = camera.scaled(ss);
    FrameBuffer fb = target.frame;
    fb.clear();
    rasterizeFace(mesh, camera, ss, fb);
    if (target.has(Pass.SHADED) || target.has(Pass.NORMAL)) {
      updateNormals(mesh);
    }
    if (target.has(Pass.SHADED)) {
      if (shader == null) {
        throw new IllegalArgumentException("the SHADED pass needs a shader");
      }
      shader.resolve(fb, ss, mesh, vertexNormals, sampled, target.shaded);
    }
    if (target.has(Pass.DEPTH)) {
      PassResolver.depth(fb, ss, target.depthCm);
    }
    if (target.has(Pass.NORMAL)) {
      PassResolver.normals(fb, ss, mesh, vertexNormals, sampled, target.normals);
    }
    if (target.has(Pass.UV)) {
      PassResolver.uv(fb, ss, mesh, target.uv);
    }
    if (!target.passes.equals(SHADED_ONLY)) {
      PassResolver.mask(fb, ss, mesh, target.mask);
    }
    if (target.has(Pass.HEATMAP)) {
      if (neutralPositions == null) {
        throw new IllegalArgumentException("the HEATMAP pass needs the neutral positions");
      }
      if (displacement.length != mesh.vertexCount()) {
        displacement = new float[mesh.vertexCount()];
      }
      PainHeatmap.displacementMm(neutralPositions, mesh.positions(), displacement);
      PassResolver.scalar(fb, ss, mesh, displacement, target.heatmapMm);
    }
    if (mesh.vertexCount() > 6470) {
      LandmarkProjector.project(mesh.positions(), landmarkIndices, camera, fb, ss,
          LandmarkProjector.DEFAULT_TOLERANCE_CM, target.landmarks);
    } else {
      Arrays.fill(target.landmarks, 0f);
    }
  }

  /**
   * Rasterises a face mesh, skipping the teeth and the gums and tongue when they cannot be
   * seen. They lie inside the mouth socket (a closed bag behind the lips), so a ray that
   * would hit them hits the socket when they are left out: the face is drawn without them,
   * and only when some sample around the lips (the box of the outer lip landmarks, grown by
   * 20 %) shows the socket or the background are they drawn too, into the same buffer. A
   * closed mouth (most neutral faces) saves about a quarter of the rasterisation.
   */
  private void rasterizeFace(RenderMesh mesh, Camera camera, int ss, FrameBuffer fb) {
    Camera sampled = camera.scaled(ss);
    if (mesh.triangles() != interiorTriangles) {
      interiorTriangles = mesh.triangles();
      int teeth = mesh.groupIndex("M_Teeth");
      int gums = mesh.groupIndex("M_GumsTongue");
      long interior = (teeth >= 0 && teeth < 64 ? 1L << teeth : 0) | (gums >= 0 && gums < 64 ? 1L << gums : 0);
      RasterOptions all = faceOptions(mesh);
      outerOptions = new RasterOptions(true, all.groupMask() & ~interior);
      interiorOptions = new RasterOptions(true, all.groupMask() & interior);
      socket = MaterialKind.ofTriangles(mesh);
    }
    if (interiorOptions.groupMask() == 0 || mesh.vertexCount() <= 6470) {
      rasterizer.rasterize(mesh, sampled, faceOptions(mesh), fb);
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

  private void updateNormals(RenderMesh mesh) {
    float[] p = mesh.positions();
    if (mesh.triangles() == normalsTriangles && Arrays.equals(p, normalsPositions)) {
      return;
    }
    if (vertexNormals.length != p.length) {
      vertexNormals = new float[p.length];
      normalsPositions = new float[p.length];
    }
    VertexNormals.compute(p, mesh.triangles(), vertexNormals);
    System.arraycopy(p, 0, normalsPositions, 0, p.length);
    normalsTriangles = mesh.triangles();
  }
}
