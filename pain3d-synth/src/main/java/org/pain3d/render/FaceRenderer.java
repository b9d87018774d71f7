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
  private final FaceRaster faceRaster = new FaceRaster();

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
    render(mesh, camera, shader, neutralPositions, null, target);
  }

  /**
   * Renders one image of a head turned on the neck.
   *
   * @param mesh the mesh to draw, world cm
   * @param camera the image camera (target size, not supersampled)
   * @param shader the appearance; may be null when SHADED is not requested
   * @param neutralPositions the same identity's neutral positions for the HEATMAP pass,
   *     shape [n * 3]; may be null when HEATMAP is not requested
   * @param headRotation the head's turn from its neutral frame, row-major 3x3 ({@link
   *     Shader#resolve(FrameBuffer, int, RenderMesh, float[], Camera, double[], int[])}); null for none
   * @param target the caller-owned buffers, filled in place
   */
  public void render(RenderMesh mesh, Camera camera, Shader shader, float[] neutralPositions,
      double[] headRotation, RenderTarget target) {
    if (camera.width() != target.width || camera.height() != target.height) {
      throw new IllegalArgumentException("camera size does not match the render target");
    }
    int ss = target.superSample;
    Camera sampled = camera.scaled(ss);
    FrameBuffer fb = target.frame;
    fb.clear();
    faceRaster.rasterize(rasterizer, mesh, camera, ss, fb);
    if (target.has(Pass.SHADED) || target.has(Pass.NORMAL)) {
      updateNormals(mesh);
    }
    if (target.has(Pass.SHADED)) {
      if (shader == null) {
        throw new IllegalArgumentException("the SHADED pass needs a shader");
      }
      shader.resolve(fb, ss, mesh, vertexNormals, sampled, headRotation, target.shaded);
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
