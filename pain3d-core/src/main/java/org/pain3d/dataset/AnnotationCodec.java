package org.pain3d.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.pain3d.io.Json;

/**
 * Reads and writes annotation files ({@code <base>_annotations.json}).
 *
 * <p>Written shape (official keys first, then extras; see {@link AnnotationExtras}):
 *
 * <pre>{@code
 * {"AU4": 3, "AU6": 2, "AU7": 4, "AU9": 0, "AU10": 1, "AU43": 1, "PSPI": 9,
 *  "format_version": 1, "base_name": "sample_00012_pain_3", "pain_index": 3,
 *  "identity": {"id": 12, "coefficient_seed": 42,
 *               "demographics": {"age_group": "young", "gender": "woman",
 *                                "ethnicity": "South Asian"}},
 *  "au_intensities": {"AU4": 3, ...}, "blendshape_weights": {"browDown_L": 0.6, ...},
 *  "heatmap_scale_mm_per_unit": 0.001,
 *  "views": [{"view": 0, "camera": {...}, "landmarks": [[x, y, 1], ...]}, ...],
 *  "files": {"images": [...], "heatmap": "heatmaps/..._heatmap.png",
 *            "heatmap16": "heatmaps/..._heatmap16.png"}}
 * }</pre>
 *
 * <p>Reading accepts published annotations (official keys only) through {@link
 * #readLabels}; {@link #read} requires our extras.
 */
public final class AnnotationCodec {
  private AnnotationCodec() {}

  /**
   * Builds the JSON object of an annotation.
   *
   * @param a the annotation
   * @return a new object node, official keys first
   */
  public static ObjectNode toJson(PainAnnotation a) {
    ObjectNode node = Json.mapper().createObjectNode();
    for (String k : PainLabels.OFFICIAL_KEYS) {
      double v = a.labels().get(k);
      if (v == Math.rint(v)) {
        node.put(k, (long) v);
      } else {
        node.put(k, v);
      }
    }
    node.setAll((ObjectNode) Json.datasetTree(a.extras()));
    return node;
  }

  /**
   * Serialises an annotation as pretty-printed UTF-8 JSON ending with a newline.
   *
   * @param a the annotation
   * @return the file content
   */
  public static byte[] toBytes(PainAnnotation a) {
    try {
      String s = Json.datasetPretty()
          .writeValueAsString(toJson(a));
      return (s + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise annotation " + a.baseName(), e);
    }
  }

  /**
   * Reads one of our annotation files, strictly (extras required, PSPI consistent).
   *
   * @param file the annotation file
   * @return the annotation
   * @throws IOException when the file cannot be read
   * @throws DatasetDataException when it is malformed or inconsistent
   */
  public static PainAnnotation read(Path file) throws IOException {
    ParsedAnnotation p = parse(file);
    AnnotationExtras extras =
        p.extras().orElseThrow(() -> new DatasetDataException(file, "has no pain3d extras"));
    try {
      return new PainAnnotation(p.labels(), extras);
    } catch (IllegalArgumentException e) {
      throw new DatasetDataException(file, e.getMessage(), e);
    }
  }

  /**
   * Reads the official labels of any annotation file (ours or published).
   *
   * @param file the annotation file
   * @return its labels (PSPI as written, not recomputed)
   * @throws IOException when the file cannot be read
   * @throws DatasetDataException when it is not JSON or lacks an official key
   */
  public static PainLabels readLabels(Path file) throws IOException {
    return labelsOf(readTree(file), file);
  }

  /**
   * Reads a file as a JSON object.
   *
   * @param file the file
   * @return its root object
   * @throws IOException when the file cannot be read
   * @throws DatasetDataException when it is not a JSON object
   */
  public static JsonNode readTree(Path file) throws IOException {
    return readTree(Files.readAllBytes(file), file);
  }

  /**
   * Parses bytes as a JSON object (e.g. a member of a tar shard).
   *
   * @param bytes the file's content
   * @param file names it in messages
   * @return its root object
   * @throws IOException when the bytes cannot be parsed
   * @throws DatasetDataException when they are not a JSON object
   */
  public static JsonNode readTree(byte[] bytes, Path file) throws IOException {
    JsonNode root;
    try {
      root = Json.datasetReader().readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new DatasetDataException(file, "malformed JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new DatasetDataException(file, "expected a JSON object");
    }
    return root;
  }

  /**
   * Extracts the official labels from an annotation object.
   *
   * @param root the annotation object
   * @param file the file it came from (for messages)
   * @return the labels
   * @throws DatasetDataException when a key is missing, not a number or out of range
   */
  public static PainLabels labelsOf(JsonNode root, Path file) {
    double[] v = new double[PainLabels.OFFICIAL_KEYS.size()];
    for (int i = 0; i < v.length; i++) {
      String key = PainLabels.OFFICIAL_KEYS.get(i);
      JsonNode n = root.get(key);
      if (n == null || n.isNull()) {
        throw new DatasetDataException(file, "missing official key " + key);
      }
      if (!n.isNumber()) {
        throw new DatasetDataException(file, key + " must be a number, got " + n);
      }
      v[i] = n.doubleValue();
    }
    try {
      return PainLabels.fromOfficialValues(v);
    } catch (IllegalArgumentException e) {
      throw new DatasetDataException(file, e.getMessage(), e);
    }
  }

  /**
   * Reads labels and, when present, extras; PSPI is not checked against the formula.
   *
   * @param file the annotation file
   * @return the parts
   * @throws IOException when the file cannot be read
   * @throws DatasetDataException when it is malformed
   */
  public static ParsedAnnotation parse(Path file) throws IOException {
    JsonNode root = readTree(file);
    PainLabels labels = labelsOf(root, file);
    if (!root.has("identity")) {
      return new ParsedAnnotation(file, labels, Optional.empty());
    }
    try {
      for (String k : AnnotationExtras.OPTIONAL_KEYS) {
        if (!root.has(k)) {
          ((ObjectNode) root).putNull(k);
        }
      }
      AppearanceAnnotation.fillOptionalKeys(root.get("appearance"));
      AnnotationExtras extras = Json.datasetReader().treeToValue(root, AnnotationExtras.class);
      return new ParsedAnnotation(file, labels, Optional.of(extras));
    } catch (JsonProcessingException e) {
      throw new DatasetDataException(file, "malformed extras: " + Json.rootMessage(e), e);
    }
  }
}
