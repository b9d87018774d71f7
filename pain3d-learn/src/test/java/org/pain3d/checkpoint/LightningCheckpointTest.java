package org.pain3d.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Safetensors;

/**
 * A tiny ViTPain saved as PyTorch Lightning saves it (src/test/python/make_vitpain_ckpt.py):
 * the weights in float32, float16 and bfloat16 read back exactly as the script dumped them, and
 * the Lightning metadata, optimizer state and callbacks (one of an unknown class) load too.
 */
class LightningCheckpointTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode meta() throws IOException {
    return JSON.readTree(CheckpointFixtures.resource("vitpain_meta.json").toFile());
  }

  @ParameterizedTest
  @ValueSource(strings = {"vitpain_f32.ckpt", "vitpain_f16.ckpt", "vitpain_bf16.ckpt"})
  void everyDtypeReadsTheDumpedWeights(String file) throws IOException {
    Map<String, HostTensor> expected =
        Safetensors.read(CheckpointFixtures.resource("vitpain_expected.safetensors")).tensors();
    List<String> order = new ArrayList<>();
    meta().get("state_dict_keys").forEach(k -> order.add(k.asText()));
    try (TorchCheckpoint ckpt = TorchCheckpoint.open(CheckpointFixtures.resource(file))) {
      Map<String, HostTensor> got = ckpt.readStateDict();
      assertThat(got.keySet()).containsExactlyElementsOf(order);
      for (String k : order) {
        assertThat(got.get(k)).as(k).isEqualTo(expected.get(k));
      }
      TorchDType want = file.contains("bf16") ? TorchDType.BFLOAT16
          : file.contains("f16") ? TorchDType.FLOAT16 : TorchDType.FLOAT32;
      assertThat(ckpt.stateDict().values()).allMatch(t -> t.dtype() == want);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"vitpain_f32.ckpt", "vitpain_bf16.ckpt"})
  void lightningMetadataAndHyperParameters(String file) throws IOException {
    JsonNode meta = meta();
    try (TorchCheckpoint ckpt = TorchCheckpoint.open(CheckpointFixtures.resource(file))) {
      LightningInfo info = ckpt.lightning().orElseThrow();
      assertThat(info.version()).isEqualTo(meta.get("pytorch-lightning_version").asText());
      assertThat(info.epoch()).isEqualTo(meta.get("epoch").asLong());
      assertThat(info.globalStep()).isEqualTo(meta.get("global_step").asLong());
      assertThat(info.hparamsName()).isEqualTo("kwargs");
      JsonNode hp = meta.get("hyper_parameters");
      assertThat(info.hyperParameters().keySet()).hasSize(hp.size());
      hp.fields().forEachRemaining(e -> {
        Object v = info.hyperParameters().get(e.getKey());
        JsonNode w = e.getValue();
        if (w.isBoolean()) {
          assertThat(v).as(e.getKey()).isEqualTo(w.asBoolean());
        } else if (w.isIntegralNumber()) {
          assertThat(((Number) v).longValue()).as(e.getKey()).isEqualTo(w.asLong());
        } else if (w.isNumber()) {
          assertThat(v).as(e.getKey()).isEqualTo(w.asDouble());
        } else {
          assertThat(v).as(e.getKey()).isEqualTo(w.asText());
        }
      });
    }
  }

  @Test
  void optimizerStateAndCallbacksLoadBesideTheWeights() throws IOException {
    try (TorchCheckpoint ckpt = TorchCheckpoint.open(CheckpointFixtures.resource("vitpain_f32.ckpt"))) {
      List<?> optimizers = (List<?>) ckpt.find("optimizer_states");
      Map<?, ?> adamw = (Map<?, ?>) optimizers.get(0);
      List<?> groups = (List<?>) adamw.get("param_groups");
      assertThat(groups).hasSize(2);
      Map<?, ?> lora = (Map<?, ?>) groups.get(0);
      assertThat(lora.get("betas")).isEqualTo(List.of(0.9, 0.999)); // a tuple
      assertThat((Double) lora.get("lr")).isCloseTo(1e-5, Offset.offset(1e-9));
      Map<?, ?> state = (Map<?, ?>) adamw.get("state");
      assertThat(state).isNotEmpty();
      Map<?, ?> first = (Map<?, ?>) state.values().iterator().next();
      assertThat(first.get("exp_avg")).isInstanceOf(TorchTensor.class);
      assertThat(((TorchTensor) first.get("step")).toDoubles()).containsExactly(1.0);

      Map<?, ?> callbacks = (Map<?, ?>) ckpt.find("callbacks");
      Map<?, ?> best = (Map<?, ?>) callbacks.entrySet().stream()
          .filter(e -> String.valueOf(e.getKey()).startsWith("ModelCheckpoint"))
          .findFirst().orElseThrow().getValue();
      assertThat(((TorchTensor) best.get("best_model_score")).toHostTensor().data())
          .containsExactly(1.859f);
      PickledObject opaque = (PickledObject) callbacks.get("FixtureOnly");
      assertThat(opaque.type().qualifiedName())
          .isEqualTo("lightning.pytorch.callbacks.fixture_only.OpaqueState");
      Map<?, ?> attrs = (Map<?, ?>) opaque.state();
      assertThat(attrs.get("note")).isEqualTo("not needed for the weights");
      assertThat(((TorchTensor) attrs.get("weights")).toHostTensor().data())
          .containsExactly(0.25f, 0.5f);
      Map<?, ?> amp = (Map<?, ?>) ckpt.find("MixedPrecision");
      assertThat(amp.get("_growth_tracker")).isEqualTo(17);
    }
  }
}
