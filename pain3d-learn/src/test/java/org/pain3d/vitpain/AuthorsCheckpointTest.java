package org.pain3d.vitpain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pain3d.checkpoint.CheckpointFixtures.maxAbs;
import static org.pain3d.checkpoint.CheckpointFixtures.resource;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Safetensors;
import org.pain3d.vit.CheckpointDataException;
import org.pain3d.vit.ForwardMode;
import org.pain3d.vit.PeftBackbone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole authors' model imported from a checkpoint (src/test/python/make_vitpain_ckpt.py:
 * {@code vitpain_full_f16.ckpt}, the authors' head widths on a tiny DINOv3, float16) gives the
 * outputs their forward recorded ({@code vitpain_full_io.safetensors}): PSPI, the three binary
 * logits and the six AUs within 1e-4.
 */
class AuthorsCheckpointTest {
  private static final Logger LOG = LoggerFactory.getLogger(AuthorsCheckpointTest.class);
  private static final AuthorsCheckpoint.ImportOptions OPTIONS =
      new AuthorsCheckpoint.ImportOptions(null, null, 16);
  private static NDManager manager;
  private static AuthorsCheckpoint ckpt;
  private static Map<String, HostTensor> io;

  @BeforeAll
  static void open() throws IOException {
    manager = NDManager.newBaseManager();
    ckpt = AuthorsCheckpoint.read(resource("vitpain_full_f16.ckpt"));
    io = Safetensors.read(resource("vitpain_full_io.safetensors")).tensors();
  }

  @AfterAll
  static void close() {
    manager.close();
  }

  private static NDArray array(NDManager m, String name) {
    HostTensor t = io.get(name);
    return m.create(t.data(), new Shape(t.shape()));
  }

  /** Max abs differences of pspi, binary, au against the recorded outputs. */
  private static double[] errors(VitPainModel model, NDManager m) {
    VitPainOutput o = model.forward(array(m, "pain_pixels"), array(m, "neutral_pixels"), false);
    float[] binary = o.binaryLogits().toFloatArray();
    double b = 0;
    for (int t = 0; t < 3; t++) {
      float[] want = io.get("binary_" + (t + 1)).data();
      for (int n = 0; n < want.length; n++) {
        b = Math.max(b, Math.abs(binary[n * 3 + t] - want[n]));
      }
    }
    return new double[] {maxAbs(o.pspiUnit().toFloatArray(), io.get("pspi").data()), b,
        maxAbs(o.au().toFloatArray(), io.get("au").data())};
  }

  @Test
  void theImportedModelGivesTheAuthorsOutputs() throws IOException {
    try (NDManager m = manager.newSubManager()) {
      VitPainModel model = ckpt.build(OPTIONS, m);
      VitPainConfig c = model.config();
      assertThat(c.authorsForward()).isTrue();
      assertThat(c.mode()).isEqualTo(BackboneMode.LORA);
      assertThat(c.arch()).isEqualTo("dinov3_patch4_dim8_depth2_heads2");
      assertThat(c.loraRank()).isEqualTo(4);
      assertThat(c.loraAlpha()).isEqualTo(12.0);
      assertThat(c.headDropout()).isEqualTo(1.0);
      assertThat(c.options()).isEqualTo(HeadOptions.full());
      assertThat(model.backbone(Branch.PAIN).config().forward())
          .isEqualTo(ForwardMode.VITPAIN_REFERENCE);
      assertThat(model.backbone(Branch.NEUTRAL)).isNotSameAs(model.backbone(Branch.PAIN));
      double[] e = errors(model, m);
      LOG.info("imported ViTPain: max abs error pspi {}, binary logits {}, AU {}", e[0], e[1],
          e[2]);
      assertThat(java.util.Arrays.stream(e).max().orElseThrow()).isLessThan(1e-4);
      VitPainOutput std = standardForward(m);
      assertThat(maxAbs(std.au().toFloatArray(), io.get("au").data())
          + maxAbs(std.pspiUnit().toFloatArray(), io.get("pspi").data()))
          .as("our standard forward (registers, RoPE) gives other outputs").isGreaterThan(1e-3);
      float[] au = model.heads().parameter("au.out.weight").getArray().toFloatArray();
      for (int r = 1; r < 6; r++) {
        assertThat(java.util.Arrays.copyOfRange(au, r * 512, r * 512 + 512))
            .as("the shared AU head in every row").containsExactly(
                java.util.Arrays.copyOfRange(au, 0, 512));
      }
    }
  }

