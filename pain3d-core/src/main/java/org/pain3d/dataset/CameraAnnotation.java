package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;

/**
 * The camera of one view.
 *
 * <p>Frames: world = the face model's frame (ICT-FaceKit: y up, +z out of the face,
 * centimetres). Camera = OpenCV convention (x right, y down, z forward, looking along +z),
 * so a world point {@code p} maps to pixels by {@code [u v 1]^T ~ K (R p + t)} with {@code
 * [R t] = worldToCamera[0..2]}. Pixels: x right, y down, origin at the top-left corner of
 * the image, pixel centres at half-integers.
 *
 * <p>JSON: {@code {"yaw_deg", "pitch_deg", "roll_deg", "fov_deg", "width", "height",
 * "world_to_camera": 4x4 row-major nested arrays, "intrinsics": 3x3 row-major}}.
 *
 * @param yawDeg head yaw seen by this camera, degrees (positive: the face turns to its left)
 * @param pitchDeg pitch, degrees (positive: looking down on the face)
 * @param rollDeg roll, degrees
 * @param fovDeg vertical field of view, degrees, in (0, 180)
 * @param width image width, pixels
 * @param height image height, pixels
 * @param worldToCamera 4x4 rigid transform, row-major, last row {@code 0 0 0 1}
 * @param intrinsics 3x3 matrix K (fx, 0, cx; 0, fy, cy; 0, 0, 1), pixels
 */
@JsonPropertyOrder({
  "yaw_deg", "pitch_deg", "roll_deg", "fov_deg", "width", "height", "world_to_camera",
  "intrinsics"
})
public record CameraAnnotation(
    @JsonProperty("yaw_deg") double yawDeg,
    @JsonProperty("pitch_deg") double pitchDeg,
    @JsonProperty("roll_deg") double rollDeg,
    @JsonProperty("fov_deg") double fovDeg,
    @JsonProperty("width") int width,
    @JsonProperty("height") int height,
    @JsonProperty("world_to_camera") double[][] worldToCamera,
    @JsonProperty("intrinsics") double[][] intrinsics) {

  /** Validates angles, sizes and matrix shapes; copies the matrices. */
  public CameraAnnotation {
    if (!Double.isFinite(yawDeg) || !Double.isFinite(pitchDeg) || !Double.isFinite(rollDeg)) {
      throw new IllegalArgumentException("camera angles must be finite");
    }
    if (!(fovDeg > 0 && fovDeg < 180)) {
      throw new IllegalArgumentException("fov_deg must be in (0, 180), got " + fovDeg);
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "image size must be positive, got " + width + "x" + height);
    }
    worldToCamera = Matrices.copy("world_to_camera", worldToCamera, 4, 4);
    Matrices.requireRow("world_to_camera", worldToCamera[3], 0, 0, 0, 1);
    intrinsics = Matrices.copy("intrinsics", intrinsics, 3, 3);
    Matrices.requireRow("intrinsics", intrinsics[2], 0, 0, 1);
  }

  /**
   * Returns a copy of the world-to-camera matrix.
   *
   * @return 4x4, row-major
   */
  @Override
  public double[][] worldToCamera() {
    return Matrices.copy(worldToCamera);
  }

  /**
   * Returns a copy of the intrinsics.
   *
   * @return 3x3, row-major
   */
  @Override
  public double[][] intrinsics() {
    return Matrices.copy(intrinsics);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CameraAnnotation c
        && Double.compare(yawDeg, c.yawDeg) == 0
        && Double.compare(pitchDeg, c.pitchDeg) == 0
        && Double.compare(rollDeg, c.rollDeg) == 0
        && Double.compare(fovDeg, c.fovDeg) == 0
        && width == c.width
        && height == c.height
        && Arrays.deepEquals(worldToCamera, c.worldToCamera)
        && Arrays.deepEquals(intrinsics, c.intrinsics);
  }

  @Override
  public int hashCode() {
    int h = Double.hashCode(yawDeg);
    h = 31 * h + Double.hashCode(pitchDeg);
    h = 31 * h + Double.hashCode(rollDeg);
    h = 31 * h + Double.hashCode(fovDeg);
    h = 31 * h + 961 * width + height;
    h = 31 * h + Arrays.deepHashCode(worldToCamera);
    return 31 * h + Arrays.deepHashCode(intrinsics);
  }

  @Override
  public String toString() {
    return "CameraAnnotation[yaw=" + yawDeg + ", pitch=" + pitchDeg + ", roll=" + rollDeg
        + ", fov=" + fovDeg + ", " + width + "x" + height + ", worldToCamera="
        + Matrices.toString(worldToCamera) + ", intrinsics=" + Matrices.toString(intrinsics)
        + "]";
  }
}
