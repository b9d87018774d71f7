package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * The scene of one image, compact (the {@code scene} of a {@code metadata.jsonl} row and of
 * each view of an annotation): what a user filters and balances on.
 *
 * <p>JSON: {@code {"preset": "varied", "lying": false, "garment": "t_shirt", "accessories":
 * ["glasses", "nasal_cannula"], "background": "ward", "lighting": "fluorescent", "dim":
 * false, "head_yaw_deg": 27.1, "head_pitch_deg": -3.2, "head_roll_deg": 4.0, "fov_y_deg":
 * 22.5, "effects": ["noise"]}}. Head angles are the camera's orbit angles around the head
 * (the head's pose seen from the camera, {@code render.View}); accessories and effects are
 * lower-case names in a fixed order.
 *
 * @param preset studio, varied or bedside
 * @param lying whether the patient lies on a pillow
 * @param garment garment type, {@code none} in the studio preset
 * @param accessories worn items: glasses, tinted_lenses, earrings, cap, headscarf,
 *     hospital_cap, nasal_cannula, oxygen_mask, face_mask, medical_tape
 * @param background flat (studio), plain, room, ward or bed
 * @param lighting studio, tungsten, led, fluorescent or daylight
 * @param dim whether the scene is dimly lit
 * @param headYawDeg yaw, degrees
 * @param headPitchDeg pitch, degrees
 * @param headRollDeg roll, degrees
 * @param fovYDeg the camera's vertical field of view, degrees
 * @param effects image degradations: defocus, motion_blur, noise, jpeg
 */
@JsonPropertyOrder({"preset", "lying", "garment", "accessories", "background", "lighting", "dim",
  "head_yaw_deg", "head_pitch_deg", "head_roll_deg", "fov_y_deg", "effects"})
public record ImageScene(
    @JsonProperty("preset") String preset,
    @JsonProperty("lying") boolean lying,
    @JsonProperty("garment") String garment,
    @JsonProperty("accessories") List<String> accessories,
    @JsonProperty("background") String background,
    @JsonProperty("lighting") String lighting,
    @JsonProperty("dim") boolean dim,
    @JsonProperty("head_yaw_deg") double headYawDeg,
    @JsonProperty("head_pitch_deg") double headPitchDeg,
    @JsonProperty("head_roll_deg") double headRollDeg,
    @JsonProperty("fov_y_deg") double fovYDeg,
    @JsonProperty("effects") List<String> effects) {
  /** Accessory names, in their order in {@link #accessories()}. */
  public static final List<String> ACCESSORIES = List.of("glasses", "tinted_lenses", "earrings", "cap",
      "headscarf", "hospital_cap", "nasal_cannula", "oxygen_mask", "face_mask", "medical_tape");
  /** Degradation names, in their order in {@link #effects()}. */
  public static final List<String> EFFECTS = List.of("defocus", "motion_blur", "noise", "jpeg");

  /** Validates presence and copies the lists. */
  public ImageScene {
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(garment, "garment");
    Objects.requireNonNull(background, "background");
    Objects.requireNonNull(lighting, "lighting");
    accessories = List.copyOf(accessories);
    effects = List.copyOf(effects);
    if (!(fovYDeg > 0 && fovYDeg < 180)) {
      throw new IllegalArgumentException("fov_y_deg must be in (0, 180), got " + fovYDeg);
    }
  }
}
