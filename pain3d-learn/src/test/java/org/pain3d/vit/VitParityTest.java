package org.pain3d.vit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Npy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens equal PyTorch's reference forward passes (src/test/python/vit_reference.py, written
 * after transformers' modeling_dinov2 / modeling_dinov3_vit and timm's vision_transformer / eva)
 * within 1e-4, for tiny random weights stored with the exact upstream key names.
 */
class VitParityTest {
  private static final Logger LOG = LoggerFactory.getLogger(VitParityTest.class);
  private static NDManager manager;

  @BeforeAll
  static void open() {
    manager = NDManager.newBaseManager();
  }

  @AfterAll
  static void close() {
    manager.close();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("hf_dinov2", null),
        Arguments.of("hf_dinov2_reg4", null),
        Arguments.of("hf_dinov3", null),
        Arguments.of("hf_dinov3_gated", null),
        Arguments.of("timm_dinov2", LoadPlan.of(Fixtures.timmDinov2(0), CheckpointLayout.TIMM_VIT)),
        Arguments.of("timm_dinov2_reg4",
            LoadPlan.of(Fixtures.timmDinov2(4), CheckpointLayout.TIMM_VIT)),
        Arguments.of("timm_dinov3",
            LoadPlan.of(Fixtures.timmDinov3(false, FfnType.GELU_MLP), CheckpointLayout.TIMM_EVA)),
        Arguments.of("timm_dinov3_qkvb_swiglu",
            LoadPlan.of(Fixtures.timmDinov3(true, FfnType.SWIGLU), CheckpointLayout.TIMM_EVA)));
  }

  @Test
  void timmDinov2GridIsReadFromTheFile() throws IOException {
    VitConfig wrongGrid = Fixtures.timmDinov2(0)
        .withPositions(0, PosEmbedding.LEARNED_WITH_CLS, 37, PosEmbedResample.BICUBIC_ANTIALIAS);
    Path dir = Fixtures.dir("timm_dinov2");
    try (NDManager m = manager.newSubManager()) {
      VitModel model = VitLoader.loadWithPlan(dir.resolve("model.safetensors"),
          LoadPlan.of(wrongGrid, CheckpointLayout.TIMM_VIT), null, m);
      assertThat(model.config().posEmbedGrid()).isEqualTo(4);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void tokensMatchPyTorch(String name, LoadPlan timmPlan) throws IOException {
    Path dir = Fixtures.dir(name);
    try (NDManager m = manager.newSubManager()) {
      VitModel model = timmPlan == null
          ? VitLoader.load(dir, null, null, m)
          : VitLoader.loadWithPlan(dir.resolve("model.safetensors"), timmPlan, null, m);
      HostTensor px = Npy.read(dir.resolve("pixels.npy"));
      HostTensor expected = Npy.read(dir.resolve("tokens.npy"));
      NDArray out = model.embed(m.create(px.data(), new Shape(px.shape())));
      assertThat(out.getShape().getShape()).containsExactly(expected.shape());
      float[] got = out.toFloatArray();
      double maxAbs = 0;
      for (int i = 0; i < got.length; i++) {
        maxAbs = Math.max(maxAbs, Math.abs(got[i] - expected.data()[i]));
      }
      LOG.info("parity {}: tokens {} max abs error {}", name, out.getShape(), maxAbs);
      assertThat(maxAbs).isLessThan(1e-4);
    }
  }
}
