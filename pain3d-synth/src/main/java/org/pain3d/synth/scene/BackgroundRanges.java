package org.pain3d.synth.scene;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import org.pain3d.render.scene.BackdropKind;

/**
 * Background ranges (JSON group {@code background}). Lying patients are always seen against
 * their bed; the weights choose among the others for sitting patients.
 *
 * @param kinds weights of {@code plain, room, ward} (a {@code bed} weight is ignored)
 * @param blur softness of background shapes, fraction of the image size, within [0, 0.1]
 */
@JsonPropertyOrder({"kinds", "blur"})
public record BackgroundRanges(
    @JsonProperty("kinds") Map<String, Double> kinds,
    @JsonProperty("blur") Range blur) {
  /** Validates. */
  public BackgroundRanges {
    kinds = Weights.check("background.kinds", kinds, BackdropKind.class);
    double upright = kinds.get("plain") + kinds.get("room") + kinds.get("ward");
    if (!(upright > 0)) {
      throw new IllegalArgumentException("background.kinds needs a positive weight for plain, room or ward");
    }
    Range.checked("background.blur", blur, 0, 0.1);
  }
}
