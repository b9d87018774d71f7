package org.pain3d.synth.scene;

import java.util.Locale;
import java.util.Map;

/**
 * Named scene randomisations ({@code --scene}).
 *
 * <ul>
 *   <li>{@link #STUDIO}: the original look, byte for byte: a bare head on a flat background
 *       under one light, the configured views exactly (for ablations and comparisons);
 *   <li>{@link #VARIED}: full randomisation of clothing, accessories, lights, backgrounds,
 *       cameras and image degradations (the default);
 *   <li>{@link #BEDSIDE}: mostly lying patients in hospital gowns on pillows, clinical items
 *       (nasal cannulas, oxygen masks, tape) at high rates, ward lighting, bedside cameras.
 * </ul>
 */
public enum ScenePreset {
  /** The original studio look. */
  STUDIO,
  /** Full randomisation. */
  VARIED,
  /** Patients in bed with clinical items. */
  BEDSIDE;

  /**
   * Parses a preset name.
   *
   * @param text studio, varied or bedside (any case)
   * @return the preset
   * @throws IllegalArgumentException for another name
   */
  public static ScenePreset parse(String text) {
    String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    for (ScenePreset p : values()) {
      if (p.name().equals(t)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown scene preset '" + (text == null ? "" : text.trim())
        + "' (expected studio, varied or bedside)");
  }

  /** Returns the lower-case name (as in JSON and on the command line). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the preset's ranges.
   *
   * @return the ranges
   * @throws IllegalStateException for {@link #STUDIO}, which has none
   */
  public SceneRanges ranges() {
    return switch (this) {
      case STUDIO -> throw new IllegalStateException("the studio preset has no ranges");
      case VARIED -> varied();
      case BEDSIDE -> bedside();
    };
  }

  private static SceneRanges varied() {
    return new SceneRanges(
        new BodyRanges(0.2, Map.of("hospital_gown", 1.0, "t_shirt", 1.2, "collared_shirt", 1.0, "sweater", 0.8),
            Map.of("solid", 3.0, "stripes", 1.0, "checks", 1.0, "print", 1.0), new Range(-15, 15)),
        new AccessoryRates(0.3, 0.15, 0.35, 0.04, 0.15, Map.of("cap", 1.0, "headscarf", 1.0, "hospital_cap", 1.0),
            Map.of("cap", 1.0, "headscarf", 0.0, "hospital_cap", 1.0), 0.12, 0.06, 0.1, 0.1),
        new LightingRanges(new Range(1, 3), new Range(10, 70), new Range(5, 55), new Range(1.0, 2.0),
            new Range(0.1, 0.6), new Range(0, 1.2), new Range(2700, 6500), new Range(0.5, 1), 0.3, 0.1,
            new Range(0.12, 0.35), new Range(0.15, 0.5), 0.3, new Range(1, 4)),
        new BackgroundRanges(Map.of("plain", 1.0, "room", 2.0, "ward", 2.0), new Range(0.004, 0.02)),
        new CameraRanges(new Range(-12, 12), new Range(-10, 10), new Range(-8, 8), new Range(-35, 10),
            new Range(-40, 40), new Range(14, 40), new Range(0.42, 0.72), new Range(0, 0.12), 0.1,
            new Range(1, 5), 0.1, new Range(0.5, 1.5), 0.15, new Range(1, 4), 0.1, new Range(60, 92)));
  }

  private static SceneRanges bedside() {
    return new SceneRanges(
        new BodyRanges(0.85, Map.of("hospital_gown", 5.0, "t_shirt", 1.0, "collared_shirt", 0.3, "sweater", 0.5),
            Map.of("solid", 2.0, "stripes", 1.0, "checks", 0.5, "print", 2.0), new Range(-20, 20)),
        new AccessoryRates(0.2, 0.05, 0.15, 0.02, 0.25, Map.of("cap", 0.0, "headscarf", 1.0, "hospital_cap", 3.0),
            Map.of("cap", 0.0, "headscarf", 0.0, "hospital_cap", 3.0), 0.45, 0.3, 0.1, 0.35),
        new LightingRanges(new Range(1, 3), new Range(0, 60), new Range(20, 80), new Range(0.8, 1.8),
            new Range(0.1, 0.5), new Range(0, 0.6), new Range(3000, 5500), new Range(0.4, 1), 0.6, 0.3,
            new Range(0.1, 0.3), new Range(0.2, 0.6), 0.2, new Range(2, 5)),
        new BackgroundRanges(Map.of("plain", 0.0, "room", 1.0, "ward", 3.0), new Range(0.006, 0.025)),
        new CameraRanges(new Range(-20, 20), new Range(-15, 15), new Range(-10, 10), new Range(-45, 5),
            new Range(-60, 60), new Range(18, 50), new Range(0.38, 0.68), new Range(0, 0.15), 0.15,
            new Range(1, 6), 0.15, new Range(0.5, 2), 0.3, new Range(1.5, 6), 0.2, new Range(50, 90)));
  }
}
