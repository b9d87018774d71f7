package org.pain3d.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.TensorFormatException;

/**
 * Tensors of every dtype, non-contiguous views and shared storages read back as PyTorch wrote
 * them (storages.pt and its pre-1.6 twin legacy.pt; expected values in storages.json, both made
 * by src/test/python/make_vitpain_ckpt.py), and the same zip rewritten with ZIP64 records.
 */
class TorchTensorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode expected() throws IOException {
    return JSON.readTree(CheckpointFixtures.resource("storages.json").toFile());
  }

  @ParameterizedTest
  @ValueSource(strings = {"storages.pt", "legacy.pt", "zip64.pt"})
  void everyTensorHasPyTorchsLayoutAndValues(String file) throws IOException {
    JsonNode want = expected();
    try (TorchCheckpoint ckpt = TorchCheckpoint.open(CheckpointFixtures.resource(file))) {
      Map<String, TorchTensor> tensors = ckpt.stateDict();
      int checked = 0;
      for (Iterator<String> it = want.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (name.startsWith("__")) {
          continue;
        }
        JsonNode w = want.get(name);
        TorchTensor t = tensors.get(name);
        assertThat(t).as(name).isNotNull();
        assertThat(t.dtype().name().toLowerCase(Locale.ROOT)).as(name)
            .isEqualTo(w.get("dtype").asText());
        assertThat(t.shape()).as(name).containsExactly(longs(w.get("shape")));
        assertThat(t.stride()).as(name).containsExactly(longs(w.get("stride")));
        assertThat(t.storageOffset()).as(name).isEqualTo(w.get("storage_offset").asLong());
        assertThat(t.storage().numel()).as(name).isEqualTo(w.get("storage_numel").asLong());
        if (w.has("values")) {
          checkValues(name, t, w.get("values"));
          checked++;
        }
      }
      assertThat(checked).isEqualTo(tensors.size() - 1); // all but the complex one
    }
  }

  private static void checkValues(String name, TorchTensor t, JsonNode values) throws IOException {
    if (t.dtype().isFloatingPoint()) {
      double[] got = t.toDoubles();
      HostTensor host = t.toHostTensor();
      assertThat(host.shape()).containsExactly(t.shape());
      assertThat(got).as(name).hasSize(values.size());
      for (int i = 0; i < got.length; i++) {
        double w = number(values.get(i));
        // boxed: NaN equals NaN, and -0.0 differs from 0.0
        assertThat(Double.valueOf(got[i])).as(name + "[" + i + "]").isEqualTo(Double.valueOf(w));
        assertThat(Float.valueOf(host.data()[i])).as(name + "[" + i + "] as float")
            .isEqualTo(Float.valueOf((float) w));
      }
    } else {
      long[] got = t.toLongs();
      assertThat(got).as(name).hasSize(values.size());
      for (int i = 0; i < got.length; i++) {
        assertThat(got[i]).as(name + "[" + i + "]").isEqualTo(values.get(i).asLong());
      }
      assertThat(t.toHostTensor().data()[got.length - 1]).isEqualTo((float) got[got.length - 1]);
    }
  }

  private static double number(JsonNode n) {
    return switch (n.asText()) {
      case "nan" -> Double.NaN;
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      default -> n.asDouble();
    };
  }

  private static long[] longs(JsonNode a) {
    long[] out = new long[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).asLong();
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"storages.pt", "legacy.pt", "zip64.pt"})
  void viewsOfOneStorageShareOneInstance(String file) throws IOException {
    JsonNode groups = expected().get("__shared__");
    assertThat(groups.size()).isEqualTo(2);
    try (TorchCheckpoint ckpt = TorchCheckpoint.open(CheckpointFixtures.resource(file))) {
      Map<String, TorchTensor> tensors = ckpt.stateDict();
      for (JsonNode group : groups) {
        TorchStorage first = tensors.get(group.get(0).asText()).storage();
        for (JsonNode name : group) {
          assertThat(tensors.get(name.asText()).storage()).isSameAs(first);
        }
        assertThat(first.views()).isEqualTo(group.size());
      }
      assertThat(tensors.get("shared_a").storage()).isNotSameAs(tensors.get("scalar").storage());
      assertThat(tensors.get("transposed").isContiguous()).isFalse();
      assertThat(tensors.get("shared_b").isContiguous()).isTrue();
    }
  }

  @Test
  void parametersKeepTheirGradientFlagAndComplexIsRefusedOnUse() throws IOException {
    try (TorchCheckpoint ckpt = TorchCheckpoint.open(CheckpointFixtures.resource("storages.pt"))) {
      Map<String, TorchTensor> tensors = ckpt.stateDict();
      assertThat(tensors.get("parameter").requiresGrad()).isTrue();
      assertThat(tensors.get("sliced").requiresGrad()).isFalse();
      TorchTensor c = tensors.get("complex");
      assertThat(c.dtype()).isEqualTo(TorchDType.COMPLEX64);
      assertThatThrownBy(c::toHostTensor).isInstanceOf(TensorFormatException.class)
          .hasMessageContaining("complex");
      assertThatThrownBy(tensors.get("float64")::toLongs)
          .isInstanceOf(TensorFormatException.class);
      assertThat(ckpt.lightning()).isEmpty();
    }
  }
}
