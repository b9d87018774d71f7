package org.pain3d.render;

/**
 * Projects landmark vertices to pixels and decides their visibility against the z-buffer.
 *
 * <p>A landmark is visible when it projects inside the image and its depth is at most
 * {@code toleranceCm} behind the farthest depth stored in the frame buffer within one image
 * pixel of it (so a landmark on a silhouette, where depth changes fast or the background is
 * next to it, stays visible, while one hidden behind the nose or a cheek does not). It
 * must also be in front of the near plane.
 */
public final class LandmarkProjector {
  /** Default depth tolerance, cm. */
  public static final float DEFAULT_TOLERANCE_CM = 0.3f;

  private LandmarkProjector() {}

  /**
   * Projects landmarks.
   *
   * @param positions vertex positions, shape [n * 3], world cm
   * @param indices landmark vertex indices, shape [k]
   * @param camera the image camera (not supersampled)
   * @param fb the frame buffer rendered with {@code camera.scaled(superSample)}
   * @param superSample the supersampling factor of {@code fb}
   * @param toleranceCm depth tolerance, cm
   * @param out receives per landmark: pixel x, pixel y (pixel frame, continuous, y down),
   *     depth (cm) and visibility (1 or 0); shape [k * 4]
   */
  public static void project(float[] positions, int[] indices, Camera camera, FrameBuffer fb,
      int superSample, float toleranceCm, float[] out) {
    if (out.length < indices.length * 4) {
      throw new IllegalArgumentException("landmark output too short: " + out.length);
    }
    if (fb.width() != camera.width() * superSample || fb.height() != camera.height() * superSample) {
      throw new IllegalArgumentException("frame buffer does not match camera x superSample");
    }
    double[] p = new double[3];
    for (int k = 0; k < indices.length; k++) {
      int v = indices[k];
      camera.project(positions[3 * v], positions[3 * v + 1], positions[3 * v + 2], p);
      out[4 * k] = (float) p[0];
      out[4 * k + 1] = (float) p[1];
      out[4 * k + 2] = (float) p[2];
      int sx = (int) Math.floor(p[0] * superSample);
      int sy = (int) Math.floor(p[1] * superSample);
      boolean visible = false;
      if (p[2] >= camera.near() && sx >= 0 && sy >= 0 && sx < fb.width() && sy < fb.height()) {
        // Any sample within one image pixel will do: on a silhouette the depth under the
        // landmark changes fast, and the background next to it counts as infinitely far.
        float zbuf = 0;
        for (int y = Math.max(0, sy - superSample); y <= Math.min(fb.height() - 1, sy + superSample); y++) {
          for (int x = Math.max(0, sx - superSample); x <= Math.min(fb.width() - 1, sx + superSample); x++) {
            zbuf = Math.max(zbuf, fb.depth(y * fb.width() + x));
          }
        }
        visible = p[2] <= zbuf + toleranceCm;
      }
      out[4 * k + 3] = visible ? 1f : 0f;
    }
  }
}
