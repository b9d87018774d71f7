package org.pain3d.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pain3d.testing.ManagerResources;

/**
 * AdamW with two groups and clipping against torch.optim.AdamW + clip_grad_norm_ (numbers from
 * src/test/python/adamw_fixture.py, torch 1.13).
 */
class AdamWTest {
  private static final float[][] CA = {{0.1f, -0.2f, 0.3f, 0.05f}, {2f, 1f, -3f, 0.5f},
      {-0.01f, 0.02f, 0f, 0.3f}};
  private static final float[][] CB = {{0.2f, 0.1f, -0.1f}, {1f, -2f, 0.5f}, {0f, 0.05f, -0.02f}};
  private static final double[] NORMS = {0.45000001788139343, 4.41588020324707, 0.3056141436100006};
  private static final double[][] A = {
      {0.4895000159740448, -0.9890000224113464, 1.9880000352859497, 0.23975001275539398},
      {0.48030000925064087, -0.9891554713249207, 1.9901142120361328, 0.22999690473079681},
      {0.47322580218315125, -0.9894713163375854, 1.9912950992584229, 0.22105778753757477}};
  private static final double[][] B = {
      {1.4988499879837036, -0.5009499788284302, 0.10099000483751297},
      {1.4976986646652222, -0.5003175735473633, 0.10086546093225479},
      {1.4967747926712036, -0.49988850951194763, 0.10085157305002213}};

  @Test
  void matchesTorchAdamWWithGroupsAndClipping() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray a = m.create(new float[] {0.5f, -1f, 2f, 0.25f});
      NDArray b = m.create(new float[] {1.5f, -0.5f, 0.1f});
      a.setRequiresGradient(true);
      b.setRequiresGradient(true);
      AdamW opt = new AdamW(List.of(new ParamGroup("a", List.of(a), 1.0),
          new ParamGroup("b", List.of(b), 0.1)), 0.1, 1.0, m);
      for (int t = 0; t < 3; t++) {
        try (NDManager step = m.newSubManager()) {
          try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray loss = a.mul(step.create(CA[t])).sum().add(b.mul(step.create(CB[t])).sum());
            gc.backward(loss);
          }
          double norm = opt.step(1e-2);
          assertThat(norm).isCloseTo(NORMS[t], within(1e-5));
        }
        float[] av = a.toFloatArray();
        float[] bv = b.toFloatArray();
        for (int i = 0; i < av.length; i++) {
          assertThat((double) av[i]).as("a[%d] step %d", i, t + 1).isCloseTo(A[t][i], within(2e-6));
        }
        for (int i = 0; i < bv.length; i++) {
          assertThat((double) bv[i]).as("b[%d] step %d", i, t + 1).isCloseTo(B[t][i], within(2e-6));
        }
        for (float g : a.getGradient().toFloatArray()) {
          assertThat(g == 0f).isTrue();
        }
      }
      assertThat(opt.steps()).isEqualTo(3);
    }
  }

  @Test
  void stateRoundTripContinuesIdentically() {
    try (NDManager m = NDManager.newBaseManager()) {
      float[] start = {0.5f, -1f, 2f, 0.25f};
      float[] one = run(m, start, null, 3);
      NDArray p = m.create(start);
      p.setRequiresGradient(true);
      AdamW first = new AdamW(List.of(new ParamGroup("a", List.of(p), 1.0)), 0.1, 1.0, m);
      stepWith(first, p, m, 0);
      stepWith(first, p, m, 1);
      float[] resumed = run(m, p.toFloatArray(), first, 1);
      assertThat(resumed).containsExactly(one);
    }
  }

  private static float[] run(NDManager m, float[] start, AdamW from, int steps) {
    NDArray p = m.create(start);
    p.setRequiresGradient(true);
    AdamW opt = new AdamW(List.of(new ParamGroup("a", List.of(p), 1.0)), 0.1, 1.0, m);
    int first = 0;
    if (from != null) {
      opt.restore(from.state());
      first = (int) from.steps();
    }
    for (int t = first; t < first + steps; t++) {
      stepWith(opt, p, m, t);
    }
    return p.toFloatArray();
  }

  private static void stepWith(AdamW opt, NDArray p, NDManager m, int t) {
    try (NDManager step = m.newSubManager()) {
      try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
        gc.backward(p.mul(step.create(CA[t])).sum());
      }
      opt.step(1e-2);
    }
  }

  @Test
  void cosineScheduleGoesFromLrToOnePercent() {
    TrainConfig c = new TrainConfig(10, 4, 1e-4, 0.1, 0.1, 0.01, 1, 1, 2, 0, PairAugmentation.OFF, 1);
    assertThat(c.lrAt(0)).isEqualTo(1e-4);
    assertThat(c.lrAt(5)).isCloseTo(0.5 * (1e-4 + 1e-6), within(1e-12));
    assertThat(c.lrAt(10)).isCloseTo(1e-6, within(1e-12));
  }

  @Test
  void stepsLeaveNoArraysBehindOnTheParametersManager() {
    // DJL's getGradient() returns a new handle attached to the parameter's manager each call;
    // unclosed, a long run piles up two per parameter per step
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray w = m.create(new float[] {0.5f, -1f, 2f, 0.25f});
      w.setRequiresGradient(true);
      AdamW opt = new AdamW(List.of(new ParamGroup("w", List.of(w), 1.0)), 0.1, 1.0, m);
      int before = -1;
      for (int s = 0; s < 50; s++) {
        try (NDManager step = m.newSubManager()) {
          try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            // step arrays first: DJL attaches a result to the manager of the left operand
            gc.backward(step.create(new float[] {1, 2, 3, 4}).mul(w).square().sum());
          }
          opt.step(1e-2);
        }
        int now = ManagerResources.count(m);
        if (s == 0) {
          before = now;
        }
        assertThat(now).as("step %d", s).isEqualTo(before);
      }
    }
  }
}
