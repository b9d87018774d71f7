package org.pain3d.render.hair;

import java.util.Arrays;
import org.pain3d.render.Camera;
import org.pain3d.render.CoveredSamples;
import org.pain3d.render.FrameBuffer;
import org.pain3d.render.RasterOptions;
import org.pain3d.render.Rasterizer;

/**
 * A hair model's fixed triangles ({@link HairModel#fixedTriangles()}: the scalp parts, which
 * do not move with the expression) rasterised and shaded once from one camera, for every draw
 * from that camera while the scalp is at rest: the neutral image and the pain images of a view
 * differ only in the facial hair and the lashes.
 *
 * <p>{@link HairLayer} draws two passes into its buffer: the opaque groups with back faces
 * culled, then the two-sided groups, each over the triangles in order. With the fixed
 * triangles {@code [0, T)} first in the mesh, a pass draws its fixed triangles, then its
 * moving ones; so clearing the buffer, merging this layer's opaque samples (a copy), drawing
 * the moving opaque triangles, merging the two-sided samples and drawing the moving two-sided
 * triangles leaves the buffer of drawing everything ({@link CoveredSamples}).
 *
 * <p>The layer also keeps the fixed triangles' second layer and its shading (their nearest fragment
 * behind their nearest, {@link Rasterizer#rasterizeBehind}): where the buffer's nearest hair is
 * a fixed triangle, it is that buffer's second layer of fixed hair ({@link HairLayer} blends it
 * under a translucent sample); its shading, like the nearest's, depends only on the fragment,
 * the camera and the light.
 *
 * <p>Where the buffer's nearest hair is a fixed triangle, it is the fixed triangles' nearest
 * fragment at that sample (the first drawn among equal ones: the opaque pass comes first), and
 * its shading ({@link HairShading#shade}) depends only on that fragment and the per-vertex
 * lighting of its corners, fixed for a camera, a light and the scalp at rest; {@link #shaded}
 * keeps it per sample.
 *
 * <p>Not thread-safe; owned by one {@link HairLayer}.
 */
final class FixedHairLayer {
  private final int width;
  private final int height;
  private final CoveredSamples opaque = new CoveredSamples();
  private final CoveredSamples twoSided = new CoveredSamples();
  /**
   * The second layer: the nearest fixed fragment strictly behind the fixed triangles' nearest at
   * each sample ({@link Rasterizer#rasterizeBehind}, the opaque then the two-sided pass).
   */
  private final CoveredSamples behind = new CoveredSamples();
  /** Per sample, the index of its second-layer fragment in {@link #behind}, or -1; shape [w * h]. */
  private final int[] back;
  /**
   * The second layer's shading as {@link #shaded} holds it, [4 * count], filled when a draw first
   * needs it ({@link #backShading}; most of the second layer lies behind the head); opacity NaN
   * until then.
   */
  private float[] backShaded = new float[0];
  /**
   * Per sample, the shading of the fixed triangles' nearest fragment (premultiplied linear r, g,
   * b and the opacity, as {@link HairShading#shade} gives them); set where a fixed triangle
   * covers the sample, shape [4 * w * h].
   */
  final float[] shaded;
  private HairModel model;
  private Camera camera;
  private int superSample;
  private HairLight light;

  /**
   * Allocates a layer for frame buffers of a size.
   *
   * @param width samples per row
   * @param height rows
   */
  FixedHairLayer(int width, int height) {
    this.width = width;
    this.height = height;
    shaded = new float[4 * width * height];
    back = new int[width * height];
  }

  /** Returns whether the layer fits buffers of this size. */
  boolean fits(int w, int h) {
    return width == w && height == h;
  }

  /** Returns whether the layer holds this model's fixed triangles for this camera and light. */
  boolean holds(HairModel m, Camera c, int ss, HairLight l) {
    return model == m && light == l && superSample == ss && c.equals(camera);
  }

