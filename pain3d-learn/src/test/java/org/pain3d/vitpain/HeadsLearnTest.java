package org.pain3d.vitpain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pain3d.eval.RegressionMetrics;
import org.pain3d.train.AdamW;
import org.pain3d.train.ParamGroup;

/**
 * The whole gradient path of the heads: with PSPI a function of the pain CLS token, training
 * the full heads (cross-attention, PSPI, binary, AU) with our AdamW fits it.
 */
class HeadsLearnTest {
  @Test
  void thePspiHeadLearnsAFunctionOfTheClsToken() {
    Engine.getInstance().setRandomSeed(3);
    int n = 48;
    int t = 5;
    int d = 16;
    SplittableRandom r = new SplittableRandom(9);
    float[] pain = new float[n * t * d];
    float[] neutral = new float[n * t * d];
    float[] pspi = new float[n];
    for (int i = 0; i < pain.length; i++) {
      pain[i] = (float) r.nextGaussian();
      neutral[i] = (float) r.nextGaussian();
    }
    for (int i = 0; i < n; i++) {
      pspi[i] = (float) (8 + 7 * Math.tanh(pain[i * t * d] - pain[i * t * d + 1]));
    }
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainHeads h = new VitPainHeads(new HeadsConfig(d, 0, HeadOptions.full(), 1, 1), m);
      AdamW opt = new AdamW(List.of(new ParamGroup("heads", h.arrays(), 1.0)), 0.1, 1.0, m);
      VitPainLoss loss = new VitPainLoss(0.1);
      double before = pcc(h, m, pain, neutral, pspi, n, t, d);
      for (int step = 0; step < 150; step++) {
        try (NDManager s = m.newSubManager()) {
          try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            VitPainOutput o = h.forward(s.create(pain, new Shape(n, t, d)),
                s.create(neutral, new Shape(n, t, d)), true);
            gc.backward(loss.compute(o, s.create(pspi), s.zeros(new Shape(n, 6))).total());
          }
          opt.step(3e-3);
        }
      }
      double after = pcc(h, m, pain, neutral, pspi, n, t, d);
      assertThat(after).as("PCC before %s", before).isGreaterThan(0.9);
    }
  }

  private static double pcc(VitPainHeads h, NDManager m, float[] pain, float[] neutral,
      float[] pspi, int n, int t, int d) {
    try (NDManager s = m.newSubManager()) {
      float[] p = h.forward(s.create(pain, new Shape(n, t, d)), s.create(neutral, new Shape(n, t, d)),
          false).pspi().toFloatArray();
      double[] a = new double[n];
      double[] b = new double[n];
      for (int i = 0; i < n; i++) {
        a[i] = pspi[i];
        b[i] = p[i];
      }
      return RegressionMetrics.pearson(a, b);
    }
  }
}
