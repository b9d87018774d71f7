package org.pain3d.vitpain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pain3d.tensor.HostTensor;

/**
 * The temporal heads: output shapes, the causal mask (a later frame never changes an earlier
 * frame's output), the single-frame model (no frame sees another), and both outputs against a
 * plain double-precision reference of the same maths ({@link TemporalReference}).
 */
class TemporalHeadsTest {
  private static final int B = 2;
  private static final int T = 6;
  private static final int N = 5;
  private static final int D = 16;

  private NDManager m;

  @BeforeEach
  void open() {
    m = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    m.close();
  }

  private static float[] gaussian(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[n];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return v;
  }

  private TemporalHeads heads(int layers, boolean causal, boolean reference) {
    TemporalHeads h = new TemporalHeads(new TemporalConfig(D, layers, 2, 8, causal, true, reference,
        5));
    h.initialize(m);
    return h;
  }

  private float[][] run(TemporalHeads h, float[] frames, float[] neutral) {
    try (NDManager sub = m.newSubManager()) {
      TemporalOutput o = h.forward(sub.create(frames, new Shape(B, T, N, D)),
          neutral == null ? null : sub.create(neutral, new Shape(B, N, D)), false);
      assertThat(o.pspiUnit().getShape()).isEqualTo(new Shape(B, T));
      assertThat(o.clipLogit().getShape()).isEqualTo(new Shape(B));
      assertThat(o.pspi().getShape()).isEqualTo(new Shape(B, T));
      return new float[][] {o.pspiUnit().toFloatArray(), o.clipLogit().toFloatArray()};
    }
  }

  @Test
  void outputsMatchAPlainReference() {
    float[] frames = gaussian(B * T * N * D, 1);
    float[] neutral = gaussian(B * N * D, 2);
    for (int layers : new int[] {0, 2}) {
      for (boolean causal : new boolean[] {false, true}) {
        for (boolean ref : new boolean[] {true, false}) {
          TemporalHeads h = heads(layers, causal, ref);
          float[][] got = run(h, frames, ref ? neutral : null);
          Map<String, HostTensor> p = h.snapshot();
          TemporalReference r = new TemporalReference(p, D, 2, layers, causal, ref);
          double[][] want = r.forward(frames, ref ? neutral : null, B, T, N);
          for (int i = 0; i < B * T; i++) {
            assertThat((double) got[0][i]).as("layers %d causal %s ref %s frame %d", layers,
                causal, ref, i).isCloseTo(want[0][i], within(2e-5));
          }
          for (int i = 0; i < B; i++) {
            assertThat((double) got[1][i]).isCloseTo(want[1][i], within(2e-5));
          }
        }
      }
    }
  }

  @Test
  void aCausalModelsPastDoesNotSeeTheFuture() {
    float[] frames = gaussian(B * T * N * D, 3);
    float[] neutral = gaussian(B * N * D, 4);
    float[] changed = frames.clone();
    int from = 3;
    float[] noise = gaussian((T - from) * N * D, 9);
    for (int b = 0; b < B; b++) {
      for (int i = 0; i < noise.length; i++) {
        changed[(b * T + from) * N * D + i] += 3 * noise[i];
      }
    }
    float[] causal = run(heads(2, true, true), frames, neutral)[0];
    float[] causal2 = run(heads(2, true, true), changed, neutral)[0];
    float[] full = run(heads(2, false, true), frames, neutral)[0];
    float[] full2 = run(heads(2, false, true), changed, neutral)[0];
    float[] single = run(heads(0, false, true), frames, neutral)[0];
    float[] single2 = run(heads(0, false, true), changed, neutral)[0];
    for (int b = 0; b < B; b++) {
      for (int t = 0; t < T; t++) {
        int i = b * T + t;
        if (t < from) {
          assertThat(causal2[i]).isEqualTo(causal[i]);
          assertThat(single2[i]).isEqualTo(single[i]);
        } else {
          assertThat(causal2[i]).isNotEqualTo(causal[i]);
        }
      }
      // without the mask the past does see the future
      assertThat(full2[b * T]).isNotEqualTo(full[b * T]);
    }
  }

