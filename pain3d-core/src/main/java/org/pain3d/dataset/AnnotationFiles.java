package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The files of one pain set, as paths relative to the dataset root with {@code /}
 * separators (for example {@code images/sample_00012_pain_3_view_0.png}).
 *
 * @param images one image per view, in view order
 * @param heatmap the colourised pain-region heatmap (8-bit RGB PNG)
 * @param heatmap16 the raw heatmap (16-bit grey PNG; value x {@code
 *     heatmap_scale_mm_per_unit} = millimetres)
 */
@JsonPropertyOrder({"images", "heatmap", "heatmap16"})
public record AnnotationFiles(
    @JsonProperty("images") List<String> images,
    @JsonProperty("heatmap") String heatmap,
    @JsonProperty("heatmap16") String heatmap16) {

  /** Validates the paths (relative, no {@code ..}) and copies the list. */
  public AnnotationFiles {
    if (images == null || images.isEmpty()) {
      throw new IllegalArgumentException("a pain set needs at least one image");
    }
    images = List.copyOf(images);
    images.forEach(DatasetNaming::checkRelativePath);
    DatasetNaming.checkRelativePath(heatmap);
    DatasetNaming.checkRelativePath(heatmap16);
  }
}
