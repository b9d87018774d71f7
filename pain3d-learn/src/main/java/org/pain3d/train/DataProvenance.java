package org.pain3d.train;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Where a run's data came from (the {@code data} part of {@code provenance.json}), chaining the
 * dataset's own provenance into the run, as Tribuo chains a dataset's provenance into its
 * model's: for a 3DPain-layout dataset the SHA-256 of its {@code manifest.json} (which holds
 * the checksum of every file), its generation seed, format and generator version.
 *
 * @param kind {@code 3DPain} or {@code UNBC-McMaster}
 * @param root the dataset folder (absolute)
 * @param manifestSha256 SHA-256 of {@code manifest.json}, or {@code null} without one
 * @param seed the generation seed from the manifest, or {@code null}
 * @param formatVersion the manifest's format version, or {@code null}
 * @param generator the tool version that wrote the dataset, or {@code null}
 * @param selection which part of the data the run used, e.g. the split sizes or a fold
 */
@JsonPropertyOrder({"kind", "root", "manifest_sha256", "seed", "format_version", "generator",
    "selection"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DataProvenance(
    @JsonProperty("kind") String kind,
    @JsonProperty("root") String root,
    @JsonProperty("manifest_sha256") String manifestSha256,
    @JsonProperty("seed") Long seed,
    @JsonProperty("format_version") Integer formatVersion,
    @JsonProperty("generator") String generator,
    @JsonProperty("selection") String selection) {
  /** Validates. */
  public DataProvenance {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(selection, "selection");
  }

  /**
   * Whether another provenance names the same data: the same manifest when both have one,
   * else the same folder.
   *
   * @param other the other provenance
   * @return whether the data is the same
   */
  public boolean sameData(DataProvenance other) {
    if (!kind.equals(other.kind)) {
      return false;
    }
    if (manifestSha256 != null && other.manifestSha256 != null) {
      return manifestSha256.equals(other.manifestSha256);
    }
    return root.equals(other.root);
  }
}
