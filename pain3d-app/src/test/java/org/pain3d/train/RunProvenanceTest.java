package org.pain3d.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.dataset.Sha256;
import org.pain3d.io.Json;
import org.pain3d.vitpain.BackboneMode;
import org.pain3d.vitpain.VitPainModel;

/** A run records where its data came from (the dataset manifest) and resumes only on it. */
class RunProvenanceTest {
  @TempDir Path tmp;

  private static TrainResult fit(TrainingData data, DataProvenance provenance, Path run)
      throws IOException {
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel model = VitPainModel.create(TinySynthetic.config(BackboneMode.FROZEN), m);
      return new VitPainTrainer(model, TinySynthetic.train(1), m, false)
          .fit(data.train(), data.val(), run, provenance, TrainListener.NONE);
    }
  }

  @Test
  void theRunRecordsTheManifestAndRefusesOtherData() throws IOException {
    Path root = TinySyntheticData.generate(tmp, 6);
    TrainingData data = TrainingData.read(root, TinySynthetic.SIZE);
    DataProvenance p = data.provenance();
    assertThat(p.manifestSha256()).isEqualTo(Sha256.hex(root.resolve(DatasetNaming.MANIFEST)));
    assertThat(p.seed()).isEqualTo(11L);
    assertThat(p.selection()).contains("train", "val", "test");
    Path run = tmp.resolve("run");
    fit(data, p, run);
    JsonNode saved = Json.mapper().readTree(run.resolve(RunFiles.PROVENANCE).toFile());
    assertThat(saved.at("/data/manifest_sha256").asText()).isEqualTo(p.manifestSha256());
    assertThat(saved.at("/model/mode").asText()).isEqualTo("FROZEN");
    assertThat(saved.at("/training/epochs").asInt()).isEqualTo(1);
    assertThat(saved.get("trainer").asText()).contains("DJL", "Java");
    // the same data again: a finished run, nothing to do
    assertThat(fit(data, p, run).history()).isEmpty();
    DataProvenance other = new DataProvenance(p.kind(), p.root(), "0".repeat(64), p.seed(),
        p.formatVersion(), p.generator(), p.selection());
    assertThatThrownBy(() -> fit(data, other, run)).isInstanceOf(RunFormatException.class)
        .hasMessageContaining("trained on other data").hasMessageContaining(p.manifestSha256());
    assertThat(Files.readAllLines(run.resolve(RunFiles.METRICS))).hasSize(1);
  }
}
