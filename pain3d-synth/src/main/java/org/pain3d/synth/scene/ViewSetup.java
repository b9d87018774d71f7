package org.pain3d.synth.scene;

import org.pain3d.render.View;

/**
 * One view's camera in a scene: the (jittered) viewpoint, the lens, how much of the image
 * the face fills and how far off-centre it sits.
 *
 * @param view the viewpoint around the head (the head pose relative to the camera)
 * @param fovYDeg vertical field of view, degrees
 * @param fill fraction of the half image height the 68 landmarks fill
 * @param offsetX shift of the face to the right, fraction of the half image height
 * @param offsetY shift of the face up, fraction of the half image height
 */
public record ViewSetup(View view, double fovYDeg, double fill, double offsetX, double offsetY) {
  /** Validates ranges. */
  public ViewSetup {
    if (view == null || !(fovYDeg > 0 && fovYDeg < 170) || !(fill > 0 && fill <= 2)) {
      throw new IllegalArgumentException("bad view setup: " + view + ", fov " + fovYDeg + ", fill " + fill);
    }
    if (!(Math.abs(offsetX) <= 1) || !(Math.abs(offsetY) <= 1)) {
      throw new IllegalArgumentException("face offset out of [-1, 1]: " + offsetX + ", " + offsetY);
    }
  }
}
