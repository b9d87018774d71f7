package org.pain3d.synth.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.pain3d.io.Json;

/** Presets, JSON round trips and overrides of the scene ranges, and their error messages. */
class SceneRangesTest {
  private static JsonNode json(String s) throws IOException {
    return Json.mapper().readTree(s);
  }

  @Test
  void presetsAreValidAndRoundTripThroughJson() {
    for (ScenePreset p : new ScenePreset[] {ScenePreset.VARIED, ScenePreset.BEDSIDE}) {
      SceneRanges r = p.ranges();
      assertThat(SceneRanges.fromJson(r.toJson())).isEqualTo(r);
      assertThat(SceneConfig.of(p).toJson().get("ranges")).isEqualTo(r.toJson());
    }
    assertThat(SceneConfig.studio().toJson().toString()).isEqualTo("{\"preset\":\"studio\"}");
    assertThat(ScenePreset.parse(" Bedside ")).isEqualTo(ScenePreset.BEDSIDE);
    assertThatThrownBy(() -> ScenePreset.parse("hospital"))
        .hasMessage("unknown scene preset 'hospital' (expected studio, varied or bedside)");
  }

  @Test
  void overridesChangeOnlyTheirKeysAndMergeWeights() throws IOException {
    SceneRanges base = ScenePreset.VARIED.ranges();
    SceneRanges r = base.withOverrides(json(
        "{\"accessories\": {\"glasses_rate\": 0.5, \"headwear\": {\"cap\": 3}}, \"camera\": {\"fov_deg\": [15, 30]}}"));
    assertThat(r.accessories().glassesRate()).isEqualTo(0.5);
    assertThat(r.accessories().headwear()).containsEntry("cap", 3.0).containsEntry("headscarf", 1.0);
    assertThat(r.camera().fovDeg()).isEqualTo(new Range(15, 30));
    assertThat(r.lighting()).isEqualTo(base.lighting());
    assertThat(r.body()).isEqualTo(base.body());
  }

  @Test
  void typosAreNamedWithTheNearestKey() {
    SceneRanges base = ScenePreset.VARIED.ranges();
    assertThatThrownBy(() -> base.withOverrides(json("{\"camera\": {\"fov_dg\": [15, 30]}}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown key 'camera.fov_dg' (did you mean 'fov_deg'?)");
    assertThatThrownBy(() -> base.withOverrides(json("{\"acessories\": {}}")))
        .hasMessageContaining("unknown key 'acessories' (did you mean 'accessories'?)");
    assertThatThrownBy(() -> base.withOverrides(json("{\"body\": {\"garments\": {\"kilt\": 1}}}")))
        .hasMessageContaining("body.garments: unknown choice 'kilt'");
    assertThatThrownBy(() -> base.withOverrides(json("{\"camera\": {\"fov_deg\": 20}}")))
        .hasMessage("camera.fov_deg must be a range [min, max], got 20");
    assertThatThrownBy(() -> base.withOverrides(json("[1, 2]")))
        .hasMessage("the ranges must be a JSON object");
  }

  @Test
  void impossibleRangesAreRefused() {
    SceneRanges base = ScenePreset.VARIED.ranges();
    assertThatThrownBy(() -> base.withOverrides(json("{\"camera\": {\"fov_deg\": [40, 20]}}")))
        .hasMessageContaining("min > max");
    assertThatThrownBy(() -> base.withOverrides(json("{\"camera\": {\"fov_deg\": [5, 20]}}")))
        .hasMessage("camera.fov_deg [5.0, 20.0] is outside [8.0, 60.0]");
    assertThatThrownBy(() -> base.withOverrides(json("{\"accessories\": {\"glasses_rate\": 1.5}}")))
        .hasMessage("accessories.glasses_rate must be a rate in [0, 1], got 1.5");
    assertThatThrownBy(() -> base.withOverrides(
        json("{\"accessories\": {\"oxygen_mask_rate\": 0.6, \"face_mask_rate\": 0.6}}")))
        .hasMessageContaining("oxygen_mask_rate + face_mask_rate = 1.20 > 1");
    assertThatThrownBy(() -> base.withOverrides(
        json("{\"accessories\": {\"headwear_rate\": 1, \"headwear\": {\"headscarf\": 1, \"cap\": 0, "
            + "\"hospital_cap\": 0}, \"earrings_rate\": 0.5}}")))
        .hasMessageContaining("earrings_rate 0.500 is impossible with headscarves on 1.00 of those identities");
    assertThatThrownBy(() -> base.withOverrides(
        json("{\"accessories\": {\"headwear_rate\": 1, \"headwear_men\": {\"headscarf\": 1, \"cap\": 1, "
            + "\"hospital_cap\": 0}, \"earrings_rate_men\": 0.6}}")))
        .hasMessageContaining("earrings_rate_men 0.600 is impossible with headscarves on 0.500 of those identities");
    assertThatThrownBy(() -> base.withOverrides(
        json("{\"accessories\": {\"headwear_men\": {\"headscarf\": 0, \"cap\": 0, \"hospital_cap\": 0}}}")))
        .hasMessageContaining("accessories.headwear_men needs at least one positive weight");
    assertThatThrownBy(() -> base.withOverrides(json("{\"background\": {\"kinds\": {\"plain\": 0, \"room\": 0, "
        + "\"ward\": 0, \"bed\": 1}}}")))
        .hasMessageContaining("positive weight for plain, room or ward");
  }

  @Test
  void levenshteinDistance() {
    assertThat(SceneRanges.distance("fov_dg", "fov_deg")).isEqualTo(1);
    assertThat(SceneRanges.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(SceneRanges.distance("", "abc")).isEqualTo(3);
  }
}
