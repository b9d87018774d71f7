package org.pain3d.synth.scene;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Lighting ranges (JSON group {@code lighting}). Directions are relative to the face:
 * azimuth 0 is in front of it, positive towards the patient's left; elevation positive
 * towards the top of the head (for a lying patient the ceiling is in front of the face).
 *
 * @param lights number of lights (key, then fill, then rim), within [1, 3]
 * @param keyAzimuthDeg key light azimuth, degrees (mirrored at random), within [0, 120]
 * @param keyElevationDeg key light elevation, degrees, within [-30, 85]
 * @param keyIntensity key light radiance scale, within [0.1, 5]
 * @param fillRatio fill intensity as a fraction of the key's, within [0, 1.5]
 * @param rimIntensity rim light radiance scale, within [0, 5]
 * @param kelvin colour temperature of the lights, K, within [1800, 12000]
 * @param whiteBalanceAdaptation how far the camera's white balance corrects the key light
 *     (1: fully, it looks white; 0: not at all, daylight balance 5,600 K), within [0, 1]
 * @param fluorescentRate fraction of scenes whose lights have a fluorescent green tint
 * @param dimRate fraction of dim (night) scenes
 * @param dimFactor light level of a dim scene relative to a normal one, within [0.02, 1]
 * @param ambient environment (image-based) light level relative to the key, within [0, 2]
 * @param windowRate fraction of environments with a bright window
 * @param shadowSoftness radius of the key shadow filter, shadow-map samples, within [0, 6]
 */
@JsonPropertyOrder({"lights", "key_azimuth_deg", "key_elevation_deg", "key_intensity", "fill_ratio",
  "rim_intensity", "kelvin", "white_balance_adaptation", "fluorescent_rate", "dim_rate", "dim_factor",
  "ambient", "window_rate", "shadow_softness"})
public record LightingRanges(
    @JsonProperty("lights") Range lights,
    @JsonProperty("key_azimuth_deg") Range keyAzimuthDeg,
    @JsonProperty("key_elevation_deg") Range keyElevationDeg,
    @JsonProperty("key_intensity") Range keyIntensity,
    @JsonProperty("fill_ratio") Range fillRatio,
    @JsonProperty("rim_intensity") Range rimIntensity,
    @JsonProperty("kelvin") Range kelvin,
    @JsonProperty("white_balance_adaptation") Range whiteBalanceAdaptation,
    @JsonProperty("fluorescent_rate") double fluorescentRate,
    @JsonProperty("dim_rate") double dimRate,
    @JsonProperty("dim_factor") Range dimFactor,
    @JsonProperty("ambient") Range ambient,
    @JsonProperty("window_rate") double windowRate,
    @JsonProperty("shadow_softness") Range shadowSoftness) {
  /** Validates every range. */
  public LightingRanges {
    String p = "lighting.";
    Range.checked(p + "lights", lights, 1, 3);
    Range.checked(p + "key_azimuth_deg", keyAzimuthDeg, 0, 120);
    Range.checked(p + "key_elevation_deg", keyElevationDeg, -30, 85);
    Range.checked(p + "key_intensity", keyIntensity, 0.1, 5);
    Range.checked(p + "fill_ratio", fillRatio, 0, 1.5);
    Range.checked(p + "rim_intensity", rimIntensity, 0, 5);
    Range.checked(p + "kelvin", kelvin, 1800, 12000);
    Range.checked(p + "white_balance_adaptation", whiteBalanceAdaptation, 0, 1);
    Range.rate(p + "fluorescent_rate", fluorescentRate);
    Range.rate(p + "dim_rate", dimRate);
    Range.checked(p + "dim_factor", dimFactor, 0.02, 1);
    Range.checked(p + "ambient", ambient, 0, 2);
    Range.rate(p + "window_rate", windowRate);
    Range.checked(p + "shadow_softness", shadowSoftness, 0, 6);
  }
}
