package org.pain3d.vit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pain3d.checkpoint.CheckpointFixtures.maxAbs;
import static org.pain3d.checkpoint.CheckpointFixtures.resource;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pain3d.checkpoint.TorchCheckpoint;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Safetensors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two backbones of a tiny ViTPain checkpoint (authors' module names, peft LoRA on qkv, proj
 * and the patch embedding; src/test/python/make_vitpain_ckpt.py) give the authors' tokens in
 * {@link ForwardMode#VITPAIN_REFERENCE}: {@code [CLS, patches]}, no registers, no RoPE.
 */
class ReferenceForwardTest {
  /** The fixture's backbone: dim 8, depth 2, heads 2, hidden 32, patch 4, 4 registers. */
  static final VitConfig TINY = new VitConfig(VitFamily.DINOV3, 4, 8, 2, 2, 32,
      FfnType.GELU_MLP, 4, PosEmbedding.NONE, 0, PosEmbedResample.BICUBIC, true, 100, true, 1e-5,
      1e-5, false, true, true, 3).withForward(ForwardMode.VITPAIN_REFERENCE);
  /** The fixture's adapters: hyper-parameters lora_rank 4, lora_alpha 12 (peft dropout 0.1). */
  static final LoraConfig LORA = new LoraConfig(4, 12, 0.1, 1, true);
  private static final Logger LOG = LoggerFactory.getLogger(ReferenceForwardTest.class);
  private static NDManager manager;
  private static Map<String, HostTensor> weights;
  private static Map<String, HostTensor> io;

  @BeforeAll
  static void open() throws IOException {
    manager = NDManager.newBaseManager();
    try (TorchCheckpoint c = TorchCheckpoint.open(resource("vitpain_f32.ckpt"))) {
      weights = c.readStateDict();
    }
    io = Safetensors.read(resource("vitpain_io.safetensors")).tensors();
  }

  @AfterAll
  static void close() {
    manager.close();
  }

  private static float[] embed(VitModel m, HostTensor px, NDManager step) {
    return m.embed(step.create(px.data(), new Shape(px.shape()))).toFloatArray();
  }

  @ParameterizedTest
  @CsvSource({"vit_model., pain_pixels, pain_tokens",
      "neutral_encoder., neutral_pixels, neutral_tokens"})
  void tokensMatchTheAuthorsForward(String owner, String pixels, String tokens) {
    Map<String, HostTensor> backbone = PeftBackbone.select(weights, owner);
    assertThat(PeftBackbone.loraRank(backbone)).isEqualTo(4);
    try (NDManager m = manager.newSubManager()) {
      VitModel model = PeftBackbone.load(backbone, TINY, LORA, m, "vitpain_f32.ckpt " + owner);
      HostTensor want = io.get(tokens);
      HostTensor px = io.get(pixels);
      NDArray out = model.embed(m.create(px.data(), new Shape(px.shape())));
      assertThat(out.getShape().getShape()).containsExactly(want.shape());
      double err = maxAbs(out.toFloatArray(), want.data());
      LOG.info("{}: max abs error {} over {} values", owner, err, want.data().length);
      assertThat(err).isLessThan(1e-4);
      model.mergeAdapters();
      assertThat(maxAbs(embed(model, px, m), want.data())).isLessThan(1e-4);
      model.unmergeAdapters();
      assertThat(maxAbs(embed(model, px, m), out.toFloatArray())).isZero();
    }
  }

  @Test
  void theStandardForwardAndAMissingPatchAdapterGiveOtherTokens() {
    Map<String, HostTensor> backbone = PeftBackbone.select(weights, "vit_model.");
    try (NDManager m = manager.newSubManager()) {
      VitModel std = PeftBackbone.load(backbone, TINY.withForward(ForwardMode.STANDARD), LORA, m,
          "vit_model.");
      float[] out = embed(std, io.get("pain_pixels"), m);
      assertThat(out).hasSize(2 * (1 + 4 + 20) * 8);
      float[] clsAndPatches = new float[2 * 21 * 8];
      for (int n = 0; n < 2; n++) {
        System.arraycopy(out, n * 25 * 8, clsAndPatches, n * 21 * 8, 8);
        System.arraycopy(out, (n * 25 + 5) * 8, clsAndPatches, (n * 21 + 1) * 8, 20 * 8);
      }
      assertThat(maxAbs(clsAndPatches, io.get("pain_tokens").data())).isGreaterThan(1e-2);
      Map<String, HostTensor> noPatchAdapter = new LinkedHashMap<>(backbone);
      noPatchAdapter.put("patch_embed.proj.lora_B.default.weight", HostTensor.zeros(8, 4, 1, 1));
      VitModel ref = PeftBackbone.load(noPatchAdapter, TINY, LORA, m, "no patch adapter");
      assertThat(maxAbs(embed(ref, io.get("pain_pixels"), m), io.get("pain_tokens").data()))
          .as("the patch-embedding adapter matters").isGreaterThan(1e-2);
      assertThat(TINY.prefixTokens()).isEqualTo(1);
      assertThat(TINY.withForward(ForwardMode.STANDARD).prefixTokens()).isEqualTo(5);
    }
  }

  @Test
  void everyKeyIsAccountedForInOneError() {
    Map<String, HostTensor> backbone =
        new LinkedHashMap<>(PeftBackbone.select(weights, "vit_model."));
    backbone.remove("blocks.1.attn.proj.lora_B.default.weight");
    backbone.remove("norm.bias");
    backbone.put("blocks.0.attn.qkv.lora_A.second.weight", HostTensor.zeros(4, 8));
    backbone.put("head.weight", HostTensor.zeros(1, 8));
    try (NDManager m = manager.newSubManager()) {
      assertThatThrownBy(() -> PeftBackbone.load(backbone, TINY, LORA, m, "x.ckpt"))
          .isInstanceOf(CheckpointDataException.class)
          .hasMessageStartingWith("x.ckpt does not fit a peft-wrapped TIMM_EVA")
          .hasMessageContaining("2 missing keys: norm.bias [8], blocks.1.attn.proj.lora_B [8, 4]")
          .hasMessageContaining(
              "2 unexpected keys: blocks.0.attn.qkv.lora_A.second.weight, head.weight");
      assertThatThrownBy(() -> PeftBackbone.load(PeftBackbone.select(weights, "vit_model."),
          TINY, null, m, "y.ckpt"))
          .isInstanceOf(CheckpointDataException.class)
          .hasMessageContaining("without LoRA")
          .hasMessageContaining("unexpected keys: patch_embed.proj.lora_A");
    }
  }

  @Test
  void peftNamesWithoutBaseLayerLoadTheSame() {
    Map<String, HostTensor> old = new LinkedHashMap<>();
    PeftBackbone.select(weights, "vit_model.")
        .forEach((k, v) -> old.put(k.replace(".base_layer.", "."), v));
    try (NDManager m = manager.newSubManager()) {
      VitModel model = PeftBackbone.load(old, TINY, LORA, m, "old peft");
      HostTensor px = io.get("pain_pixels");
      assertThat(maxAbs(embed(model, px, m), io.get("pain_tokens").data())).isLessThan(1e-4);
    }
  }

  @Test
  void theReferenceForwardNeedsABackboneWithoutLearnedPositions() {
    assertThatThrownBy(() -> VitConfig.dinov2(14, 24, 2, 2, 4)
        .withForward(ForwardMode.VITPAIN_REFERENCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without a learned position embedding");
  }
}
