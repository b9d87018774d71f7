package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pain3d.io.Json;

/**
 * The labels of an identity's neutral images, per view, as a pain set's annotation has them
 * ({@link DatasetNaming#neutralAnnotation}): the official keys all 0, the identity, the
 * blendshape weights of the relaxed face, each view's camera and 68 landmarks, the images and
 * the appearance.
 *
 * @param formatVersion the dataset format version
 * @param baseName {@code sample_<id5>_neutral}
 * @param identity the identity shown
 * @param blendshapeWeights ICT-FaceKit expression weights of the neutral face (its rest pose),
 *     in [0, 1]
 * @param views one entry per rendered view, in increasing view order
 * @param images the neutral images, one per view, in view order
 * @param appearance how the identity looks; null when not recorded
 * @param scene the scene of the neutral images (the schema of a pain annotation's {@code
 *     scene}, one entry per view; each view's {@code image} is the compact scene of that image's
 *     {@code metadata.jsonl} row); null in files written before neutral annotations had it
 */
@JsonPropertyOrder({"format_version", "base_name", "identity", "blendshape_weights", "views", "images", "appearance",
    "scene"})
public record NeutralAnnotation(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("base_name") String baseName,
    @JsonProperty("identity") IdentityInfo identity,
    @JsonProperty("blendshape_weights") Map<String, Double> blendshapeWeights,
    @JsonProperty("views") List<ViewAnnotation> views,
    @JsonProperty("images") List<String> images,
    @JsonProperty("appearance") @JsonInclude(JsonInclude.Include.NON_NULL) AppearanceAnnotation appearance,
    @JsonProperty("scene") @JsonInclude(JsonInclude.Include.NON_NULL) SceneAnnotation scene) {

  /** Validates names and shapes; copies the collections. */
  public NeutralAnnotation {
    Objects.requireNonNull(identity, "identity");
    if (!DatasetNaming.neutralBase(identity.id()).equals(baseName)) {
      throw new IllegalArgumentException("base_name '" + baseName + "' does not match identity " + identity.id());
    }
    blendshapeWeights = Collections.unmodifiableMap(new LinkedHashMap<>(blendshapeWeights));
    for (Map.Entry<String, Double> e : blendshapeWeights.entrySet()) {
      if (e.getValue() == null || !(e.getValue() >= 0 && e.getValue() <= 1)) {
        throw new IllegalArgumentException("blendshape weight " + e.getKey() + " must be in [0, 1]");
      }
    }
    views = List.copyOf(views);
    images = List.copyOf(images);
    if (views.isEmpty() || views.size() != images.size()) {
      throw new IllegalArgumentException("one image per view, at least one view");
    }
    for (String i : images) {
      DatasetNaming.checkRelativePath(i);
    }
    if (scene != null && scene.views().size() != views.size()) {
      throw new IllegalArgumentException(
          "scene.views has " + scene.views().size() + " entries for " + views.size() + " views");
    }
  }

  /**
   * Serialises the annotation: the official keys (all 0) first, then the fields above,
   * pretty-printed UTF-8 ending with a newline.
   *
   * @return the file content
   */
  public byte[] toBytes() {
    ObjectNode node = Json.mapper().createObjectNode();
    for (String k : PainLabels.OFFICIAL_KEYS) {
      node.put(k, 0);
    }
    node.setAll((ObjectNode) Json.datasetTree(this));
    try {
      return (Json.datasetPretty().writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + baseName, e);
    }
  }

}
