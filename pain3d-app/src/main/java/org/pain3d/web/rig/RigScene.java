package org.pain3d.web.rig;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.synth.scene.ScenePreset;

/**
 * The scene around the rig's face, as {@code pain3d render --scene P --scene-seed S} draws it:
 * {@code studio} (the original bare head on a flat background, the default) or a randomised
 * preset ({@code varied}, {@code bedside}) with the preset's default ranges, drawn from the
 * seed: clothing, accessories, clinical items, lights, background, camera offsets and
 * per-image degradations. JSON: {@code {"preset": "bedside", "seed": 4}}.
 *
 * @param preset the preset's name, lower case
 * @param seed the scene seed (ignored by {@code studio})
 */
@JsonPropertyOrder({"preset", "seed"})
public record RigScene(@JsonProperty("preset") String preset, @JsonProperty("seed") long seed) {
  /** Fills the default preset and checks the name. */
  public RigScene {
    preset = ScenePreset.parse(preset == null ? "studio" : preset).label();
  }

  /**
   * The original look.
   *
   * @return studio, seed 0
   */
  public static RigScene studio() {
    return new RigScene(null, 0);
  }

  /**
   * The scene config with the preset's default ranges.
   *
   * @return the config
   */
  public SceneConfig config() {
    return SceneConfig.of(ScenePreset.parse(preset));
  }

  /**
   * Whether this is the original look (rendered without a scene stage).
   *
   * @return true for studio
   */
  public boolean isStudio() {
    return config().isStudio();
  }
}
