package org.pain3d.render.scene;

import java.util.Arrays;
import org.pain3d.render.Camera;
import org.pain3d.render.CoveredSamples;
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
 * <p>Why a render that merges this layer equals one that draws every triangle ({@link
 * CoveredSamples}): drawing the face, then props {@code [0, T)}, then props {@code [T, n)} leaves
 * the same sample as drawing the face, then merging the best fragment of {@code [0, T)} alone
 * with the same strict comparison, then drawing {@code [T, n)}. The translucent layer starts empty, so it is the fixed
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
  private final int width;
  private final int height;
  private final CoveredSamples opaque = new CoveredSamples();
  private final CoveredSamples translucent = new CoveredSamples();
  /** Packed sRGB per sample where the layer's opaque surface is shaded, else {@link #UNSHADED}; [w * h]. */
  final int[] rgb;
  private Camera camera;
  private int superSample;
  private int generation = -1;
  private int fixed;

  /**
   * Allocates a layer for frame buffers of a size.
   *
   * @param width samples per row
   * @param height rows
   */
  FixedPropLayer(int width, int height) {
    this.width = width;
    this.height = height;
    rgb = new int[width * height];
  }

  /** Returns whether the layer fits buffers of this size. */
  boolean fits(int w, int h) {
    return width == w && height == h;
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
   * Rasterises the fixed triangles and keeps the samples they cover.
   *
   * @param rasterizer the stage's rasteriser
   * @param scratch a frame buffer of the layer's size, overwritten
   * @param props the prop mesh
   * @param c the image camera
   * @param ss supersampling factor
   * @param sampled the camera scaled to the frame buffer
   * @param base the props' triangle base (the face's triangle count)
   * @param stageGeneration the stage's identity counter
   * @param fixedTriangles the props' fixed triangle count
   * @param withTranslucent whether to draw the translucent layer too
   */
  void build(Rasterizer rasterizer, FrameBuffer scratch, RenderMesh props, Camera c, int ss, Camera sampled,
      int base, int stageGeneration, int fixedTriangles, boolean withTranslucent) {
    scratch.clear();
    rasterizer.rasterize(props, sampled, new RasterOptions(true, PropMaterial.groupMask(false)), scratch, base, 0,
        fixedTriangles);
    opaque.keep(scratch);
    translucent.clear();
    if (withTranslucent) {
      scratch.clear();
      rasterizer.rasterize(props, sampled, new RasterOptions(true, PropMaterial.groupMask(true)), scratch, base, 0,
          fixedTriangles);
      translucent.keep(scratch);
    }
    Arrays.fill(rgb, UNSHADED);
    camera = c;
    superSample = ss;
    generation = stageGeneration;
    fixed = fixedTriangles;
  }

  /** Merges the opaque fixed triangles into a buffer that holds the face (strictly nearer wins). */
  void mergeOpaque(FrameBuffer fb) {
    opaque.mergeInto(fb);
  }

  /** Merges the translucent fixed triangles into a buffer (cleared: a copy). */
  void mergeTranslucent(FrameBuffer fb) {
    translucent.mergeInto(fb);
  }
}
