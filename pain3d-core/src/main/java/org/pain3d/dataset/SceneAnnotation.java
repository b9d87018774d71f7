package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scene of a pain set in full (the {@code scene} of an annotation file): the identity's
 * setting and, per view, the image's compact scene, its camera details and degradations.
 * The cameras' intrinsics and extrinsics are the {@code views[].camera} of the annotation.
 *
 * @param preset studio, varied or bedside
 * @param garment garment: {@code type}, {@code pattern}, {@code colour} (hex sRGB) and
 *     {@code trim} (hex); empty in the studio preset
 * @param accessories per worn item its details (e.g. {@code glasses: {"shape": "round",
 *     "frame": "#3a2a1e", "transmittance": "0.92"}})
 * @param lights per light: {@code role}, {@code azimuth_deg}, {@code elevation_deg}
 *     (relative to the face), {@code kelvin}, {@code intensity}
 * @param whiteBalanceKelvin the camera's white balance, K (0 in the studio preset)
 * @param exposure the camera's exposure multiplier (1 in the studio preset)
 * @param background its kind and colours: {@code kind}, {@code colour}, {@code accent},
 *     {@code blur}
 * @param views per view, in view order
 */
@JsonPropertyOrder({"preset", "garment", "accessories", "lights", "white_balance_k", "exposure", "background",
  "views"})
public record SceneAnnotation(
    @JsonProperty("preset") String preset,
    @JsonProperty("garment") Map<String, String> garment,
    @JsonProperty("accessories") Map<String, Map<String, String>> accessories,
    @JsonProperty("lights") List<Map<String, Object>> lights,
    @JsonProperty("white_balance_k") double whiteBalanceKelvin,
    @JsonProperty("exposure") double exposure,
    @JsonProperty("background") Map<String, String> background,
    @JsonProperty("views") List<ViewScene> views) {

  /** Validates presence and copies. */
  public SceneAnnotation {
    Objects.requireNonNull(preset, "preset");
    garment = ordered(garment);
    Map<String, Map<String, String>> acc = new LinkedHashMap<>();
    accessories.forEach((k, v) -> acc.put(k, ordered(v)));
    accessories = Collections.unmodifiableMap(acc);
    List<Map<String, Object>> l = new ArrayList<>();
    lights.forEach(m -> l.add(ordered(m)));
    lights = List.copyOf(l);
    background = ordered(background);
    views = List.copyOf(views);
  }

  /** An unmodifiable copy that keeps the iteration order (files must be reproducible). */
  static <K, V> Map<K, V> ordered(Map<K, V> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }

  /**
   * One view's scene.
   *
   * @param view view index
   * @param image the image's compact scene
   * @param distanceCm distance from the camera to its orbit target, cm
   * @param faceOffset the face's shift from the image centre, fraction of the half height,
   *     {@code [right, up]}
   * @param effects degradation parameters: {@code defocus_px}, {@code motion_blur_px},
   *     {@code motion_blur_angle_deg}, {@code noise_sigma}, {@code jpeg_quality}
   */
  @JsonPropertyOrder({"view", "image", "distance_cm", "face_offset", "effects"})
  public record ViewScene(
      @JsonProperty("view") int view,
      @JsonProperty("image") ImageScene image,
      @JsonProperty("distance_cm") double distanceCm,
      @JsonProperty("face_offset") double[] faceOffset,
      @JsonProperty("effects") Map<String, Double> effects) {
    /** Validates. */
    public ViewScene {
      Objects.requireNonNull(image, "image");
      if (faceOffset == null || faceOffset.length != 2) {
        throw new IllegalArgumentException("face_offset must be [right, up]");
      }
      faceOffset = faceOffset.clone();
      effects = ordered(effects);
    }

    @Override
    public double[] faceOffset() {
      return faceOffset.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ViewScene v && view == v.view && image.equals(v.image) && distanceCm == v.distanceCm
          && java.util.Arrays.equals(faceOffset, v.faceOffset) && effects.equals(v.effects);
    }

    @Override
    public int hashCode() {
      return Objects.hash(view, image, distanceCm, java.util.Arrays.hashCode(faceOffset), effects);
    }

    @Override
    public String toString() {
      return "ViewScene[view=" + view + ", image=" + image + "]";
    }
  }
}
