package org.pain3d.web.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pain3d.io.Json;
import org.pain3d.web.ServedFolder;
import org.pain3d.web.WebErrorKind;
import org.pain3d.web.WebException;

/**
 * The detail page of one pain set (or of a subject's neutral images): every view with its
 * neutral counterpart and landmarks, the heatmaps, the whole annotation, and the subject's
 * other sets ({@code GET /api/datasets/{id}/sets/{base}}).
 *
 * @param base the base name
 * @param subject the identity
 * @param kind pain or neutral
 * @param pspi the PSPI label
 * @param aus the official AU labels
 * @param split the split, or null
 * @param attributes the attributes
 * @param views per view: images and landmarks
 * @param heatmap the colourised heatmap, relative path, or null
 * @param heatmap16 the raw 16-bit heatmap, relative path, or null
 * @param annotationFile the annotation, relative path, or null
 * @param annotation the annotation's JSON, or null (unreadable files give null; the checker
 *     names them)
 * @param sets the subject's pain sets and neutral base, by base name, with their PSPI
 */
@JsonPropertyOrder({"base", "subject", "kind", "pspi", "aus", "split", "attributes", "views",
    "heatmap", "heatmap16", "annotation_file", "annotation", "sets"})
public record PainSetDetail(
    @JsonProperty("base") String base,
    @JsonProperty("subject") String subject,
    @JsonProperty("kind") String kind,
    @JsonProperty("pspi") double pspi,
    @JsonProperty("aus") Map<String, Double> aus,
    @JsonProperty("split") String split,
    @JsonProperty("attributes") Map<String, String> attributes,
    @JsonProperty("views") List<ViewEntry> views,
    @JsonProperty("heatmap") String heatmap,
    @JsonProperty("heatmap16") String heatmap16,
    @JsonProperty("annotation_file") String annotationFile,
    @JsonProperty("annotation") JsonNode annotation,
    @JsonProperty("sets") Map<String, Double> sets) {

  /**
   * One view of the set.
   *
   * @param view the view index, or null
   * @param image this set's image, relative path
   * @param neutral the subject's neutral image of the same view, or null
   * @param landmarks the annotation's 68 landmarks of this view ({@code [x, y, visible]}), or
   *     null when it has none
   * @param camera the annotation's camera of this view, or null
   */
  @JsonPropertyOrder({"view", "image", "neutral", "landmarks", "camera"})
  public record ViewEntry(
      @JsonProperty("view") Integer view,
      @JsonProperty("image") String image,
      @JsonProperty("neutral") String neutral,
      @JsonProperty("landmarks") JsonNode landmarks,
      @JsonProperty("camera") JsonNode camera) {}

  /**
   * Builds the detail of a base name.
   *
   * @param b the dataset
   * @param folder its folder
   * @param base the base name
   * @return the detail
   * @throws WebException NOT_FOUND for an unknown base name
   */
  static PainSetDetail of(DatasetBrowse b, ServedFolder folder, String base) {
    List<Integer> ids = b.samplesByBase.get(base);
    if (ids == null) {
      throw new WebException(WebErrorKind.NOT_FOUND, "no pain set or neutral base '" + base + "'");
    }
    SampleView first = b.samples.get(ids.get(0));
    Path ann = b.annotations.get(base);
    JsonNode tree = ann == null ? null : read(ann);
    Map<Integer, JsonNode> viewNotes = new LinkedHashMap<>();
    if (tree != null) {
      for (JsonNode v : tree.path("views")) {
        viewNotes.put(v.path("view").asInt(-1), v);
      }
    }
    List<SampleView> subjectSamples = b.samplesBySubject.getOrDefault(first.subject(), List.of())
        .stream().map(b.samples::get).toList();
    List<ViewEntry> views = new ArrayList<>();
    for (int id : ids) {
      SampleView s = b.samples.get(id);
      String neutral = subjectSamples.stream()
          .filter(n -> n.kind().equals("neutral") && Objects.equals(n.view(), s.view()))
          .map(SampleView::image).findFirst().orElse(null);
      JsonNode note = s.view() == null ? null : viewNotes.get(s.view());
      views.add(new ViewEntry(s.view(), s.image(), neutral,
          note == null || !note.has("landmarks") ? null : note.get("landmarks"),
          note == null || !note.has("camera") ? null : note.get("camera")));
    }
    views.sort(Comparator.comparing(v -> v.view() == null ? -1 : v.view()));
    Map<String, Double> sets = new LinkedHashMap<>();
    subjectSamples.stream().sorted(Comparator.comparing(SampleView::pspi).thenComparing(SampleView::base))
        .forEach(s -> sets.putIfAbsent(s.base(), s.pspi()));
    String colour = null;
    String raw = null;
    for (Path h : b.heatmaps.getOrDefault(base, List.of())) {
      String rel = folder.relative(h);
      if (rel.contains("_heatmap16")) {
        raw = rel;
      } else {
        colour = rel;
      }
    }
    return new PainSetDetail(base, first.subject(), first.kind(), first.pspi(), first.aus(),
        first.split(), first.attributes(), views, colour, raw,
        ann == null ? null : folder.relative(ann), tree, sets);
  }

  private static JsonNode read(Path file) {
    try {
      return Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      return null;
    }
  }
}