  @Test
  void sameSeedSameValuesAndClipsLongerThanThePositionTableAreRefused() {
    assertThat(heads(1, true, true).snapshot().keySet()).startsWith("cross.q.weight", "cross.q.bias")
        .contains("pos", "layer0.q.weight", "layer0.fc2.bias", "norm.weight", "pspi.fc0.weight",
            "pspi.fc1.bias", "clip.fc.weight");
    assertThat(heads(0, false, false).snapshot().keySet()).doesNotContain("pos", "norm.weight",
        "cross.q.weight");
    Map<String, HostTensor> a = heads(2, true, true).snapshot();
    Map<String, HostTensor> b = heads(2, true, true).snapshot();
    a.forEach((k, v) -> assertThat(b.get(k).data()).isEqualTo(v.data()));
    TemporalHeads h = new TemporalHeads(new TemporalConfig(D, 1, 2, 4, false, true, true, 5));
    h.initialize(m);
    assertThatThrownBy(() -> run(h, gaussian(B * T * N * D, 1), gaussian(B * N * D, 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer");
    assertThatThrownBy(() -> new TemporalConfig(12, 1, 2, 4, false, true, true, 5))
        .hasMessageContaining("multiple of 8");
    assertThatThrownBy(() -> new TemporalConfig(16, 1, 3, 4, false, true, true, 5))
        .hasMessageContaining("divide");
  }

  @Test
  void lossIsFrameMseOnTheUnitScalePlusClipBce() {
    NDArray pu = m.create(new float[] {0.5f, 0.25f, 0f, 1f}, new Shape(2, 2));
    NDArray logit = m.create(new float[] {0f, 2f});
    NDArray[] l = new TemporalLoss(0.5).compute(new TemporalOutput(pu, logit),
        m.create(new float[] {8, 0, 0, 16}, new Shape(2, 2)), m.create(new float[] {1, 0}));
    double frame = (0 + 0.0625 + 0 + 0) / 4;
    double clip = (Math.log(2) + (2 + Math.log1p(Math.exp(-2)))) / 2;
    assertThat((double) l[1].getFloat()).isCloseTo(frame, within(1e-6));
    assertThat((double) l[2].getFloat()).isCloseTo(clip, within(1e-6));
    assertThat((double) l[0].getFloat()).isCloseTo(frame + 0.5 * clip, within(1e-6));
  }

  @Test
  void withoutPositionsANonCausalModelIsBlindToFrameOrder() {
    TemporalHeads h = new TemporalHeads(new TemporalConfig(D, 2, 2, 8, false, false, true, 5));
    h.initialize(m);
    assertThat(h.snapshot()).doesNotContainKey("pos");
    float[] frames = gaussian(B * T * N * D, 5);
    float[] neutral = gaussian(B * N * D, 6);
    float[] reversed = new float[frames.length];
    int per = N * D;
    for (int b = 0; b < B; b++) {
      for (int t = 0; t < T; t++) {
        System.arraycopy(frames, (b * T + t) * per, reversed, (b * T + T - 1 - t) * per, per);
      }
    }
    float[][] a = run(h, frames, neutral);
    float[][] r = run(h, reversed, neutral);
    for (int b = 0; b < B; b++) {
      for (int t = 0; t < T; t++) {
        assertThat((double) r[0][b * T + T - 1 - t]).isCloseTo(a[0][b * T + t], within(1e-5));
      }
      assertThat((double) r[1][b]).isCloseTo(a[1][b], within(1e-5));
    }
    TemporalReference ref = new TemporalReference(h.snapshot(), D, 2, 2, false, true);
    double[][] want = ref.forward(frames, neutral, B, T, N);
    for (int i = 0; i < B * T; i++) {
      assertThat((double) a[0][i]).isCloseTo(want[0][i], within(2e-5));
    }
  }
}