  /** The same weights in our standard forward: registers inserted, RoPE applied. */
  private static VitPainOutput standardForward(NDManager m) {
    Map<String, HostTensor> w = ckpt.weights();
    org.pain3d.vit.VitConfig std = BackboneSpec.Pretrained.plan("dinov3_patch4_dim8_depth2_heads2")
        .config();
    VitPainConfig c = ckpt.config(OPTIONS, "/b");
    org.pain3d.vit.VitModel p = PeftBackbone.load(PeftBackbone.select(w, "vit_model."), std,
        c.lora(Branch.PAIN), m, "std");
    org.pain3d.vit.VitModel n = PeftBackbone.load(PeftBackbone.select(w, "neutral_encoder."),
        std, c.lora(Branch.NEUTRAL), m, "std");
    VitPainModel model = VitPainModel.of(c, p, n, m);
    Map<String, HostTensor> heads = new LinkedHashMap<>();
    try (NDManager own = m.newSubManager()) {
      VitPainModel imported;
      try {
        imported = ckpt.build(OPTIONS, own);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      heads.putAll(imported.heads().snapshot());
    }
    model.heads().load(heads, "imported heads");
    return model.forward(array(m, "pain_pixels"), array(m, "neutral_pixels"), false);
  }

  @Test
  void adaptersOnlyWithTheBackboneFromATimmFile(@TempDir Path tmp) throws IOException {
    Path base = tmp.resolve("dinov3.safetensors");
    Safetensors.write(base, ckpt.sharedBaseWeights(), Map.of());
    Map<String, HostTensor> adapters = new LinkedHashMap<>();
    ckpt.weights().forEach((k, v) -> {
      int at = k.indexOf(PeftBackbone.PEFT_PREFIX);
      if (at < 0 || PeftBackbone.isAdapter(k.substring(at + PeftBackbone.PEFT_PREFIX.length()))) {
        adapters.put(k, v);
      }
    });
    AuthorsCheckpoint lora = new AuthorsCheckpoint("lora.ckpt", adapters,
        ckpt.hyperParameters());
    assertThat(lora.hasBaseWeights()).isFalse();
    try (NDManager m = manager.newSubManager()) {
      assertThatThrownBy(() -> lora.build(OPTIONS, m))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("lora.ckpt holds only LoRA adapters; name the timm DINOv3 backbone they"
              + " were trained on with --backbone FILE.safetensors");
      AuthorsCheckpoint.ImportOptions withBase =
          new AuthorsCheckpoint.ImportOptions(base, null, 16);
      assertThatThrownBy(() -> ckpt.build(withBase, m))
          .hasMessageEndingWith("holds the backbones' base weights; leave out --backbone");
      double[] e = errors(lora.build(withBase, m), m);
      assertThat(java.util.Arrays.stream(e).max().orElseThrow()).isLessThan(1e-4);
    }
  }

  @Test
  void everyKeyProblemOfTheFileInOneError() {
    Map<String, HostTensor> w = new LinkedHashMap<>(ckpt.weights());
    w.remove("pspi_head.5.weight");
    w.remove("neutral_encoder.base_model.model.blocks.1.norm1.weight");
    w.put("au_head.bias", HostTensor.zeros(2));
    w.put("contrastive_proj.weight", HostTensor.zeros(4, 8));
    w.put("vit_model.cls_token", HostTensor.zeros(1, 1, 8));
    AuthorsCheckpoint bad = new AuthorsCheckpoint("bad.ckpt", w, ckpt.hyperParameters());
    try (NDManager m = manager.newSubManager()) {
      assertThatThrownBy(() -> bad.build(OPTIONS, m))
          .isInstanceOf(CheckpointDataException.class)
          .hasMessageStartingWith("bad.ckpt is not a ViTPain checkpoint of the authors' model on"
              + " dinov3_patch4_dim8_depth2_heads2: 2 unknown keys: contrastive_proj.weight,"
              + " vit_model.cls_token; ")
          .hasMessageContaining("missing pspi_head.5.weight [256, 512]")
          .hasMessageContaining("au_head.bias has shape [2], expected [1]")
          .hasMessageContaining("bad.ckpt neutral_encoder. does not fit")
          .hasMessageContaining("blocks.1.norm1.weight [8]")
          .message().doesNotContain("\n");
    }
  }

  @Test
  void modelJsonNamesTheAuthorsForwardOnlyWhenItIsOn() throws IOException {
    VitPainConfig ours = VitPainConfig.paper("/b", null, 8);
    String json = org.pain3d.io.Json.run().writeValueAsString(ours);
    assertThat(json).doesNotContain("authorsForward");
    assertThat(org.pain3d.io.Json.mapper().readValue(json, VitPainConfig.class)).isEqualTo(ours);
    VitPainConfig theirs = ckpt.config(OPTIONS, "/b");
    json = org.pain3d.io.Json.run().writeValueAsString(theirs);
    assertThat(json).contains("\"authorsForward\" : true");
    assertThat(org.pain3d.io.Json.mapper().readValue(json, VitPainConfig.class)).isEqualTo(theirs);
    assertThat(theirs.lora(Branch.PAIN).patchEmbed()).isTrue();
    assertThat(ours.lora(Branch.PAIN).patchEmbed()).isFalse();
  }

  @Test
  void differentBaseWeightsCannotBeConvertedToOneRun() {
    Map<String, HostTensor> w = new LinkedHashMap<>(ckpt.weights());
    w.put("neutral_encoder.base_model.model.norm.bias", HostTensor.zeros(8));
    assertThatThrownBy(() -> new AuthorsCheckpoint("two.ckpt", w, Map.of()).sharedBaseWeights())
        .isInstanceOf(CheckpointDataException.class)
        .hasMessageStartingWith("two.ckpt: the two backbones' base weights differ (first at"
            + " norm.bias)");
  }

  @Test
  void theArchitectureComesFromModelNameOrTheOption() {
    assertThat(new AuthorsCheckpoint("a", Map.of(),
        Map.of("model_name", "timm/vit_large_patch16_dinov3.sat493m")).arch(OPTIONS))
        .isEqualTo("vit_large_patch16_dinov3.sat493m");
    assertThat(new AuthorsCheckpoint("a", Map.of(), Map.of()).arch(
        new AuthorsCheckpoint.ImportOptions(null, "vit_small_patch16_dinov3", 224)))
        .isEqualTo("vit_small_patch16_dinov3");
    assertThatThrownBy(() -> new AuthorsCheckpoint("a", Map.of(), Map.of()).arch(OPTIONS))
        .hasMessage("a names no model_name in its hyper_parameters; give the backbone's timm"
            + " architecture with --arch");
  }
}
