package org.pain3d.render;

import java.util.EnumSet;
import java.util.Set;

/**
 * Caller-owned buffers for one image size and set of passes, reused across renders.
 *
 * <p>All images are row-major in the pixel frame (y down), {@code width * height} pixels;
 * the visibility buffer {@link #frame} has {@code superSample} times the resolution per
 * axis. A pass not requested has a zero-length array. The mask is always allocated (the
 * heatmap colouring and the CLI use it) and filled by every render, except into a target
 * whose only pass is SHADED (the dataset images, which do not need it).
 */
public final class RenderTarget {
  /** Image width, pixels. */
  public final int width;
  /** Image height, pixels. */
  public final int height;
  /** Supersampling factor per axis (1 = none). */
  public final int superSample;
  /** The passes filled by {@link FaceRenderer#render}. */
  public final Set<Pass> passes;
  /** The visibility buffer at the supersampled resolution. */
  public final FrameBuffer frame;
  /** SHADED: packed sRGB {@code 0xRRGGBB}. */
  public final int[] shaded;
  /** DEPTH: cm along the view axis, 0 on the background. */
  public final float[] depthCm;
  /** NORMAL: unit camera-frame normals, 3 per pixel. */
  public final float[] normals;
  /** UV: texture coordinates, 2 per pixel, -1 on the background. */
  public final float[] uv;
  /** MASK: material group index + 1, 0 on the background (not filled for SHADED-only targets). */
  public final byte[] mask;
  /** HEATMAP: displacement from the neutral face, mm, 0 on the background. */
  public final float[] heatmapMm;
  /** The 68 landmarks: pixel x, pixel y, depth cm, visible (1/0), 4 per landmark. */
  public final float[] landmarks = new float[FaceLandmarks.COUNT * 4];

  /**
   * Allocates the buffers.
   *
   * @param width image width, pixels, in [1, 4096]
   * @param height image height, pixels, in [1, 4096]
   * @param superSample supersampling factor, in [1, 4]
   * @param passes passes to allocate
   */
  public RenderTarget(int width, int height, int superSample, Set<Pass> passes) {
    if (width < 1 || height < 1 || width > 4096 || height > 4096) {
      throw new IllegalArgumentException("image size out of [1, 4096]: " + width + "x" + height);
    }
    if (superSample < 1 || superSample > 4) {
      throw new IllegalArgumentException("supersampling factor out of [1, 4]: " + superSample);
    }
    this.width = width;
    this.height = height;
    this.superSample = superSample;
    this.passes = passes.isEmpty() ? EnumSet.noneOf(Pass.class) : EnumSet.copyOf(passes);
    int n = width * height;
    frame = new FrameBuffer(width * superSample, height * superSample);
    shaded = new int[this.passes.contains(Pass.SHADED) ? n : 0];
    depthCm = new float[this.passes.contains(Pass.DEPTH) ? n : 0];
    normals = new float[this.passes.contains(Pass.NORMAL) ? 3 * n : 0];
    uv = new float[this.passes.contains(Pass.UV) ? 2 * n : 0];
    mask = new byte[n];
    heatmapMm = new float[this.passes.contains(Pass.HEATMAP) ? n : 0];
  }

  /** Returns true when the pass is filled by renders into this target. */
  public boolean has(Pass pass) {
    return passes.contains(pass);
  }
}
