package org.pain3d.synth.scene;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pain3d.io.Json;

/**
 * Every range of the scene randomisation, in five groups (the JSON of {@code --scene-ranges}
 * and of the manifest's {@code config.scene.ranges}). A ranges file overrides any subset of
 * a preset's values: {@code {"accessories": {"glasses_rate": 0.5}, "camera": {"fov_deg":
 * [15, 30]}}}; weights merge key by key.
 *
 * @param body body, posture and clothing
 * @param accessories accessory and clinical item rates
 * @param lighting lights
 * @param background backgrounds
 * @param camera camera, head pose and image degradations
 */
@JsonPropertyOrder({"body", "accessories", "lighting", "background", "camera"})
public record SceneRanges(
    @JsonProperty("body") BodyRanges body,
    @JsonProperty("accessories") AccessoryRates accessories,
    @JsonProperty("lighting") LightingRanges lighting,
    @JsonProperty("background") BackgroundRanges background,
    @JsonProperty("camera") CameraRanges camera) {

  /** Validates. */
  public SceneRanges {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(accessories, "accessories");
    Objects.requireNonNull(lighting, "lighting");
    Objects.requireNonNull(background, "background");
    Objects.requireNonNull(camera, "camera");
  }

  /** Returns the ranges as JSON. */
  public ObjectNode toJson() {
    return (ObjectNode) Json.datasetTree(this);
  }

  /**
   * Reads ranges from JSON (every value present).
   *
   * @param json the object
   * @return the ranges
   * @throws IllegalArgumentException when a value is malformed or out of range
   */
  public static SceneRanges fromJson(JsonNode json) {
    try {
      return Json.datasetReader().treeToValue(json, SceneRanges.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(Json.rootMessage(e), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(Json.rootMessage(e), e);
    }
  }

  /**
   * Applies an override file's values to these ranges.
   *
   * @param override a JSON object with any subset of the keys of {@link #toJson()}
   * @return the merged ranges
   * @throws IllegalArgumentException on an unknown key (with the nearest known key), a value
   *     of the wrong shape, or an out-of-range or impossible value
   */
  public SceneRanges withOverrides(JsonNode override) {
    ObjectNode merged = toJson();
    merge(merged, override, "");
    return fromJson(merged);
  }

  private static void merge(ObjectNode base, JsonNode over, String path) {
    if (over == null || !over.isObject()) {
      throw new IllegalArgumentException((path.isEmpty() ? "the ranges" : path) + " must be a JSON object");
    }
    Iterator<Map.Entry<String, JsonNode>> it = over.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
      JsonNode old = base.get(e.getKey());
      if (old == null) {
        throw new IllegalArgumentException("unknown key '" + key + "'" + suggestion(e.getKey(), base));
      }
      JsonNode v = e.getValue();
      if (old.isObject() && isGroup(path)) {
        merge((ObjectNode) old, v, key);
      } else if (old.isObject()) {
        if (!v.isObject()) {
          throw new IllegalArgumentException(key + " must be an object of weights, got " + v);
        }
        ((ObjectNode) old).setAll((ObjectNode) v);
      } else if (old.isArray()) {
        if (!v.isArray() || v.size() != 2 || !v.get(0).isNumber() || !v.get(1).isNumber()) {
          throw new IllegalArgumentException(key + " must be a range [min, max], got " + v);
        }
        base.set(e.getKey(), v);
      } else {
        if (!v.isNumber()) {
          throw new IllegalArgumentException(key + " must be a number, got " + v);
        }
        base.set(e.getKey(), v);
      }
    }
  }

  /** Top-level keys are groups; inside a group an object is a weights map. */
  private static boolean isGroup(String path) {
    return path.isEmpty();
  }

  private static String suggestion(String key, JsonNode known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    List<String> names = new ArrayList<>();
    known.fieldNames().forEachRemaining(names::add);
    for (String n : names) {
      int d = distance(key, n);
      if (d < bestDistance) {
        bestDistance = d;
        best = n;
      }
    }
    if (best != null && bestDistance <= Math.max(2, key.length() / 3)) {
      return " (did you mean '" + best + "'?)";
    }
    return " (known keys: " + String.join(", ", names) + ")";
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
