package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One line of {@code metadata.jsonl}: one image and every label of it.
 *
 * <p>JSON (one line): {@code {"file": "images/sample_00012_pain_3_view_0.png",
 * "annotation_base_name": "sample_00012_pain_3", "identity": 12, "kind": "pain",
 * "pain_index": 3, "view": 0, "split": 0, "AU4": 3, "AU6": 2, "AU7": 4, "AU9": 0,
 * "AU10": 1, "AU43": 1, "PSPI": 9, "demographics": {...}, "heatmap":
 * "heatmaps/sample_00012_pain_3_heatmap.png"}}. Official label keys are top-level, as in
 * the annotation files. A neutral row has base name {@code sample_<id5>_neutral}, pain
 * index 0, all labels 0 and {@code "heatmap": null}.
 *
 * @param file image path relative to the root
 * @param annotationBaseName the pain set's base name, or the neutral base name
 * @param identity identity index
 * @param kind neutral or pain
 * @param painIndex k for a pain image (1-based), 0 for a neutral image
 * @param view view index
 * @param split the identity's split
 * @param au4 AU4
 * @param au6 AU6
 * @param au7 AU7
 * @param au9 AU9
 * @param au10 AU10
 * @param au43 AU43
 * @param pspi PSPI
 * @param demographics the identity's demographics
 * @param heatmap the pain set's colourised heatmap path, null for a neutral image
 */
@JsonPropertyOrder({
  "file", "annotation_base_name", "identity", "kind", "pain_index", "view", "split", "AU4",
  "AU6", "AU7", "AU9", "AU10", "AU43", "PSPI", "demographics", "heatmap"
})
public record MetadataRow(
    @JsonProperty("file") String file,
    @JsonProperty("annotation_base_name") String annotationBaseName,
    @JsonProperty("identity") int identity,
    @JsonProperty("kind") ImageKind kind,
    @JsonProperty("pain_index") int painIndex,
    @JsonProperty("view") int view,
    @JsonProperty("split") Split split,
    @JsonProperty("AU4") double au4,
    @JsonProperty("AU6") double au6,
    @JsonProperty("AU7") double au7,
    @JsonProperty("AU9") double au9,
    @JsonProperty("AU10") double au10,
    @JsonProperty("AU43") double au43,
    @JsonProperty("PSPI") double pspi,
    @JsonProperty("demographics") Demographics demographics,
    @JsonProperty("heatmap") String heatmap) {

  /** Validates names, labels and the neutral / pain conventions. */
  public MetadataRow {
    DatasetNaming.checkRelativePath(file);
    DatasetNaming.checkIdentity(identity);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(demographics, "demographics");
    if (view < 0) {
      throw new IllegalArgumentException("view must be >= 0, got " + view);
    }
    PainLabels labels = new PainLabels(au4, au6, au7, au9, au10, au43, pspi);
    String expectedBase =
        kind == ImageKind.NEUTRAL
            ? DatasetNaming.neutralBase(identity)
            : DatasetNaming.painBase(identity, painIndex);
    if (!expectedBase.equals(annotationBaseName)) {
      throw new IllegalArgumentException(
          "annotation_base_name '" + annotationBaseName + "' should be " + expectedBase);
    }
    if (kind == ImageKind.NEUTRAL) {
      if (painIndex != 0 || !labels.equals(PainLabels.neutral()) || heatmap != null) {
        throw new IllegalArgumentException(
            "a neutral row needs pain_index 0, all labels 0 and no heatmap");
      }
    } else {
      DatasetNaming.checkRelativePath(heatmap);
    }
  }

  /**
   * Builds the row of a pain image.
   *
   * @param file image path
   * @param identity identity index
   * @param painIndex k, 1-based
   * @param view view index
   * @param split split
   * @param labels official labels
   * @param demographics demographics
   * @return the row; its heatmap is {@link DatasetNaming#heatmap} of the base name
   */
  public static MetadataRow pain(
      String file, int identity, int painIndex, int view, Split split, PainLabels labels,
      Demographics demographics) {
    String base = DatasetNaming.painBase(identity, painIndex);
    return new MetadataRow(
        file, base, identity, ImageKind.PAIN, painIndex, view, split, labels.au4(),
        labels.au6(), labels.au7(), labels.au9(), labels.au10(), labels.au43(),
        labels.pspi(), demographics, DatasetNaming.heatmap(base));
  }

  /**
   * Builds the row of a neutral image.
   *
   * @param file image path
   * @param identity identity index
   * @param view view index
   * @param split split
   * @param demographics demographics
   * @return the row
   */
  public static MetadataRow neutral(
      String file, int identity, int view, Split split, Demographics demographics) {
    return new MetadataRow(
        file, DatasetNaming.neutralBase(identity), identity, ImageKind.NEUTRAL, 0, view, split,
        0, 0, 0, 0, 0, 0, 0, demographics, null);
  }

  /**
   * Returns the official labels of this row.
   *
   * @return the labels
   */
  public PainLabels labels() {
    return new PainLabels(au4, au6, au7, au9, au10, au43, pspi);
  }
}
