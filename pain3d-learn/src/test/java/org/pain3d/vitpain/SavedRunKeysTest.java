package org.pain3d.vitpain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Safetensors;
import org.pain3d.tensor.SafetensorsContent;
import org.pain3d.train.TrainConfig;
import org.pain3d.train.VitPainTrainer;

/**
 * The weight files keep the keys, shapes, order and metadata of runs saved before the heads
 * became DJL blocks (golden list taken from run folders written by main at ea73abf), so those
 * runs still load; and the block tree gives every parameter by path.
 */
class SavedRunKeysTest {
  private static final String BACKBONE = "random:" + BackboneSpec.TINY + ":0";

  @TempDir Path tmp;

  private static VitPainConfig config(BackboneMode mode) {
    int rank = mode == BackboneMode.LORA ? 8 : 0;
    return new VitPainConfig(BACKBONE, null, mode, HeadOptions.full(), rank,
        2.0 * Math.max(rank, 1), 0.1, mode == BackboneMode.TRAINED ? 0 : 1, 42, 32);
  }

  private static List<String> golden(String kind) throws IOException {
    try (InputStream in = SavedRunKeysTest.class.getResourceAsStream("main-run-keys.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> l.startsWith(kind + " ")).map(l -> l.substring(kind.length() + 1)).toList();
    }
  }

  private static List<String> lines(Map<String, String> metadata, Map<String, HostTensor> tensors) {
    List<String> out = new ArrayList<>();
    metadata.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.add("metadata " + e.getKey() + "=" + e.getValue()));
    tensors.forEach((k, t) -> out.add(k + " " + Arrays.stream(t.shape())
        .mapToObj(Long::toString).collect(Collectors.joining("x"))));
    return out;
  }

  private List<String> saved(VitPainModel model, String file) throws IOException {
    model.save(tmp, "best-");
    SafetensorsContent c = Safetensors.read(tmp.resolve("best-" + file));
    return lines(c.metadata(), c.tensors());
  }

  private static List<String> optimizer(VitPainModel model, NDManager m) {
    return lines(Map.of("format", "pain3d-adamw"),
        VitPainTrainer.optimizer(model, TrainConfig.defaults(), m).state());
  }

  @Test
  void weightFilesKeepTheKeysOfRunsSavedByMain() throws IOException {
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel lora = VitPainModel.create(config(BackboneMode.LORA), m);
      assertThat(saved(lora, "heads.safetensors")).isEqualTo(golden("heads"));
      assertThat(saved(lora, "lora-pain.safetensors")).isEqualTo(golden("lora"));
      assertThat(saved(lora, "lora-neutral.safetensors")).isEqualTo(golden("lora"));
      assertThat(optimizer(lora, m)).isEqualTo(golden("optimizer-lora"));
      VitPainModel trained = VitPainModel.create(config(BackboneMode.TRAINED), m);
      assertThat(saved(trained, "backbone.safetensors")).isEqualTo(golden("backbone"));
      assertThat(optimizer(trained, m)).isEqualTo(golden("optimizer-trained"));
      VitPainModel frozen = VitPainModel.create(config(BackboneMode.FROZEN), m);
      assertThat(optimizer(frozen, m)).isEqualTo(golden("optimizer-frozen"));
    }
  }

  @Test
  void everyParameterHasAPathInTheBlockTree() throws IOException {
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel lora = VitPainModel.create(config(BackboneMode.LORA), m);
      Map<String, Parameter> p = lora.parameters();
      assertThat(p).containsKeys("pain.blocks.0.attn.qkv.weight", "pain.blocks.1.attn.proj.lora_B",
          "neutral.blocks.0.attn.qkv.lora_A", "neutral.norm.bias", "heads.cross.q.weight",
          "heads.pspi.fc3.bias", "heads.binary2.fc.weight", "heads.au.queries",
          "heads.au.out.weight");
      assertThat(lora.parameter("heads.pspi.fc0.weight").getShape().getShape())
          .containsExactly(512, 32);
      assertThat(lora.parameter("heads.pspi.fc0.weight").getType())
          .isEqualTo(Parameter.Type.WEIGHT);
      assertThat(lora.parameter("heads.pspi.norm.weight").getType())
          .isEqualTo(Parameter.Type.GAMMA);
      // the heads' own paths are its file's keys; DJL sees the same parameters
      assertThat(lora.heads().parameters().keySet())
          .isEqualTo(Safetensors.read(save(lora)).tensors().keySet());
      assertThat(lora.getParameters().size()).isEqualTo(p.size());
      VitPainModel frozen = VitPainModel.create(config(BackboneMode.FROZEN), m);
      assertThat(frozen.parameters()).containsKey("backbone.cls_token")
          .doesNotContainKey("pain.cls_token");
      assertThat(frozen.parameter("backbone.cls_token").requiresGradient()).isFalse();
      assertThat(frozen.parameter("heads.au.queries").requiresGradient()).isTrue();
    }
  }

  private Path save(VitPainModel model) throws IOException {
    model.save(tmp, "x-");
    return tmp.resolve("x-heads.safetensors");
  }
}
