package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * One rendered view of a pain set: its camera and the 68 projected landmarks.
 *
 * <p>JSON: {@code {"view": 0, "camera": {...}, "landmarks": [[x, y, visible], ... 68]}}.
 * Landmarks are the 68-point Multi-PIE layout, in pixels of this view's image (x right, y
 * down, origin top-left corner); {@code visible} is 1 when the point is not occluded by
 * the face itself, else 0.
 *
 * @param view view index, 0-based, as in the image name {@code ..._view_<v>.png}
 * @param camera the camera
 * @param landmarks 68 x 3: x, y (pixels), visible (0 or 1)
 */
@JsonPropertyOrder({"view", "camera", "landmarks"})
public record ViewAnnotation(
    @JsonProperty("view") int view,
    @JsonProperty("camera") CameraAnnotation camera,
    @JsonProperty("landmarks") double[][] landmarks) {

  /** Number of landmarks. */
  public static final int LANDMARKS = 68;

  /** Validates the view index and the landmark array; copies it. */
  public ViewAnnotation {
    if (view < 0) {
      throw new IllegalArgumentException("view must be >= 0, got " + view);
    }
    Objects.requireNonNull(camera, "camera");
    landmarks = Matrices.copy("landmarks", landmarks, LANDMARKS, 3);
    for (int i = 0; i < LANDMARKS; i++) {
      double vis = landmarks[i][2];
      if (vis != 0 && vis != 1) {
        throw new IllegalArgumentException(
            "landmark " + i + " visibility must be 0 or 1, got " + vis);
      }
    }
  }

  /**
   * Returns a copy of the landmarks.
   *
   * @return 68 x 3
   */
  @Override
  public double[][] landmarks() {
    return Matrices.copy(landmarks);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ViewAnnotation v
        && view == v.view
        && camera.equals(v.camera)
        && Arrays.deepEquals(landmarks, v.landmarks);
  }

  @Override
  public int hashCode() {
    return (31 * view + camera.hashCode()) * 31 + Arrays.deepHashCode(landmarks);
  }

  @Override
  public String toString() {
    return "ViewAnnotation[view=" + view + ", camera=" + camera + ", landmarks="
        + Matrices.toString(landmarks) + "]";
  }
}
