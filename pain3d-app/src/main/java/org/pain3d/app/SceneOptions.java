package org.pain3d.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.pain3d.io.Json;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.synth.scene.ScenePreset;
import picocli.CommandLine.Option;

/** The scene options shared by {@code generate}, {@code render} and {@code video}. */
final class SceneOptions {
  @Option(names = "--scene", paramLabel = "studio|varied|bedside", defaultValue = "varied",
      description = "Scene around the face: studio (the original look, same bytes as before), varied "
          + "(clothing, accessories, lights, rooms, cameras randomised) or bedside (lying patients, clinical "
          + "items) (default: ${DEFAULT-VALUE}).")
  String scene;

  @Option(names = "--scene-ranges", paramLabel = "FILE",
      description = "JSON file overriding any of the preset's ranges, e.g. {\"accessories\": {\"glasses_rate\": 0.5}} "
          + "(see docs/scenes.md).")
  Path ranges;

  /**
   * Builds the scene config (before anything is loaded or written).
   *
   * @return the config
   * @throws IllegalArgumentException on an unknown preset, ranges for the studio preset, or a
   *     ranges file with an unknown key, a malformed value or an impossible range
   * @throws IOException when the ranges file cannot be read
   */
  SceneConfig config() throws IOException {
    ScenePreset preset = ScenePreset.parse(scene);
    if (ranges == null) {
      return SceneConfig.of(preset);
    }
    if (preset == ScenePreset.STUDIO) {
      throw new IllegalArgumentException("--scene-ranges does not apply to --scene studio (the original look)");
    }
    JsonNode json;
    try {
      json = Json.mapper().readTree(Files.readAllBytes(ranges));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("--scene-ranges " + ranges + ": malformed JSON: " + e.getOriginalMessage(), e);
    }
    try {
      return new SceneConfig(preset, Optional.of(preset.ranges().withOverrides(json)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--scene-ranges " + ranges + ": " + e.getMessage(), e);
    }
  }
}
