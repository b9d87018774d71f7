package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code manifest.json}: what produced the dataset and how to verify it.
 *
 * <p>JSON: {@code {"format_version": 1, "pain3d_version": "0.1.0", "seed": 42, "config":
 * {...}, "counts": {...}, "checksums": {"annotations/...json": "<sha256 hex>", ...},
 * "provenance": {"created_utc": "...", "java": "17.0.15", ...}}}. Checksums cover every
 * file written before the manifest, keyed by path relative to the root, sorted.
 *
 * @param formatVersion the dataset format version, {@link #FORMAT_VERSION}
 * @param pain3dVersion version of the tool that wrote the dataset
 * @param seed the generation seed
 * @param config the full generation config as a JSON object
 * @param counts file counts
 * @param checksums lower-case SHA-256 hex per relative path
 * @param provenance free-form facts about the run (tool versions, face model, time)
 */
@JsonPropertyOrder({
  "format_version", "pain3d_version", "seed", "config", "counts", "checksums", "provenance"
})
public record DatasetManifest(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("pain3d_version") String pain3dVersion,
    @JsonProperty("seed") long seed,
    @JsonProperty("config") ObjectNode config,
    @JsonProperty("counts") DatasetCounts counts,
    @JsonProperty("checksums") Map<String, String> checksums,
    @JsonProperty("provenance") Map<String, String> provenance) {

  /** The format version this code writes. */
  public static final int FORMAT_VERSION = 1;

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** Validates and copies; checksums are sorted by path. */
  public DatasetManifest {
    if (formatVersion < 1) {
      throw new IllegalArgumentException("format_version must be >= 1");
    }
    Objects.requireNonNull(pain3dVersion, "pain3d_version");
    Objects.requireNonNull(config, "config");
    config = config.deepCopy();
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(checksums, "checksums");
    TreeMap<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, String> e : checksums.entrySet()) {
      DatasetNaming.checkRelativePath(e.getKey());
      if (e.getValue() == null || !SHA256.matcher(e.getValue()).matches()) {
        throw new IllegalArgumentException("bad SHA-256 for " + e.getKey());
      }
      sorted.put(e.getKey(), e.getValue());
    }
    checksums = Collections.unmodifiableSortedMap(sorted);
    Objects.requireNonNull(provenance, "provenance");
    provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
  }

  /**
   * Returns a copy of the config.
   *
   * @return the config object
   */
  @Override
  public ObjectNode config() {
    return config.deepCopy();
  }
}
