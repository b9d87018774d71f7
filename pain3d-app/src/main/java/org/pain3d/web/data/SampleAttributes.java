package org.pain3d.web.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.io.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-image attributes for filtering: every scalar of a {@code metadata.jsonl} row that is not
 * a label or a name (demographics, and whatever look or scene fields the generator adds),
 * flattened to {@code name} or {@code object.name} (the {@code demographics.} prefix is
 * dropped). Without metadata, the same is read from each annotation's {@code identity}
 * object's demographics and its other objects, and a neutral image takes its subject's.
 * Unreadable rows are skipped (the checker reports them).
 */
final class SampleAttributes {
  private static final Logger LOG = LoggerFactory.getLogger(SampleAttributes.class);
  /** Row keys that are labels, names or bookkeeping, not attributes. */
  private static final Set<String> SKIP = Set.of("file", "annotation_base_name", "identity", "kind",
      "pain_index", "view", "split", "AU4", "AU6", "AU7", "AU9", "AU10", "AU43", "PSPI", "heatmap",
      "format_version", "base_name", "au_intensities", "blendshape_weights",
      "heatmap_scale_mm_per_unit", "views", "files");

  private SampleAttributes() {}

  /**
   * Attributes by image path relative to the root, from {@code metadata.jsonl}.
   *
   * @param metadata the file
   * @return attributes per image (empty maps left out)
   */
  static Map<String, Map<String, String>> fromMetadata(Path metadata) throws IOException {
    Map<String, Map<String, String>> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(metadata, StandardCharsets.UTF_8)) {
      String line;
      int bad = 0;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode row = Json.mapper().readTree(line);
          if (row.path("file").isTextual()) {
            out.put(row.get("file").asText(), flatten(row));
          }
        } catch (IOException e) {
          bad++;
        }
      }
      if (bad > 0) {
        LOG.warn("{}: {} unreadable rows skipped", metadata, bad);
      }
    }
    return out;
  }

  /**
   * Attributes of a pain set from its annotation file.
   *
   * @param annotation the file
   * @return the attributes (empty when unreadable)
   */
  static Map<String, String> fromAnnotation(Path annotation) {
    try {
      JsonNode root = Json.mapper().readTree(annotation.toFile());
      Map<String, String> out = flatten(root);
      JsonNode demo = root.path("identity").path("demographics");
      if (demo.isObject()) {
        demo.fields().forEachRemaining(e -> {
          if (e.getValue().isValueNode()) {
            out.put(e.getKey(), e.getValue().asText());
          }
        });
      }
      return out;
    } catch (IOException e) {
      return new TreeMap<>();
    }
  }

  /**
   * The subject of a base name, for neutral images without their own attributes.
   *
   * @param base a base name
   * @return its subject
   */
  static String subjectOf(String base) {
    return DatasetNaming.subjectOf(base).orElse(base);
  }

  private static Map<String, String> flatten(JsonNode row) {
    Map<String, String> out = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode v = e.getValue();
      if (SKIP.contains(key) || v.isNull()) {
        continue;
      }
      if (v.isValueNode()) {
        out.put(key, v.asText());
      } else if (v.isObject()) {
        String prefix = key.equals("demographics") ? "" : key + ".";
        v.fields().forEachRemaining(f -> {
          if (f.getValue().isValueNode() && !f.getValue().isNull()) {
            out.put(prefix + f.getKey(), f.getValue().asText());
          }
        });
      }
    }
    return out;
  }
}
