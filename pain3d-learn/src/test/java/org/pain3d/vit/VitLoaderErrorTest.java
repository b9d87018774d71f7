package org.pain3d.vit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Safetensors;
import org.pain3d.tensor.TensorFormatException;

/** Clear failures for checkpoints that do not fit. */
class VitLoaderErrorTest {
  private static final LoadPlan TIMM_D3 =
      LoadPlan.of(Fixtures.timmDinov3(false, FfnType.GELU_MLP), CheckpointLayout.TIMM_EVA);
  @TempDir Path tmp;
  private NDManager manager;

  @BeforeEach
  void open() {
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    manager.close();
  }

  private Map<String, HostTensor> timmDinov3Tensors() throws IOException {
    return new LinkedHashMap<>(
        Safetensors.read(Fixtures.dir("timm_dinov3").resolve("model.safetensors")).tensors());
  }

  @Test
  void wrongKeyNamesAreListedAsMissingAndUnexpected() throws IOException {
    Map<String, HostTensor> t = timmDinov3Tensors();
    t.put("blocks.1.ls1.gamma", t.remove("blocks.1.gamma_1"));
    t.put("head.weight", HostTensor.zeros(10, 24));
    Path f = tmp.resolve("bad.safetensors");
    Safetensors.write(f, t, Map.of());
    assertThatThrownBy(() -> VitLoader.loadWithPlan(f, TIMM_D3, null, manager))
        .isInstanceOf(CheckpointDataException.class)
        .hasMessageContaining("1 missing keys: blocks.1.gamma_1 [24]")
        .hasMessageContaining("2 unexpected keys: blocks.1.ls1.gamma, head.weight")
        .hasMessageNotContaining("shape mismatches");
  }

  @Test
  void aMissingSourceAndImagesTooLargeForMemoryAreClearErrors() throws IOException {
    assertThatThrownBy(() -> VitLoader.load(tmp.resolve("nonexist"), null, null, manager))
        .isInstanceOf(CheckpointDataException.class)
        .hasMessageContaining("nonexist: no such backbone");
    VitModel m = VitLoader.load(Fixtures.dir("hf_dinov3"), null, null, manager);
    m.checkPixels(new long[] {1, 3, 64, 64}, 1L << 30);
    assertThatThrownBy(() -> m.checkPixels(new long[] {1, 3, 4000, 4000}, 8L << 30))
        .isInstanceOf(org.pain3d.error.Pain3dException.class)
        .hasMessageContaining("images of 4000 x 4000 px give")
        .hasMessageContaining("use smaller images");
    assertThatThrownBy(() -> m.checkPixels(new long[] {1, 1, 64, 64}, 1L << 30))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pixels must be N x 3 x H x W");
  }

  @Test
  void wrongShapesAreListed() throws IOException {
    Map<String, HostTensor> t = timmDinov3Tensors();
    t.put("blocks.0.attn.qkv.weight", HostTensor.zeros(72, 12));
    Path f = tmp.resolve("bad.safetensors");
    Safetensors.write(f, t, Map.of());
    assertThatThrownBy(() -> VitLoader.loadWithPlan(f, TIMM_D3, null, manager))
        .isInstanceOf(CheckpointDataException.class)
        .hasMessageContaining(
            "1 shape mismatches: blocks.0.attn.qkv.weight: file [72, 12], expected [72, 24]");
  }

  @Test
  void aTimmArchitectureOfAnotherSizeFailsWithAllProblems() {
    Path f = Fixtures.dir("timm_dinov3").resolve("model.safetensors");
    assertThatThrownBy(() -> VitLoader.load(f, VitArch.VIT_SMALL_PATCH16_DINOV3, null, manager))
        .isInstanceOf(CheckpointDataException.class)
        .hasMessageContaining("missing keys: blocks.2.")
        .hasMessageContaining("shape mismatches: cls_token: file [1, 1, 24], expected [1, 1, 384]");
  }

  @Test
  void aTruncatedFileIsAFormatError() throws IOException {
    byte[] all = Files.readAllBytes(Fixtures.dir("timm_dinov3").resolve("model.safetensors"));
    Path f = tmp.resolve("cut.safetensors");
    Files.write(f, Arrays.copyOf(all, all.length - 100));
    assertThatThrownBy(() -> VitLoader.loadWithPlan(f, TIMM_D3, null, manager))
        .isInstanceOf(TensorFormatException.class)
        .hasMessageContaining("truncated");
    Files.write(f, Arrays.copyOf(all, 20));
    assertThatThrownBy(() -> VitLoader.loadWithPlan(f, TIMM_D3, null, manager))
        .isInstanceOf(TensorFormatException.class)
        .hasMessageContaining("header length");
  }

  @Test
  void anUnknownModelTypeIsRejected() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("hf"));
    Files.copy(Fixtures.dir("hf_dinov2").resolve("model.safetensors"),
        dir.resolve("model.safetensors"));
    Files.writeString(dir.resolve("config.json"), "{\"model_type\": \"vit\", \"hidden_size\": 24}");
    assertThatThrownBy(() -> VitLoader.load(dir, null, null, manager))
        .isInstanceOf(CheckpointDataException.class)
        .hasMessageContaining("unknown model_type 'vit' (supported: dinov2, dinov2_with_registers, dinov3_vit)");
  }

  @Test
  void aConfigThatDisagreesWithTheWeightsFails() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("hf"));
    Files.copy(Fixtures.dir("hf_dinov3").resolve("model.safetensors"),
        dir.resolve("model.safetensors"));
    String cfg = Files.readString(Fixtures.dir("hf_dinov3").resolve("config.json"))
        .replace("\"key_bias\": false", "\"key_bias\": true");
    Files.writeString(dir.resolve("config.json"), cfg);
    assertThatThrownBy(() -> VitLoader.load(dir, null, null, manager))
        .isInstanceOf(CheckpointDataException.class)
        .hasMessageContaining("missing keys: layer.0.attention.k_proj.bias [24]");
  }

  @Test
  void aFileWithoutArchitectureIsAUsageError() {
    Path f = Fixtures.dir("timm_dinov3").resolve("model.safetensors");
    assertThatThrownBy(() -> VitLoader.load(f, null, null, manager))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name its timm architecture");
  }

  @Test
  void timmNamesResolveWithAndWithoutPretrainedTag() {
    assertThat(VitArch.fromTimmName("vit_small_patch16_dinov3.lvd1689m"))
        .isEqualTo(VitArch.VIT_SMALL_PATCH16_DINOV3);
    assertThat(VitArch.fromTimmName("vit_large_patch14_reg4_dinov2").config().registers())
        .isEqualTo(4);
    assertThatThrownBy(() -> VitArch.fromTimmName("resnet50"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vit_base_patch16_dinov3");
  }
}
