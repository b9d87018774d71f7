package org.pain3d.render.scene;

import java.util.Arrays;
import org.pain3d.render.Camera;
import org.pain3d.render.FrameBuffer;
import org.pain3d.render.RasterOptions;
import org.pain3d.render.Rasterizer;
import org.pain3d.render.RenderMesh;

/**
 * The props' fixed triangles ({@link PropSet#fixedTriangles()}: garment, torso, pillow and
 * whatever else does not move with the expression) rasterised once from one camera, for every
 * render from that camera: the neutral image and the pain images of a view differ only in the
 * face and the props that follow it.
 *
 * <p>Why a render that merges this layer equals one that draws every triangle: the rasteriser
 * keeps, per sample, the fragment of largest inverse depth and, among equal ones, the first
 * drawn (a fragment replaces what is there only when its inverse depth is strictly greater).
 * So drawing the face, then props {@code [0, T)}, then props {@code [T, n)} leaves the same
 * sample as drawing the face, then merging the best fragment of {@code [0, T)} alone with the
 * same strict comparison, then drawing {@code [T, n)}; a fragment's weights and inverse depth do
 * not depend on what the buffer held. The translucent layer starts empty, so it is the fixed
 * triangles' translucent buffer with the others drawn over it.
 *
 * <p>The shaded colour of a sample whose nearest surface is a fixed triangle (and no translucent
 * surface in front) depends only on that triangle, its weights and the per-vertex lighting of
 * its corners, which is fixed for a camera and an identity: it is kept in {@link #rgb} the first
 * time a render computes it.
 *
 * <p>Not thread-safe; owned by one {@link SceneStage}.
 */
final class FixedPropLayer {
  /** Not yet shaded (packed sRGB values are {@code 0..0xFFFFFF}). */
  static final int UNSHADED = -1;
  private final FrameBuffer opaque;
  private final FrameBuffer translucent;
  /** Packed sRGB per sample where the layer's opaque surface is shaded, else {@link #UNSHADED}; [w * h]. */
  final int[] rgb;
  private Camera camera;
  private int superSample;
  private int generation = -1;
  private int fixed;
  private int[] opaqueSpan = {0, -1};
  private int[] translucentSpan = {0, -1};

  /**
   * Allocates a layer for frame buffers of a size.
   *
   * @param width samples per row
   * @param height rows
   */
  FixedPropLayer(int width, int height) {
    opaque = new FrameBuffer(width, height);
    translucent = new FrameBuffer(width, height);
    rgb = new int[width * height];
  }

  /** Returns whether the layer fits buffers of this size. */
  boolean fits(int width, int height) {
    return opaque.width() == width && opaque.height() == height;
  }

  /**
   * Returns whether the layer holds these props' fixed triangles for this camera.
   *
   * @param c the image camera
   * @param ss supersampling factor
   * @param stageGeneration the stage's identity counter
   * @param fixedTriangles the props' current fixed triangle count
   */
  boolean holds(Camera c, int ss, int stageGeneration, int fixedTriangles) {
    return generation == stageGeneration && fixed == fixedTriangles && superSample == ss && c.equals(camera);
  }

  /**
   * Rasterises the fixed triangles.
   *
   * @param rasterizer the stage's rasteriser
   * @param props the prop mesh
   * @param c the image camera
   * @param ss supersampling factor
   * @param sampled the camera scaled to the frame buffer
   * @param base the props' triangle base (the face's triangle count)
   * @param stageGeneration the stage's identity counter
   * @param fixedTriangles the props' fixed triangle count
   * @param withTranslucent whether to draw the translucent layer too
   */
  void build(Rasterizer rasterizer, RenderMesh props, Camera c, int ss, Camera sampled, int base,
      int stageGeneration, int fixedTriangles, boolean withTranslucent) {
    opaque.clear();
    rasterizer.rasterize(props, sampled, new RasterOptions(true, PropMaterial.groupMask(false)), opaque, base, 0,
        fixedTriangles);
    opaqueSpan = span(opaque);
    translucent.clear();
    if (withTranslucent) {
      rasterizer.rasterize(props, sampled, new RasterOptions(true, PropMaterial.groupMask(true)), translucent, base,
          0, fixedTriangles);
    }
    translucentSpan = span(translucent);
    Arrays.fill(rgb, UNSHADED);
    camera = c;
    superSample = ss;
    generation = stageGeneration;
    fixed = fixedTriangles;
  }

  /** Merges the opaque fixed triangles into a buffer that holds the face (strictly nearer wins). */
  void mergeOpaque(FrameBuffer fb) {
    merge(opaque, opaqueSpan, fb);
  }

  /** Merges the translucent fixed triangles into a buffer (cleared: a copy). */
  void mergeTranslucent(FrameBuffer fb) {
    merge(translucent, translucentSpan, fb);
  }

  private static void merge(FrameBuffer layer, int[] span, FrameBuffer fb) {
    float[] li = layer.invDepth;
    float[] fi = fb.invDepth;
    for (int s = span[0]; s <= span[1]; s++) {
      if (li[s] > fi[s]) {
        fi[s] = li[s];
        fb.triangle[s] = layer.triangle[s];
        fb.bary1[s] = layer.bary1[s];
        fb.bary2[s] = layer.bary2[s];
      }
    }
  }

  /** First and last covered sample, or {0, -1} when none. */
  private static int[] span(FrameBuffer fb) {
    int[] t = fb.triangle;
    int first = 0;
    while (first < t.length && t[first] < 0) {
      first++;
    }
    int last = t.length - 1;
    while (last >= first && t[last] < 0) {
      last--;
    }
    return first <= last ? new int[] {first, last} : new int[] {0, -1};
  }
}
