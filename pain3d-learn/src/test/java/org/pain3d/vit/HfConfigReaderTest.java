package org.pain3d.vit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HfConfigReaderTest {
  @TempDir Path tmp;

  private LoadPlan read(String json) throws IOException {
    Path f = tmp.resolve("config.json");
    Files.writeString(f, json);
    return HfConfigReader.read(f);
  }

  @Test
  void dinov3DefaultsFollowTransformers() throws IOException {
    LoadPlan p = read("{\"model_type\": \"dinov3_vit\", \"num_register_tokens\": 4}");
    VitConfig c = p.config();
    assertThat(p.layout()).isEqualTo(CheckpointLayout.HF_DINOV3);
    assertThat(c.dim()).isEqualTo(384);
    assertThat(c.heads()).isEqualTo(6);
    assertThat(c.mlpHidden()).isEqualTo(1536);
    assertThat(c.patchSize()).isEqualTo(16);
    assertThat(c.registers()).isEqualTo(4);
    assertThat(c.rope()).isTrue();
    assertThat(c.ropeTheta()).isEqualTo(100.0);
    assertThat(c.normEps()).isEqualTo(1e-5);
    assertThat(c.posEmbedding()).isEqualTo(PosEmbedding.NONE);
    assertThat(new boolean[] {p.qBias(), p.kBias(), p.vBias()}).containsExactly(true, false, true);
  }

  @Test
  void dinov2GridComesFromImageAndPatchSize() throws IOException {
    LoadPlan p = read("{\"model_type\": \"dinov2\", \"hidden_size\": 384, "
        + "\"num_attention_heads\": 6, \"image_size\": 518, \"patch_size\": 14}");
    VitConfig c = p.config();
    assertThat(c.posEmbedGrid()).isEqualTo(37);
    assertThat(c.posEmbedRows()).isEqualTo(1 + 37 * 37);
    assertThat(c.resample()).isEqualTo(PosEmbedResample.BICUBIC);
    assertThat(c.normEps()).isEqualTo(1e-6);
    assertThat(c.mlpHidden()).isEqualTo(1536);
  }

  @Test
  void dinov2SwigluHiddenWidthIsRoundedLikeTransformers() throws IOException {
    // giant: 1536 * 4 = 6144 -> int(6144 * 2 / 3) = 4096 -> (4096 + 7) // 8 * 8 = 4096
    LoadPlan p = read("{\"model_type\": \"dinov2\", \"hidden_size\": 1536, "
        + "\"num_attention_heads\": 24, \"use_swiglu_ffn\": true}");
    assertThat(p.config().ffn()).isEqualTo(FfnType.SWIGLU);
    assertThat(p.config().mlpHidden()).isEqualTo(4096);
  }

  @Test
  void sizesMayBeListsButMustBeSquare() throws IOException {
    assertThat(read("{\"model_type\": \"dinov3_vit\", \"patch_size\": [14, 14]}").config()
        .patchSize()).isEqualTo(14);
    assertThatThrownBy(() -> read("{\"model_type\": \"dinov3_vit\", \"patch_size\": [14, 16]}"))
        .isInstanceOf(CheckpointDataException.class).hasMessageContaining("only square");
  }

  @Test
  void unsupportedActivationsAndBadJsonAreRejected() {
    assertThatThrownBy(() -> read("{\"model_type\": \"dinov2\", \"hidden_act\": \"relu\"}"))
        .isInstanceOf(CheckpointDataException.class).hasMessageContaining("hidden_act 'relu'");
    assertThatThrownBy(() -> read("{\"model_type\": "))
        .isInstanceOf(CheckpointDataException.class).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> read("{}"))
        .isInstanceOf(CheckpointDataException.class).hasMessageContaining("unknown model_type ''");
  }
}
