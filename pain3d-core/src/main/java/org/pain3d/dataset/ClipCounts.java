package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a clip dataset holds, for its manifest.
 *
 * @param identities number of identities
 * @param clips number of clips
 * @param frames number of video frames in all
 * @param byClass clips per pain class (BL1, PA1..PA4)
 */
@JsonPropertyOrder({"identities", "clips", "frames", "by_class"})
public record ClipCounts(
    @JsonProperty("identities") int identities,
    @JsonProperty("clips") int clips,
    @JsonProperty("frames") long frames,
    @JsonProperty("by_class") Map<PainClass, Integer> byClass) {
  /** Validates and sorts. */
  public ClipCounts {
    if (identities < 0 || clips < 0 || frames < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
    byClass = new TreeMap<>(byClass);
  }
}
