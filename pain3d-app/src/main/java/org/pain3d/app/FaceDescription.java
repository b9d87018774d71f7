package org.pain3d.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.au.ActionUnit;
import org.pain3d.face.FaceModel;

/**
 * Everything applied to a face, as {@code face.json} ({@code pain3d mesh}) and the top of
 * {@code render.json} write it.
 *
 * @param obj the OBJ file's name, or {@code null} (then left out, as in {@code render.json})
 * @param units length unit of the mesh ({@code cm})
 * @param faceModel the model's source and sizes
 * @param identitySeed the seed of the identity weights, or {@code null} when read from a file
 * @param identityWeights the identity weights, one per identity mode
 * @param actionUnits AU intensities by name (FACS 0..5, AU43 0..1)
 * @param pspi the PSPI of those AUs, 0..16
 * @param intensityCurve blendshape weight per FACS intensity 0..5
 * @param blendshapeWeights every ICT expression shape's weight, by name
 */
@JsonPropertyOrder({"obj", "units", "face_model", "identity_seed", "identity_weights",
    "action_units", "PSPI", "intensity_curve", "blendshape_weights"})
public record FaceDescription(
    @JsonProperty("obj") @JsonInclude(JsonInclude.Include.NON_NULL) String obj,
    @JsonProperty("units") String units,
    @JsonProperty("face_model") ModelInfo faceModel,
    @JsonProperty("identity_seed") Long identitySeed,
    @JsonProperty("identity_weights") float[] identityWeights,
    @JsonProperty("action_units") Map<String, Integer> actionUnits,
    @JsonProperty("PSPI") int pspi,
    @JsonProperty("intensity_curve") float[] intensityCurve,
    @JsonProperty("blendshape_weights") Map<String, Float> blendshapeWeights) {

  /**
   * The face model behind a face.
   *
   * @param source the first line of the model's fingerprint (kind, path, size, time)
   * @param vertices vertex count
   * @param identityModes identity mode count
   * @param expressionShapes expression shape count
   */
  @JsonPropertyOrder({"source", "vertices", "identity_modes", "expression_shapes"})
  public record ModelInfo(
      @JsonProperty("source") String source,
      @JsonProperty("vertices") int vertices,
      @JsonProperty("identity_modes") int identityModes,
      @JsonProperty("expression_shapes") int expressionShapes) {}

  /**
   * Describes a selection on a model.
   *
   * @param model the face model
   * @param sel identity and expression
   * @param objName the OBJ file's name, or {@code null}
   * @return the description
   */
  public static FaceDescription of(FaceModel model, FaceSelection sel, String objName) {
    ModelInfo fm = new ModelInfo(model.fingerprint().lines().findFirst().orElse(""),
        model.vertexCount(), model.identityCount(), model.expressionCount());
    Map<String, Integer> aus = new LinkedHashMap<>();
    for (Map.Entry<ActionUnit, Integer> e : sel.aus().all().entrySet()) {
      aus.put(e.getKey().name(), e.getValue());
    }
    Map<String, Float> bs = new LinkedHashMap<>();
    List<String> names = model.expressionNames();
    for (int i = 0; i < names.size(); i++) {
      bs.put(names.get(i), sel.expressionWeights()[i]);
    }
    return new FaceDescription(objName, "cm", fm, sel.identitySeed(), sel.identityWeights(), aus,
        sel.pspi(), sel.curve().weights(), bs);
  }
}
