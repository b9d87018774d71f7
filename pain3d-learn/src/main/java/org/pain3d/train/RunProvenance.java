package org.pain3d.train;

import ai.djl.engine.Engine;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.pain3d.io.Json;

/**
 * {@code provenance.json} of a run folder: the data ({@link DataProvenance}, with the
 * dataset's manifest hash and seed), the model and training configs, and the software that
 * trained. Deterministic for the same arguments (no clock), so identical runs stay
 * byte-identical.
 *
 * @param data where the data came from
 * @param model the model config ({@link CheckpointedModel#config()}: {@code model.json}'s or a
 *     temporal run's {@code temporal.json}'s)
 * @param training the training config ({@code train.json})
 * @param trainer the software: pain3d, Java, DJL and engine versions
 */
@JsonPropertyOrder({"data", "model", "training", "trainer"})
public record RunProvenance(
    @JsonProperty("data") DataProvenance data,
    @JsonProperty("model") Record model,
    @JsonProperty("training") TrainConfig training,
    @JsonProperty("trainer") String trainer) {
  /** Validates. */
  public RunProvenance {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(training, "training");
    Objects.requireNonNull(trainer, "trainer");
  }

  /**
   * The provenance of a run on this software.
   *
   * @param data the data
   * @param model the model config
   * @param training the training config
   * @return the provenance
   */
  public static RunProvenance of(DataProvenance data, Record model, TrainConfig training) {
    String v = RunProvenance.class.getPackage().getImplementationVersion();
    Engine e = Engine.getInstance();
    return new RunProvenance(data, model, training, "pain3d " + (v == null ? "dev" : v)
        + ", Java " + Runtime.version().feature() + ", DJL " + Engine.getDjlVersion() + ", "
        + e.getEngineName() + " " + e.getVersion());
  }

  /**
   * The data a run folder's {@code provenance.json} records (the file is written, never read
   * back whole: its model is one of several config records).
   *
   * @param file the provenance file
   * @return its data
   * @throws RunFormatException if it is malformed or has no data
   * @throws IOException if it cannot be read
   */
  public static DataProvenance dataOf(Path file) throws IOException {
    try {
      JsonNode data = Json.mapper().readTree(file.toFile()).get("data");
      if (data == null || !data.isObject()) {
        throw new RunFormatException(file, "malformed provenance: no data", null);
      }
      return Json.mapper().treeToValue(data, DataProvenance.class);
    } catch (JsonProcessingException e) {
      throw new RunFormatException(file, "malformed provenance: " + e.getOriginalMessage(), e);
    }
  }
}
