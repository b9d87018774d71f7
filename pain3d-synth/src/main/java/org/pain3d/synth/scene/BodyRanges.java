package org.pain3d.synth.scene;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import org.pain3d.render.scene.FabricPattern;
import org.pain3d.render.scene.GarmentType;

/**
 * Body, posture and clothing ranges (JSON group {@code body}).
 *
 * @param lyingRate fraction of identities lying on a pillow, in [0, 1]
 * @param garments weights of the garment types ({@code hospital_gown, t_shirt, collared_shirt,
 *     sweater})
 * @param patterns weights of the fabric patterns ({@code solid, stripes, checks, print})
 * @param shoulderTwistDeg shoulders turned against the head, degrees, within [-45, 45]
 */
@JsonPropertyOrder({"lying_rate", "garments", "patterns", "shoulder_twist_deg"})
public record BodyRanges(
    @JsonProperty("lying_rate") double lyingRate,
    @JsonProperty("garments") Map<String, Double> garments,
    @JsonProperty("patterns") Map<String, Double> patterns,
    @JsonProperty("shoulder_twist_deg") Range shoulderTwistDeg) {
  /** Validates every range. */
  public BodyRanges {
    Range.rate("body.lying_rate", lyingRate);
    garments = Weights.check("body.garments", garments, GarmentType.class);
    patterns = Weights.check("body.patterns", patterns, FabricPattern.class);
    Range.checked("body.shoulder_twist_deg", shoulderTwistDeg, -45, 45);
  }
}
