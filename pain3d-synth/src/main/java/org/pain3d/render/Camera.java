package org.pain3d.render;

/**
 * A pinhole perspective camera orbiting a target point (see {@link View}).
 *
 * <p>Camera frame: x right, y up, looking down -z. Pixel frame: x right, y down, origin at
 * the top-left image corner; the principal point is the image centre and pixels are square.
 * A world point {@code p} maps to camera coordinates {@code c = R^T (p - eye)} with
 * {@code R = view.cameraToWorld()} and {@code eye = target + R (0, 0, distance)}; its pixel
 * position is {@code (cx + f c.x / d, cy - f c.y / d)} with depth {@code d = -c.z} (cm) and
 * focal length {@code f = (height / 2) / tan(fovY / 2)} pixels.
 *
 * @param width image width, pixels, in [1, 16384]
 * @param height image height, pixels, in [1, 16384]
 * @param fovYDeg vertical field of view, degrees, in (0, 170)
 * @param targetX orbit target x, world cm
 * @param targetY orbit target y, world cm
 * @param targetZ orbit target z, world cm
 * @param distance distance from the target to the eye, cm, positive
 * @param view the viewpoint
 * @param near near clipping distance, cm, positive; geometry closer than this is clipped
 */
public record Camera(
    int width,
    int height,
    double fovYDeg,
    double targetX,
    double targetY,
    double targetZ,
    double distance,
    View view,
    double near) {

  /** Validates sizes and ranges. */
  public Camera {
    if (width < 1 || height < 1 || width > 16384 || height > 16384) {
      throw new IllegalArgumentException("image size out of range: " + width + "x" + height);
    }
    if (!(fovYDeg > 0 && fovYDeg < 170)) {
      throw new IllegalArgumentException("field of view out of (0, 170) degrees: " + fovYDeg);
    }
    if (!(distance > 0) || !(near > 0)) {
      throw new IllegalArgumentException("distance and near must be positive: " + distance + ", " + near);
    }
    if (!Double.isFinite(targetX) || !Double.isFinite(targetY) || !Double.isFinite(targetZ)) {
      throw new IllegalArgumentException("target must be finite");
    }
    if (view == null) {
      throw new IllegalArgumentException("view must not be null");
    }
  }

  /** Returns the focal length in pixels. */
  public double focalPx() {
    return 0.5 * height / Math.tan(Math.toRadians(fovYDeg) * 0.5);
  }

  /**
   * Returns the world-to-camera transform as a row-major 3x4 matrix {@code [R^T | -R^T eye]}.
   */
  public double[] worldToCamera() {
    double[] r = view.cameraToWorld();
    double ex = targetX + r[2] * distance;
    double ey = targetY + r[5] * distance;
    double ez = targetZ + r[8] * distance;
    double[] m = new double[12];
    for (int i = 0; i < 3; i++) {
      double ax = r[i];
      double ay = r[3 + i];
      double az = r[6 + i];
      m[i * 4] = ax;
      m[i * 4 + 1] = ay;
      m[i * 4 + 2] = az;
      m[i * 4 + 3] = -(ax * ex + ay * ey + az * ez);
    }
    return m;
  }

  /** Returns the eye position in world cm, shape [3]. */
  public double[] eye() {
    double[] r = view.cameraToWorld();
    return new double[] {
      targetX + r[2] * distance, targetY + r[5] * distance, targetZ + r[8] * distance
    };
  }

  /**
   * Projects a world point.
   *
   * @param x world x, cm
   * @param y world y, cm
   * @param z world z, cm
   * @param out receives pixel x, pixel y and depth (cm along the view axis), shape [3]
   */
  public void project(double x, double y, double z, double[] out) {
    double[] m = worldToCamera();
    double cx = m[0] * x + m[1] * y + m[2] * z + m[3];
    double cy = m[4] * x + m[5] * y + m[6] * z + m[7];
    double d = -(m[8] * x + m[9] * y + m[10] * z + m[11]);
    double f = focalPx();
    out[0] = 0.5 * width + f * cx / d;
    out[1] = 0.5 * height - f * cy / d;
    out[2] = d;
  }

  /**
   * Returns the same camera at {@code factor} times the resolution (for supersampling):
   * same field of view and pose, so a pixel of this camera covers a factor x factor block.
   *
   * @param factor resolution multiplier, at least 1
   */
  public Camera scaled(int factor) {
    if (factor < 1) {
      throw new IllegalArgumentException("scale factor must be >= 1: " + factor);
    }
    return new Camera(width * factor, height * factor, fovYDeg, targetX, targetY, targetZ,
        distance, view, near);
  }

  /**
   * Returns this camera seen from another view (same target, distance, lens and size).
   *
   * @param other the new viewpoint
   */
  public Camera withView(View other) {
    return new Camera(width, height, fovYDeg, targetX, targetY, targetZ, distance, other, near);
  }
}
