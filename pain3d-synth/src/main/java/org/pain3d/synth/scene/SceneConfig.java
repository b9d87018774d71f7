package org.pain3d.synth.scene;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import org.pain3d.io.Json;

/**
 * The scene part of a generator config: a preset and, except for the studio preset, its
 * ranges (the preset's own or overridden from a file).
 *
 * @param preset the preset
 * @param ranges the ranges; empty exactly for {@link ScenePreset#STUDIO}
 */
public record SceneConfig(ScenePreset preset, Optional<SceneRanges> ranges) {
  /** Validates that only non-studio presets have ranges. */
  public SceneConfig {
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(ranges, "ranges");
    if ((preset == ScenePreset.STUDIO) != ranges.isEmpty()) {
      throw new IllegalArgumentException(preset == ScenePreset.STUDIO
          ? "the studio scene takes no ranges (it is the original look)" : "a " + preset.label() + " scene needs ranges");
    }
  }

  /** Returns the studio scene (the original look). */
  public static SceneConfig studio() {
    return new SceneConfig(ScenePreset.STUDIO, Optional.empty());
  }

  /**
   * Returns a preset with its own ranges.
   *
   * @param preset the preset
   * @return the config
   */
  public static SceneConfig of(ScenePreset preset) {
    return preset == ScenePreset.STUDIO ? studio() : new SceneConfig(preset, Optional.of(preset.ranges()));
  }

  /** Returns whether this is the studio look. */
  public boolean isStudio() {
    return preset == ScenePreset.STUDIO;
  }

  /** Returns {@code {"preset": ..., "ranges": {...}}} (no ranges for studio). */
  public ObjectNode toJson() {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("preset", preset.label());
    ranges.ifPresent(r -> n.set("ranges", r.toJson()));
    return n;
  }
}
