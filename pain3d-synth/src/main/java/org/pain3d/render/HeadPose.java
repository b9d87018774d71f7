package org.pain3d.render;

/**
 * A rotation of the head relative to its rest pose, as yaw, pitch and roll in the world frame
 * (y up, +z out of the face, +x to the subject's left): {@code R = Ry(yaw) Rx(pitch)
 * Rz(roll)}, each a right-handed rotation about that world axis.
 *
 * <p>Positive yaw turns the face towards the subject's left; positive pitch tilts it down (a
 * nod); positive roll tilts the head towards the subject's right shoulder (the left ear
 * rises).
 *
 * @param yawDeg yaw, degrees, in [-90, 90]
 * @param pitchDeg pitch, degrees, in [-90, 90]
 * @param rollDeg roll, degrees, in [-90, 90]
 */
public record HeadPose(double yawDeg, double pitchDeg, double rollDeg) {
  /** Validates. */
  public HeadPose {
    if (!(Math.abs(yawDeg) <= 90) || !(Math.abs(pitchDeg) <= 90) || !(Math.abs(rollDeg) <= 90)) {
      throw new IllegalArgumentException("head pose out of range: " + yawDeg + ", " + pitchDeg + ", " + rollDeg);
    }
  }

  /** @return the rest pose */
  public static HeadPose rest() {
    return new HeadPose(0, 0, 0);
  }

  /** @return whether this is the rest pose */
  public boolean isRest() {
    return yawDeg == 0 && pitchDeg == 0 && rollDeg == 0;
  }

  /** @return the rotation matrix, row-major 3x3 */
  public double[] matrix() {
    double y = Math.toRadians(yawDeg);
    double p = Math.toRadians(pitchDeg);
    double r = Math.toRadians(rollDeg);
    double cy = Math.cos(y);
    double sy = Math.sin(y);
    double cp = Math.cos(p);
    double sp = Math.sin(p);
    double cr = Math.cos(r);
    double sr = Math.sin(r);
    return new double[] {
      cy * cr + sy * sp * sr, -cy * sr + sy * sp * cr, sy * cp,
      cp * sr, cp * cr, -sp,
      -sy * cr + cy * sp * sr, sy * sr + cy * sp * cr, cy * cp
    };
  }

  /**
   * The pose of a rotation matrix (the inverse of {@link #matrix()} for pitch in (-90, 90)).
   *
   * @param m row-major 3x3 rotation
   * @return the pose
   */
  public static HeadPose of(double[] m) {
    double p = Math.asin(Math.max(-1, Math.min(1, -m[5])));
    double y = Math.atan2(m[2], m[8]);
    double r = Math.atan2(m[3], m[4]);
    return new HeadPose(Math.toDegrees(y), Math.toDegrees(p), Math.toDegrees(r));
  }
}
