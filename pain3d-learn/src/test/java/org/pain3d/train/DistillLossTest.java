package org.pain3d.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each distillation term on tiny tensors against values worked out by hand (in comments). */
class DistillLossTest {
  private NDManager m;

  @BeforeEach
  void open() {
    m = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    m.close();
  }

  private NDArray a(float[] v, long... shape) {
    return m.create(v, new Shape(shape));
  }

  @Test
  void outputTermIsMseOnPspiPlusSoftBce() {
    // image 0: (0.5 - 0.25)^2 = 0.0625; BCE(logit 0, p 0.7) = log 2 = 0.693147 (any p at x = 0)
    // image 1: (0.1 - 0.1)^2 = 0;       BCE(logit 2, p 1) = log(1 + e^-2) = 0.126928
    // one binary head each: per image 0.755647 and 0.126928, weights 1, 1 -> mean 0.441288
    NDArray s = a(new float[] {0.5f, 0.1f}, 2);
    NDArray t = a(new float[] {0.25f, 0.1f}, 2);
    NDArray logits = a(new float[] {0, 2}, 2, 1);
    NDArray prob = a(new float[] {0.7f, 1}, 2, 1);
    NDArray w = a(new float[] {1, 1}, 2);
    assertThat(DistillLoss.output(s, logits, t, prob, w).getFloat()).isCloseTo(0.441288f,
        within(1e-5f));
    // gate image 1 off: only image 0 counts (sum w = 1)
    NDArray gate = a(new float[] {1, 0}, 2);
    assertThat(DistillLoss.output(s, logits, t, prob, gate).getFloat()).isCloseTo(0.755647f,
        within(1e-5f));
    // no binary heads: PSPI term only, mean of 0.0625 and 0
    assertThat(DistillLoss.output(s, null, t, null, w).getFloat()).isCloseTo(0.03125f,
        within(1e-7f));
  }

  @Test
  void featureTermCosineAndMse() {
    // one image, two tokens of width 2:
    // token 0: s = (1, 0), t = (0, 2): cos 0 -> 1 - 0 = 1
    // token 1: s = (1, 1), t = (2, 2): cos 1 -> 0;     cosine term = mean(1, 0) = 0.5
    // MSE: token 0 diffs (1, -2) -> 1 + 4; token 1 diffs (-1, -1) -> 1 + 1; 7 / 4 = 1.75
    NDArray s = a(new float[] {1, 0, 1, 1}, 1, 2, 2);
    NDArray t = a(new float[] {0, 2, 2, 2}, 1, 2, 2);
    NDArray w = a(new float[] {1}, 1);
    assertThat(DistillLoss.feature(s, t, FeatureLoss.COSINE, w).getFloat()).isCloseTo(0.5f,
        within(1e-6f));
    assertThat(DistillLoss.feature(s, t, FeatureLoss.MSE, w).getFloat()).isCloseTo(1.75f,
        within(1e-6f));
  }

  @Test
  void attentionTermIsKlOfTargetToStudent() {
    // target (0.5, 0.5, 0), student (0.25, 0.25, 0.5):
    // KL = 0.5 ln(0.5 / 0.25) * 2 + 0 = ln 2 = 0.693147
    // second image: identical distributions, KL 0; weights (1, 1) -> mean 0.346574
    NDArray s = a(new float[] {0.25f, 0.25f, 0.5f, 0.2f, 0.3f, 0.5f}, 2, 3);
    NDArray t = a(new float[] {0.5f, 0.5f, 0, 0.2f, 0.3f, 0.5f}, 2, 3);
    NDArray w = a(new float[] {1, 1}, 2);
    assertThat(DistillLoss.attention(s, t, w).getFloat()).isCloseTo(0.346574f, within(1e-5f));
  }

  @Test
  void regionTermIsMaskedMse() {
    // image 0: diffs (0.5, -0.5) -> 0.25 mean; image 1 has no heatmap (weight 0)
    NDArray map = a(new float[] {0.5f, 0, 0.9f, 0.9f}, 2, 2);
    NDArray target = a(new float[] {0, 0.5f, 0, 0}, 2, 2);
    NDArray w = a(new float[] {1, 0}, 2);
    assertThat(DistillLoss.region(map, target, w).getFloat()).isCloseTo(0.25f, within(1e-6f));
    // no image with a heatmap: 0, not NaN
    assertThat(DistillLoss.region(map, target, a(new float[] {0, 0}, 2)).getFloat()).isZero();
  }

  @Test
  void warmUpRampsLinearly() {
    DistillConfig d = new DistillConfig("t", 1, 0, FeatureLoss.COSINE, 0,
        AttentionTarget.TEACHER, 4, false, 0);
    assertThat(d.ramp(0)).isEqualTo(0.25);
    assertThat(d.ramp(3)).isEqualTo(1.0);
    assertThat(d.ramp(10)).isEqualTo(1.0);
  }
}
