package org.pain3d.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.pain3d.dataset.CameraAnnotation;
import org.pain3d.render.Appearance;
import org.pain3d.render.Camera;
import org.pain3d.synth.CameraAnnotations;

/**
 * {@code render.json}: the face (as {@code face.json}, without {@code obj}), the render
 * settings, every view with its camera and landmarks, the heatmap's scale and the files.
 *
 * @param face everything applied to the face (its keys stand at the top level)
 * @param render the settings
 * @param views one entry per view, in {@code --views} order
 * @param heatmap the frontal heatmap's scale
 * @param files the files written, by name
 */
@JsonPropertyOrder({"face", "render", "views", "heatmap", "files"})
public record RenderDescription(
    @JsonUnwrapped FaceDescription face,
    @JsonProperty("render") Settings render,
    @JsonProperty("views") List<ViewInfo> views,
    @JsonProperty("heatmap") HeatmapInfo heatmap,
    @JsonProperty("files") List<String> files) {
  /** The pixel frame of every image and landmark, in words. */
  public static final String PIXEL_FRAME = "x right, y down, origin top-left, pixel centres at +0.5";
  /** The columns of each landmark row. */
  public static final List<String> LANDMARK_COLUMNS = List.of("x_px", "y_px", "depth_cm", "visible");

  /**
   * The render settings.
   *
   * @param sizePx image side, pixels
   * @param supersample samples per pixel side
   * @param passes the passes written, lower case
   * @param pixelFrame the pixel convention, in words
   * @param landmarkColumns the columns of each landmark row
   * @param depth16MmPerUnit depth of one unit of the 16-bit depth PNG, mm
   * @param appearance skin tone, light, colours
   */
  @JsonPropertyOrder({"size_px", "supersample", "passes", "pixel_frame", "landmark_columns",
      "depth16_mm_per_unit", "appearance"})
  public record Settings(
      @JsonProperty("size_px") int sizePx,
      @JsonProperty("supersample") int supersample,
      @JsonProperty("passes") List<String> passes,
      @JsonProperty("pixel_frame") String pixelFrame,
      @JsonProperty("landmark_columns") List<String> landmarkColumns,
      @JsonProperty("depth16_mm_per_unit") double depth16MmPerUnit,
      @JsonProperty("appearance") Appearance appearance) {}

  /**
   * One view: its camera in the dataset's schema ({@link CameraAnnotation}, OpenCV convention;
   * its keys stand in the view's object), the orbit that placed it and the 68 landmarks of
   * the neutral and the pain face.
   *
   * @param view view index, 0-based
   * @param camera the camera (yaw_deg, pitch_deg, roll_deg, fov_deg, width, height,
   *     world_to_camera 4x4, intrinsics 3x3)
   * @param targetCm orbit target, world cm
   * @param distanceCm eye-to-target distance, cm
   * @param eyeCm eye position, world cm
   * @param landmarksNeutral 68 x 4: x_px, y_px, depth_cm, visible
   * @param landmarksPain 68 x 4: x_px, y_px, depth_cm, visible
   */
  @JsonPropertyOrder({"view", "camera", "target_cm", "distance_cm", "eye_cm", "landmarks_neutral",
      "landmarks_pain"})
  public record ViewInfo(
      @JsonProperty("view") int view,
      @JsonUnwrapped CameraAnnotation camera,
      @JsonProperty("target_cm") double[] targetCm,
      @JsonProperty("distance_cm") double distanceCm,
      @JsonProperty("eye_cm") double[] eyeCm,
      @JsonProperty("landmarks_neutral") float[][] landmarksNeutral,
      @JsonProperty("landmarks_pain") float[][] landmarksPain) {

    /**
     * Describes a view from its camera and the landmarks of its renders.
     *
     * @param view view index, 0-based
     * @param cam the camera
     * @param neutral the neutral render's landmarks, flat (x_px, y_px, depth_cm, visible) x 68
     * @param pain the pain render's landmarks, same layout
     * @return the view's entry
     */
    public static ViewInfo of(int view, Camera cam, float[] neutral, float[] pain) {
      return new ViewInfo(view, CameraAnnotations.of(cam),
          new double[] {cam.targetX(), cam.targetY(), cam.targetZ()}, cam.distance(), cam.eye(),
          landmarkRows(neutral), landmarkRows(pain));
    }

    private static float[][] landmarkRows(float[] flat) {
      float[][] l = new float[flat.length / 4][];
      for (int k = 0; k < l.length; k++) {
        l[k] = new float[] {flat[4 * k], flat[4 * k + 1], flat[4 * k + 2], flat[4 * k + 3]};
      }
      return l;
    }
  }

  /**
   * The frontal heatmap's scale.
   *
   * @param view which view ({@code frontal})
   * @param mmPerUnit displacement of one unit of the 16-bit heatmap, mm
   * @param colourMaxMm displacement at the top of the colour map, mm
   * @param maxMm the largest displacement found, mm
   */
  @JsonPropertyOrder({"view", "mm_per_unit", "colour_max_mm", "max_mm"})
  public record HeatmapInfo(
      @JsonProperty("view") String view,
      @JsonProperty("mm_per_unit") double mmPerUnit,
      @JsonProperty("colour_max_mm") double colourMaxMm,
      @JsonProperty("max_mm") float maxMm) {}
}
