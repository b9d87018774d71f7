package org.pain3d.web.rig;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.au.ActionUnit;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.face.FaceModel;
import org.pain3d.render.SkinTone;
import org.pain3d.synth.scene.ScenePreset;

/**
 * What the rig offers ({@code GET /api/rig/options}); the page builds its controls from it, so
 * a new AU or identity option shows up without changes to the page.
 *
 * @param available whether a face model is loaded (the rig needs one)
 * @param faceModel the model's source line, or null
 * @param aus the AUs the model can express: the six pain AUs first, then the others of
 *     ICT-FaceKit's FACS table in code order
 * @param demographics the values of each demographic attribute
 * @param skinTones the fixed skin tones ({@code skin_tone}; null follows the ethnicity)
 * @param scenes the scene presets ({@code scene.preset}), the default first
 * @param images the images a render can return
 * @param limits size, supersample and view ranges, with their defaults
 */
@JsonPropertyOrder({"available", "face_model", "aus", "demographics", "skin_tones", "scenes", "images", "limits"})
public record RigOptions(
    @JsonProperty("available") boolean available,
    @JsonProperty("face_model") String faceModel,
    @JsonProperty("aus") List<AuInfo> aus,
    @JsonProperty("demographics") Map<String, List<String>> demographics,
    @JsonProperty("skin_tones") List<String> skinTones,
    @JsonProperty("scenes") List<String> scenes,
    @JsonProperty("images") List<String> images,
    @JsonProperty("limits") Map<String, Object> limits) {

  /**
   * One AU slider.
   *
   * @param name the AU's name ({@code AU4}, {@code AU30L})
   * @param code its FACS number
   * @param description its FACS name
   * @param max its largest intensity (5, or 1 for AU43)
   * @param pain whether it enters the PSPI
   * @param blendshapes the ICT-FaceKit shapes it drives
   */
  @JsonPropertyOrder({"name", "code", "description", "max", "pain", "blendshapes"})
  public record AuInfo(
      @JsonProperty("name") String name,
      @JsonProperty("code") int code,
      @JsonProperty("description") String description,
      @JsonProperty("max") int max,
      @JsonProperty("pain") boolean pain,
      @JsonProperty("blendshapes") List<String> blendshapes) {}

  /**
   * The options of a model.
   *
   * @param model the face model, or null when none is loaded
   * @return the options
   */
  static RigOptions of(FaceModel model) {
    List<AuInfo> aus = new ArrayList<>();
    if (model != null) {
      List<ActionUnit> order = new ArrayList<>(ActionUnit.PAIN);
      Arrays.stream(ActionUnit.values()).filter(a -> !ActionUnit.PAIN.contains(a)).forEach(order::add);
      for (ActionUnit a : order) {
        if (a.blendshapes().stream().allMatch(model::hasExpression)) {
          aus.add(new AuInfo(a.name(), a.code(), a.description(), a.maxIntensity(),
              ActionUnit.PAIN.contains(a), a.blendshapes()));
        }
      }
    }
    Map<String, List<String>> demo = new LinkedHashMap<>();
    demo.put("age_group", Arrays.stream(AgeGroup.values()).map(AgeGroup::label).toList());
    demo.put("gender", Arrays.stream(Gender.values()).map(Gender::label).toList());
    demo.put("ethnicity", Arrays.stream(Ethnicity.values()).map(Ethnicity::label).toList());
    Map<String, Object> limits = new LinkedHashMap<>();
    limits.put("size", List.of(RigRequest.MIN_SIZE, RigRequest.MAX_SIZE, RigRequest.DEFAULT_SIZE));
    limits.put("supersample", List.of(1, RigRequest.MAX_SUPERSAMPLE, RigRequest.MAX_SUPERSAMPLE));
    limits.put("yaw", List.of(-RigView.MAX_YAW, RigView.MAX_YAW, 0));
    limits.put("pitch", List.of(-RigView.MAX_PITCH, RigView.MAX_PITCH, 0));
    limits.put("pspi", List.of(0, 16));
    return new RigOptions(model != null,
        model == null ? null : model.fingerprint().lines().findFirst().orElse(""), aus, demo,
        Arrays.stream(SkinTone.values()).map(Enum::name).toList(),
        Arrays.stream(ScenePreset.values()).map(ScenePreset::label).toList(),
        Arrays.stream(RigImage.values()).map(RigImage::label).toList(), limits);
  }
}
