package org.pain3d.train;

import ai.djl.engine.Engine;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.pain3d.vitpain.VitPainConfig;

/**
 * {@code provenance.json} of a run folder: the data ({@link DataProvenance}, with the
 * dataset's manifest hash and seed), the model and training configs, and the software that
 * trained. Deterministic for the same arguments (no clock), so identical runs stay
 * byte-identical.
 *
 * @param data where the data came from
 * @param model the model config ({@code model.json})
 * @param training the training config ({@code train.json})
 * @param trainer the software: pain3d, Java, DJL and engine versions
 */
@JsonPropertyOrder({"data", "model", "training", "trainer"})
public record RunProvenance(
    @JsonProperty("data") DataProvenance data,
    @JsonProperty("model") VitPainConfig model,
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
  public static RunProvenance of(DataProvenance data, VitPainConfig model, TrainConfig training) {
    String v = RunProvenance.class.getPackage().getImplementationVersion();
    Engine e = Engine.getInstance();
    return new RunProvenance(data, model, training, "pain3d " + (v == null ? "dev" : v)
        + ", Java " + Runtime.version().feature() + ", DJL " + Engine.getDjlVersion() + ", "
        + e.getEngineName() + " " + e.getVersion());
  }
}