  /**
   * Rasterises the fixed triangles, keeps the samples of each pass and shades the nearest.
   *
   * @param rasterizer the hair layer's rasteriser
   * @param scratch a frame buffer of the layer's size, overwritten
   * @param behindScratch another frame buffer of the layer's size, overwritten
   * @param m the hair, its scalp at rest
   * @param c the image camera
   * @param ss supersampling factor
   * @param sampled the camera scaled to the frame buffer
   * @param l the light
   * @param shading the shading of this model, camera and light
   * @param opaqueOptions the opaque pass's options
   * @param twoSidedOptions the two-sided pass's options
   */
  void build(Rasterizer rasterizer, FrameBuffer scratch, FrameBuffer behindScratch, HairModel m, Camera c, int ss,
      Camera sampled, HairLight l, HairShading shading, RasterOptions opaqueOptions, RasterOptions twoSidedOptions) {
    int fixed = m.fixedTriangles();
    scratch.clear();
    rasterizer.rasterize(m.mesh(), sampled, opaqueOptions, scratch, 0, 0, fixed);
    opaque.keep(scratch);
    rasterizer.rasterize(m.mesh(), sampled, twoSidedOptions, scratch, 0, 0, fixed);
    float[] out = new float[4];
    int[] tri = scratch.triangle;
    for (int s = 0; s < tri.length; s++) {
      if (tri[s] >= 0) {
        shading.shade(tri[s], scratch.bary1[s], scratch.bary2[s], out);
        System.arraycopy(out, 0, shaded, 4 * s, 4);
      }
    }
    behindScratch.clear();
    rasterizer.rasterizeBehind(m.mesh(), sampled, opaqueOptions, behindScratch, scratch, 0, fixed);
    rasterizer.rasterizeBehind(m.mesh(), sampled, twoSidedOptions, behindScratch, scratch, 0, fixed);
    keepBehind(behindScratch);
    scratch.clear();
    rasterizer.rasterize(m.mesh(), sampled, twoSidedOptions, scratch, 0, 0, fixed);
    twoSided.keep(scratch);
    model = m;
    camera = c;
    superSample = ss;
    light = l;
  }

  /** Merges the fixed opaque-pass samples into a buffer (cleared: a copy). */
  void mergeOpaque(FrameBuffer fb) {
    opaque.mergeInto(fb);
  }

  /** Keeps the second layer's fragments (their shading is computed when first needed). */
  private void keepBehind(FrameBuffer fb) {
    behind.keep(fb);
    int n = behind.count();
    Arrays.fill(back, -1);
    if (backShaded.length < 4 * n) {
      backShaded = new float[4 * n];
    }
    for (int k = 0; k < n; k++) {
      back[behind.index(k)] = k;
      backShaded[4 * k + 3] = Float.NaN;
    }
  }

  /**
   * The second layer's fragment at a sample, or -1.
   *
   * @param s sample index
   * @return its index for {@link #backInvDepth(int)} and {@link #backShading}
   */
  int back(int s) {
    return back[s];
  }

  /** Returns the inverse depth (1/cm) of second-layer fragment k. */
  float backInvDepth(int k) {
    return behind.invDepth(k);
  }

  /**
   * The shading of second-layer fragment k (premultiplied linear r, g, b and the opacity), shaded
   * the first time it is asked for and kept.
   *
   * @param k the fragment ({@link #back(int)})
   * @param shading the shading of this layer's model, camera and light
   * @param out receives the four values
   */
  void backShading(int k, HairShading shading, float[] out) {
    int o = 4 * k;
    if (Float.isNaN(backShaded[o + 3])) {
      shading.shade(behind.triangle(k), behind.bary1(k), behind.bary2(k), out);
      System.arraycopy(out, 0, backShaded, o, 4);
      return;
    }
    System.arraycopy(backShaded, o, out, 0, 4);
  }

  /** Merges the fixed two-sided samples into a buffer after the moving opaque triangles. */
  void mergeTwoSided(FrameBuffer fb) {
    twoSided.mergeInto(fb);
  }
}
