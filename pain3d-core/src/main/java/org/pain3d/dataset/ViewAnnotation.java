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
 * down, origin top-left corner); {@code visible} is 1 when the point is seen, 0 when the
 * face itself hides it (self-occluded) and {@link #OCCLUDED_BY_ITEM} (2) when something in
 * front of the face covers it (hair, or a scene item: a glasses frame, a tinted lens, a mask,
 * a cannula).
 *
 * @param view view index, 0-based, as in the image name {@code ..._view_<v>.png}
 * @param camera the camera
 * @param landmarks 68 x 3: x, y (pixels), visibility (1 seen, 0 self-occluded, 2 hidden by
 *     hair or an item)
 */
@JsonPropertyOrder({"view", "camera", "landmarks"})
public record ViewAnnotation(
    @JsonProperty("view") int view,
    @JsonProperty("camera") CameraAnnotation camera,
    @JsonProperty("landmarks") double[][] landmarks) {

  /** Number of landmarks. */
  public static final int LANDMARKS = 68;

  /** Visibility of a landmark covered by hair or a scene item (beside 1 visible and 0 self-occluded). */
  public static final int OCCLUDED_BY_ITEM = 2;

  /** Validates the view index and the landmark array; copies it. */
  public ViewAnnotation {
    if (view < 0) {
      throw new IllegalArgumentException("view must be >= 0, got " + view);
    }
    Objects.requireNonNull(camera, "camera");
    landmarks = Matrices.copy("landmarks", landmarks, LANDMARKS, 3);
    for (int i = 0; i < LANDMARKS; i++) {
      double vis = landmarks[i][2];
      if (vis != 0 && vis != 1 && vis != OCCLUDED_BY_ITEM) {
        throw new IllegalArgumentException(
            "landmark " + i + " visibility must be 0, 1 or 2, got " + vis);
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
