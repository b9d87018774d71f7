package org.pain3d.vitpain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pain3d.testing.ManagerResources;

/** Head shapes, ablations, register dropping and the loss against plain Java maths. */
class VitPainHeadsTest {
  private NDManager m;

  @BeforeEach
  void open() {
    m = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    m.close();
  }

  private NDArray tokens(int n, int t, int d, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[n * t * d];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return m.create(v, new Shape(n, t, d));
  }

  @Test
  void fullHeadsHaveThePaperShapes() {
    VitPainHeads h = new VitPainHeads(new HeadsConfig(16, 0, HeadOptions.full(), 1, 3), m);
    VitPainOutput o = h.forward(tokens(2, 5, 16, 1), tokens(2, 5, 16, 2), false);
    assertThat(o.pspi().getShape()).isEqualTo(new Shape(2));
    assertThat(o.binaryLogits().getShape()).isEqualTo(new Shape(2, 3));
    assertThat(o.au().getShape()).isEqualTo(new Shape(2, 6));
    for (float p : o.pspiUnit().toFloatArray()) {
      assertThat(p).isBetween(0f, 1f);
    }
    for (float a : o.au().toFloatArray()) {
      assertThat(a).isGreaterThanOrEqualTo(0f);
    }
    assertThat(h.parameters()).containsKeys("cross.q.weight", "au.queries", "binary2.fc.weight",
        "pspi.fc3.weight");
    assertThat(h.parameters().get("pspi.fc0.weight").getShape()).isEqualTo(new Shape(512, 16));
  }

  @Test
  void theReferenceChangesTheOutputOnlyWithTheReferenceBranch() {
    VitPainHeads full = new VitPainHeads(new HeadsConfig(16, 0, HeadOptions.full(), 1, 3), m);
    NDArray p = tokens(2, 5, 16, 1);
    float[] a = full.forward(p, tokens(2, 5, 16, 2), false).pspi().toFloatArray();
    float[] b = full.forward(p, tokens(2, 5, 16, 9), false).pspi().toFloatArray();
    assertThat(a).isNotEqualTo(b);
    VitPainHeads none = new VitPainHeads(new HeadsConfig(16, 0,
        new HeadOptions(false, false, false), 1, 3), m);
    VitPainOutput o = none.forward(p, null, false);
    assertThat(o.binaryLogits()).isNull();
    assertThat(o.au()).isNull();
    assertThat(none.parameters()).doesNotContainKeys("cross.q.weight", "au.queries");
  }

  @Test
  void registersAreDropped() {
    VitPainHeads h = new VitPainHeads(new HeadsConfig(8, 2, HeadOptions.full(), 1, 3), m);
    NDArray t = tokens(1, 6, 8, 4);
    float[] kept = h.clsAndPatches(t).toFloatArray();
    float[] all = t.toFloatArray();
    assertThat(kept).hasSize(4 * 8);
    for (int j = 0; j < 8; j++) {
      assertThat(kept[j]).isEqualTo(all[j]);
      assertThat(kept[8 + j]).isEqualTo(all[3 * 8 + j]);
    }
  }

  @Test
  void lossMatchesAHandComputation() {
    NDArray pspi = m.create(new float[] {0.25f, 0.5f});
    NDArray logits = m.create(new float[] {0.3f, -1f, 2f, -0.5f, 0f, 1.5f}, new Shape(2, 3));
    NDArray au = m.create(new float[] {1, 0, 2, 0, 0, 1, 0.5f, 0, 0, 1, 0, 0}, new Shape(2, 6));
    NDArray pspiTrue = m.create(new float[] {2f, 8f});
    NDArray auTrue = m.create(new float[] {1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1}, new Shape(2, 6));
    LossTerms lt = new VitPainLoss(0.1).compute(new VitPainOutput(pspi, logits, au), pspiTrue, auTrue);
    double mse = (Math.pow(0.25 - 2 / 16.0, 2) + Math.pow(0.5 - 0.5, 2)) / 2;
    double[] x = {0.3, -1, 2, -0.5, 0, 1.5};
    double[] y = {1, 1, 0, 1, 1, 1};
    double bce = 0;
    for (int i = 0; i < 6; i++) {
      double s = 1 / (1 + Math.exp(-x[i]));
      bce -= y[i] * Math.log(s) + (1 - y[i]) * Math.log(1 - s);
    }
    bce /= 6;
    double auMse = (1 + 1 + 0.25 + 1) / 12.0;
    assertThat((double) lt.pspi().getFloat()).isCloseTo(mse, within(1e-6));
    assertThat((double) lt.binary().getFloat()).isCloseTo(bce, within(1e-6));
    assertThat((double) lt.au().getFloat()).isCloseTo(auMse, within(1e-6));
    assertThat((double) lt.total().getFloat()).isCloseTo(mse + bce + 0.1 * auMse, within(1e-6));
  }

  @Test
  void sameSeedSameHeads() {
    VitPainHeads a = new VitPainHeads(new HeadsConfig(16, 0, HeadOptions.full(), 1, 3), m);
    VitPainHeads b = new VitPainHeads(new HeadsConfig(16, 0, HeadOptions.full(), 1, 3), m);
    assertThat(a.snapshot()).isEqualTo(b.snapshot());
  }

  @Test
  void theDropoutFactorScalesTheTrainingNoise() {
    NDArray p = tokens(4, 5, 16, 1);
    NDArray n = tokens(4, 5, 16, 2);
    VitPainHeads none = new VitPainHeads(new HeadsConfig(16, 0, HeadOptions.full(), 0, 3), m);
    assertThat(none.forward(p, n, true).pspi().toFloatArray())
        .containsExactly(none.forward(p, n, false).pspi().toFloatArray());
    VitPainHeads paper = new VitPainHeads(new HeadsConfig(16, 0, HeadOptions.full(), 1, 3), m);
    assertThat(paper.forward(p, n, true).pspi().toFloatArray())
        .isNotEqualTo(paper.forward(p, n, false).pspi().toFloatArray());
    assertThatThrownBy(() -> new HeadsConfig(16, 0, HeadOptions.full(), 2, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aForwardPassLeavesNothingOnTheParametersManager() {
    VitPainHeads h = new VitPainHeads(new HeadsConfig(16, 0, HeadOptions.full(), 1, 3), m);
    int before = ManagerResources.count(m);
    for (int i = 0; i < 3; i++) {
      try (NDManager step = m.newSubManager()) {
        NDArray p = tokens(2, 5, 16, 1);
        NDArray n = tokens(2, 5, 16, 2);
        p.attach(step);
        n.attach(step);
        h.forward(p, n, true);
      }
      assertThat(ManagerResources.count(m)).as("after pass %d", i + 1).isEqualTo(before);
    }
  }
}
