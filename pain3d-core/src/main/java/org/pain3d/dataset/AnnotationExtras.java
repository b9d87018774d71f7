package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.pain3d.pspi.Pspi;

/**
 * Everything in an annotation file beyond the official keys (our layout only).
 *
 * <p>Each extra sits under its own key, beside the official top-level keys, so the
 * reference Python loader (which reads only the official keys) is unaffected. Maps keep
 * the caller's iteration order, so files are byte-for-byte reproducible.
 *
 * @param formatVersion the dataset format version ({@link DatasetManifest#FORMAT_VERSION})
 * @param baseName the annotation base name, {@code sample_<id5>_pain_<k>}
 * @param painIndex k, 1-based index of the pain set within its identity
 * @param identity the identity shown
 * @param auIntensities every driven action unit: name ({@code AU1}, {@code AU4}, ...) to
 *     FACS intensity 0..5; must include the six official AUs
 * @param blendshapeWeights ICT-FaceKit expression blendshape name ({@code browDown_L}, ...)
 *     to weight in [0, 1]
 * @param heatmapScaleMmPerUnit millimetres of displacement per unit of the 16-bit heatmap
 * @param views one entry per rendered view, in increasing view order
 * @param files the images and heatmaps of this pain set
 */
@JsonPropertyOrder({
  "format_version", "base_name", "pain_index", "identity", "au_intensities",
  "blendshape_weights", "heatmap_scale_mm_per_unit", "views", "files"
})
public record AnnotationExtras(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("base_name") String baseName,
    @JsonProperty("pain_index") int painIndex,
    @JsonProperty("identity") IdentityInfo identity,
    @JsonProperty("au_intensities") Map<String, Double> auIntensities,
    @JsonProperty("blendshape_weights") Map<String, Double> blendshapeWeights,
    @JsonProperty("heatmap_scale_mm_per_unit") double heatmapScaleMmPerUnit,
    @JsonProperty("views") List<ViewAnnotation> views,
    @JsonProperty("files") AnnotationFiles files) {

  /** The JSON keys of the extras (for telling our annotation files from published ones). */
  public static final List<String> KEYS =
      List.of(
          "format_version", "base_name", "pain_index", "identity", "au_intensities",
          "blendshape_weights", "heatmap_scale_mm_per_unit", "views", "files");

  private static final Pattern AU_NAME = Pattern.compile("AU[1-9][0-9]?[LR]?");

  /** Validates every field and copies the collections. */
  public AnnotationExtras {
    if (formatVersion < 1) {
      throw new IllegalArgumentException("format_version must be >= 1, got " + formatVersion);
    }
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(files, "files");
    if (!DatasetNaming.painBase(identity.id(), painIndex).equals(baseName)) {
      throw new IllegalArgumentException(
          "base_name '" + baseName + "' does not match identity " + identity.id()
              + " and pain_index " + painIndex);
    }
    auIntensities = checkAus(auIntensities);
    blendshapeWeights = checkWeights(blendshapeWeights);
    if (!(heatmapScaleMmPerUnit > 0 && Double.isFinite(heatmapScaleMmPerUnit))) {
      throw new IllegalArgumentException(
          "heatmap_scale_mm_per_unit must be positive, got " + heatmapScaleMmPerUnit);
    }
    views = checkViews(views);
    if (files.images().size() != views.size()) {
      throw new IllegalArgumentException(
          "files.images has " + files.images().size() + " entries for " + views.size()
              + " views");
    }
  }

  private static Map<String, Double> checkAus(Map<String, Double> aus) {
    Objects.requireNonNull(aus, "au_intensities");
    for (Map.Entry<String, Double> e : aus.entrySet()) {
      if (!AU_NAME.matcher(e.getKey()).matches()) {
        throw new IllegalArgumentException("not an AU name: '" + e.getKey() + "'");
      }
      double max = e.getKey().equals("AU43") ? 1.0 : Pspi.MAX_INTENSITY;
      Double v = e.getValue();
      if (v == null || !(v >= 0 && v <= max)) {
        throw new IllegalArgumentException(
            e.getKey() + " intensity must be in [0, " + max + "], got " + v);
      }
    }
    for (String k : PainLabels.AU_KEYS) {
      if (!aus.containsKey(k)) {
        throw new IllegalArgumentException("au_intensities lacks " + k);
      }
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(aus));
  }

  private static Map<String, Double> checkWeights(Map<String, Double> weights) {
    Objects.requireNonNull(weights, "blendshape_weights");
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank()) {
        throw new IllegalArgumentException("blank blendshape name");
      }
      Double w = e.getValue();
      if (w == null || !(w >= 0 && w <= 1)) {
        throw new IllegalArgumentException(
            "blendshape weight " + e.getKey() + " must be in [0, 1], got " + w);
      }
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(weights));
  }

  private static List<ViewAnnotation> checkViews(List<ViewAnnotation> views) {
    if (views == null || views.isEmpty()) {
      throw new IllegalArgumentException("a pain set needs at least one view");
    }
    Set<Integer> seen = new HashSet<>();
    int last = -1;
    for (ViewAnnotation v : views) {
      Objects.requireNonNull(v, "view");
      if (!seen.add(v.view()) || v.view() <= last) {
        throw new IllegalArgumentException("views must have distinct increasing indices");
      }
      last = v.view();
    }
    return List.copyOf(views);
  }
}
