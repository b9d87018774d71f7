package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@code manifest.json} of a clip dataset: what produced it and how to verify it. As {@link
 * DatasetManifest} (no timestamps, so reruns are byte-identical), with {@code "kind":
 * "clips"} and clip counts.
 *
 * @param formatVersion {@link #FORMAT_VERSION}
 * @param kind always {@code clips}
 * @param pain3dVersion version of the tool
 * @param seed the master seed
 * @param config the full clip config
 * @param counts identities, clips, frames, clips per class
 * @param checksums SHA-256 hex of every file written before the manifest, by relative path
 * @param provenance facts about the generator
 */
@JsonPropertyOrder({"format_version", "kind", "pain3d_version", "seed", "config", "counts", "checksums", "provenance"})
public record ClipManifest(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("kind") String kind,
    @JsonProperty("pain3d_version") String pain3dVersion,
    @JsonProperty("seed") long seed,
    @JsonProperty("config") ObjectNode config,
    @JsonProperty("counts") ClipCounts counts,
    @JsonProperty("checksums") Map<String, String> checksums,
    @JsonProperty("provenance") Map<String, String> provenance) {
  /** The clip format version this code writes. */
  public static final int FORMAT_VERSION = 1;
  /** The manifest's kind. */
  public static final String KIND = "clips";

  /** Validates and copies; checksums sorted by path. */
  public ClipManifest {
    if (!KIND.equals(kind)) {
      throw new IllegalArgumentException("a clip manifest has kind 'clips', got " + kind);
    }
    Objects.requireNonNull(config, "config");
    config = config.deepCopy();
    Objects.requireNonNull(counts, "counts");
    TreeMap<String, String> sorted = new TreeMap<>();
    checksums.forEach((k, v) -> {
      DatasetNaming.checkRelativePath(k);
      sorted.put(k, v);
    });
    checksums = Collections.unmodifiableSortedMap(sorted);
    provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
  }
}
