package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Heatmaps of the real model posed by the AU rig: zero for neutral against neutral, and
 * concentrated where each pain AU acts (skipped without PAIN3D_FACE_MODEL).
 */
@Tag("slow")
@Tag("realmodel")
class PainHeatmapRealModelTest {
  private static final int SIZE = 256;
  private static RenderMesh neutral;
  private static Camera frontal;

  @BeforeEach
  void load() {
    if (neutral != null) {
      return;
    }
    neutral = TestFaceModel.neutral();
    frontal = Framing.defaults().camera(neutral.positions(), FaceLandmarks.ict68(), View.frontal(), SIZE, SIZE);
  }

  private static RenderTarget heatmap(String aus) {
    RenderMesh pain = neutral.withPositionsCopy();
    pain.setPositions(TestFaceModel.withAus(aus));
    RenderTarget t = new RenderTarget(SIZE, SIZE, 1, EnumSet.of(Pass.HEATMAP, Pass.MASK));
    new FaceRenderer().render(pain, frontal, null, neutral.positions(), t);
    return t;
  }

  /** Largest heat (mm) inside the pixel box around the given landmarks, padded by pad px. */
  private static float maxIn(RenderTarget t, int from, int to, int pad) {
    float x0 = Float.MAX_VALUE;
    float y0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    float y1 = -Float.MAX_VALUE;
    for (int k = from; k <= to; k++) {
      x0 = Math.min(x0, t.landmarks[4 * k]);
      x1 = Math.max(x1, t.landmarks[4 * k]);
      y0 = Math.min(y0, t.landmarks[4 * k + 1]);
      y1 = Math.max(y1, t.landmarks[4 * k + 1]);
    }
    float best = 0;
    for (int y = Math.max(0, (int) y0 - pad); y <= Math.min(SIZE - 1, (int) y1 + pad); y++) {
      for (int x = Math.max(0, (int) x0 - pad); x <= Math.min(SIZE - 1, (int) x1 + pad); x++) {
        best = Math.max(best, t.heatmapMm[y * SIZE + x]);
      }
    }
    return best;
  }

  @Test
  void neutralAgainstNeutralIsZeroEverywhere() {
    RenderTarget t = heatmap("");
    for (float v : t.heatmapMm) {
      assertThat(v).isZero();
    }
    short[] raw = new short[SIZE * SIZE];
    PainHeatmap.toRaw16(t.heatmapMm, HeatmapScale.defaults(), raw);
    for (short s : raw) {
      assertThat(s).isZero();
    }
  }

  @Test
  void browLowererHeatsTheBrowsNotTheMouth() {
    RenderTarget t = heatmap("AU4=4");
    float brows = maxIn(t, 17, 26, 6);
    float mouth = maxIn(t, 48, 67, 4);
    assertThat(brows).isGreaterThan(1.0f);
    assertThat(mouth).isLessThan(0.1f * brows);
  }

  @Test
  void lidTightenerHeatsTheEyes() {
    RenderTarget t = heatmap("AU7=4");
    float eyes = maxIn(t, 36, 47, 3);
    float mouth = maxIn(t, 48, 67, 4);
    assertThat(eyes).isGreaterThan(0.5f);
    assertThat(mouth).isLessThan(0.1f * eyes);
  }

  @Test
  void noseWrinklerHeatsTheNose() {
    RenderTarget t = heatmap("AU9=4");
    float nose = maxIn(t, 27, 35, 4);
    float jaw = maxIn(t, 6, 10, 2);
    assertThat(nose).isGreaterThan(1.0f);
    // ICT-FaceKit's noseSneer also pulls the upper lip and, a little, the chin.
    assertThat(jaw).isLessThan(0.5f * nose);
  }

  @Test
  void strongerPainMovesMoreAndStaysWithinTheRawRange() {
    RenderTarget weak = heatmap("AU4=1,AU7=1,AU9=1");
    float weakMax = max(weak.heatmapMm);
    RenderTarget strong = heatmap("AU4=5,AU6=5,AU7=5,AU9=5,AU10=5,AU43=1");
    float strongMax = max(strong.heatmapMm);
    assertThat(strongMax).isGreaterThan(weakMax);
    // The fixed raw scale must not saturate on the strongest pain face.
    assertThat(strongMax / HeatmapScale.defaults().mmPerUnit()).isLessThan(65535);
  }

  private static float max(float[] a) {
    float m = 0;
    for (float v : a) {
      m = Math.max(m, v);
    }
    return m;
  }
}
