package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * File counts recorded in the manifest.
 *
 * @param identities number of identities
 * @param views views per expression
 * @param painSets pain sets (annotations) in all
 * @param painImages pain images
 * @param neutralImages neutral images
 * @param heatmaps heatmap files (colourised and raw together)
 */
@JsonPropertyOrder({
  "identities", "views", "pain_sets", "pain_images", "neutral_images", "heatmaps"
})
public record DatasetCounts(
    @JsonProperty("identities") int identities,
    @JsonProperty("views") int views,
    @JsonProperty("pain_sets") int painSets,
    @JsonProperty("pain_images") int painImages,
    @JsonProperty("neutral_images") int neutralImages,
    @JsonProperty("heatmaps") int heatmaps) {

  /** Requires non-negative counts. */
  public DatasetCounts {
    if (identities < 0 || views < 0 || painSets < 0 || painImages < 0 || neutralImages < 0
        || heatmaps < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }

  /**
   * Total images, pain and neutral.
   *
   * @return the image count
   */
  public int images() {
    return painImages + neutralImages;
  }
}
