package org.pain3d.synth;

import org.pain3d.dataset.CameraAnnotation;
import org.pain3d.render.Camera;

/**
 * The renderer's camera written in the one camera schema of pain3d's files ({@link
 * CameraAnnotation}: OpenCV convention, x right, y down, z forward; intrinsics in pixels), as
 * the dataset annotations and {@code render.json} both store it. The renderer's own camera
 * frame is OpenGL's (y up, looking down -z), so rows 1 and 2 of its world-to-camera matrix
 * change sign.
 */
public final class CameraAnnotations {
  private CameraAnnotations() {}

  /**
   * Converts a camera.
   *
   * @param c the renderer's camera
   * @return its annotation: angles, vertical field of view, image size, 4x4 world-to-camera
   *     (OpenCV) and 3x3 intrinsics with the principal point at the image centre
   */
  public static CameraAnnotation of(Camera c) {
    double[] m = c.worldToCamera();
    double[][] w2c = {
      {m[0], m[1], m[2], m[3]},
      {-m[4], -m[5], -m[6], -m[7]},
      {-m[8], -m[9], -m[10], -m[11]},
      {0, 0, 0, 1}
    };
    double f = c.focalPx();
    double[][] k = {{f, 0, 0.5 * c.width()}, {0, f, 0.5 * c.height()}, {0, 0, 1}};
    return new CameraAnnotation(c.view().yawDeg(), c.view().pitchDeg(), c.view().rollDeg(), c.fovYDeg(),
        c.width(), c.height(), w2c, k);
  }
}
