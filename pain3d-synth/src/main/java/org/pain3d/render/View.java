package org.pain3d.render;

/**
 * A viewpoint around the head, as angles of an orbit camera about the framing target.
 *
 * <p>{@code (0, 0, 0)} is the frontal view: the camera on the +z axis of the world frame
 * looking towards -z. Positive yaw moves the camera towards +x (the subject's left, so more
 * of the left cheek shows); positive pitch moves it up (looking down at the face); positive
 * roll turns the camera counter-clockwise about its view axis (the image content turns
 * clockwise).
 *
 * @param yawDeg rotation about the world y axis, degrees, in [-180, 180]
 * @param pitchDeg elevation, degrees, in (-90, 90)
 * @param rollDeg rotation about the view axis, degrees, in [-180, 180]
 */
public record View(double yawDeg, double pitchDeg, double rollDeg) {

  /** Validates the angles. */
  public View {
    if (!(Math.abs(yawDeg) <= 180) || !(Math.abs(pitchDeg) < 90) || !(Math.abs(rollDeg) <= 180)) {
      throw new IllegalArgumentException(
          "view angles out of range: yaw " + yawDeg + ", pitch " + pitchDeg + ", roll " + rollDeg);
    }
  }

  /** Returns the frontal view. */
  public static View frontal() {
    return new View(0, 0, 0);
  }

  /**
   * Returns a view turned about the vertical axis only.
   *
   * @param yawDeg yaw in degrees
   */
  public static View yaw(double yawDeg) {
    return new View(yawDeg, 0, 0);
  }

  /**
   * Parses {@code yaw[:pitch[:roll]]} in degrees, e.g. {@code -30} or {@code 30:10}.
   *
   * @param text the view
   * @return the view
   * @throws IllegalArgumentException on a malformed or out-of-range view
   */
  public static View parse(String text) {
    String[] parts = text.trim().split(":", -1);
    if (parts.length > 3 || parts[0].isBlank()) {
      throw new IllegalArgumentException("expected a view as yaw[:pitch[:roll]] in degrees, got '" + text.trim() + "'");
    }
    double[] a = new double[3];
    for (int i = 0; i < parts.length; i++) {
      try {
        a[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("view '" + text.trim() + "': not a number: '" + parts[i].trim() + "'", e);
      }
    }
    return new View(a[0], a[1], a[2]);
  }

  /**
   * Returns the camera-to-world rotation of this view, {@code Ry(yaw) Rx(-pitch) Rz(roll)},
   * row-major 3x3; its columns are the camera's x, y and z axes in the world frame.
   */
  public double[] cameraToWorld() {
    double y = Math.toRadians(yawDeg);
    double p = Math.toRadians(-pitchDeg);
    double r = Math.toRadians(rollDeg);
    double[] ry = {Math.cos(y), 0, Math.sin(y), 0, 1, 0, -Math.sin(y), 0, Math.cos(y)};
    double[] rx = {1, 0, 0, 0, Math.cos(p), -Math.sin(p), 0, Math.sin(p), Math.cos(p)};
    double[] rz = {Math.cos(r), -Math.sin(r), 0, Math.sin(r), Math.cos(r), 0, 0, 0, 1};
    return mul(mul(ry, rx), rz);
  }

  private static double[] mul(double[] a, double[] b) {
    double[] c = new double[9];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        c[i * 3 + j] = a[i * 3] * b[j] + a[i * 3 + 1] * b[3 + j] + a[i * 3 + 2] * b[6 + j];
      }
    }
    return c;
  }
}
