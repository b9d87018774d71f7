package org.pain3d.render.hair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.look.FaceFrame;
import org.pain3d.testing.RealFaceModel;

/**
 * Wavy hanging hair ({@link HairLook#waves}): the wave of one point against its formula, and on the
 * real model's mean head a wavy curtain that lies outside the straight fall, waves along it and
 * leaves straight hair's mesh as it was.
 */
class WavyHairTest {
  private static HairLook longHair(double waves) {
    return new HairLook(HairStyle.LONG, 0x3A2A1E, 0, 1, 1, 4, FacialHairStyle.NONE, 0, false, false, 0, false, false,
        waves, 0, 8);
  }

  @Test
  void aWaveMovesAPointOutAndSidewaysWithinItsSizeAndItsStrandFollowsIt() {
    float sx = 0.6f;
    float sz = -0.8f;
    for (float drop = 0; drop < 30; drop += 0.37f) {
      for (float phase = 0; phase < 6; phase += 1.3f) {
        float[] q = {1, 2, 3};
        float[] tan = new float[3];
        HairBuilder.wave(q, tan, sx, sz, drop, phase, 0.8f);
        float out = (q[0] - 1) * sx + (q[2] - 3) * sz;
        float side = (q[0] - 1) * sz - (q[2] - 3) * sx;
        assertThat(q[1]).isEqualTo(2f);
        assertThat(out).as("never inward, at most the crest's depth").isBetween(-1e-6f,
            0.8f * HairBuilder.WAVE_DEPTH_CM + 1e-6f);
        assertThat(Math.abs(side)).isLessThanOrEqualTo(0.8f * HairBuilder.WAVE_SWAY_CM + 1e-6f);
        assertThat(Math.sqrt(tan[0] * tan[0] + tan[1] * tan[1] + tan[2] * tan[2])).isCloseTo(1, within(1e-5));
        if (drop < 2) {
          // Above where the waves begin: the straight fall.
          assertThat(out).isZero();
          assertThat(side).isZero();
          assertThat(tan[0]).isCloseTo(0, within(0f));
          assertThat(tan[1]).isEqualTo(-1);
          assertThat(tan[2]).isCloseTo(0, within(0f));
        }
        if (drop > 8.5f) {
          // Where the waves have grown fully, the strand runs along the waved points.
          float[] a = {1, 2, 3};
          float[] b = {1, 2, 3};
          float[] unused = new float[3];
          HairBuilder.wave(a, unused, sx, sz, drop - 1e-3f, phase, 0.8f);
          HairBuilder.wave(b, unused, sx, sz, drop + 1e-3f, phase, 0.8f);
          double dx = b[0] - a[0];
          double dy = -2e-3;
          double dz = b[2] - a[2];
          double n = Math.sqrt(dx * dx + dy * dy + dz * dz);
          assertThat(tan[0]).isCloseTo((float) (dx / n), within(2e-3f));
          assertThat(tan[1]).isCloseTo((float) (dy / n), within(2e-3f));
          assertThat(tan[2]).isCloseTo((float) (dz / n), within(2e-3f));
        }
      }
    }
  }

  @Test
  void looserWavesAreLonger() {
    assertThat(HairBuilder.waveLength(1)).isEqualTo(HairBuilder.WAVE_CM);
    assertThat(HairBuilder.waveLength(0.5f)).isEqualTo(1.25f * HairBuilder.WAVE_CM);
    // Where the waves have grown fully, a point one wave further down lies as far out and aside.
    for (float waves : new float[] {0.5f, 0.75f, 1}) {
      float[] a = {0, 0, 0};
      float[] b = {0, 0, 0};
      float[] tan = new float[3];
      HairBuilder.wave(a, tan, 1, 0, 10, 0.4f, waves);
      HairBuilder.wave(b, tan, 1, 0, 10 + HairBuilder.waveLength(waves), 0.4f, waves);
      assertThat(b[0]).isCloseTo(a[0], within(1e-4f));
      assertThat(b[2]).isCloseTo(a[2], within(1e-4f));
    }
  }

  /** The hanging hair's vertices in order (column by column, top to bottom). */
  static int[] curtainVertices(HairModel h) {
    TreeSet<Integer> v = new TreeSet<>();
    int[] tris = h.mesh().triangles();
    int[] groups = h.mesh().triangleGroups();
    for (int t = 0; t < groups.length; t++) {
      if (groups[t] == HairModel.CURTAIN) {
        for (int k = 0; k < 3; k++) {
          v.add(tris[3 * t + k]);
        }
      }
    }
    return v.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void wavyHangingHairLiesOutsideTheStraightFallAndWavesDownIt() {
    RenderMesh head = RealFaceModel.meanHead();
    HairModel straight = HairBuilder.build(head, longHair(0));
    HairModel wavy = HairBuilder.build(head, longHair(1));
    // No waves: exactly the straight hair, whatever the constructor.
    assertThat(HairBuilder.build(head, new HairLook(HairStyle.LONG, 0x3A2A1E, 0, 1, 1, 4, FacialHairStyle.NONE, 0,
        false, false, 0, false, false, 8)).mesh().positions()).containsExactly(straight.mesh().positions());
    int[] s = curtainVertices(straight);
    int[] w = curtainVertices(wavy);
    // WAVY_ROWS times as many rows: each row of the straight fall is every WAVY_ROWS-th of the wavy one.
    FaceFrame frame = new FaceFrame(head.positions(), FaceLandmarks.ict68());
    float[] c = new ScalpMap(frame, HairBuilder.backOfHead(head), longHair(0)).centre();
    float[] ps = straight.mesh().positions();
    float[] pw = wavy.mesh().positions();
    float top = ps[3 * s[0] + 1];
    int rowsS = 1;
    while (ps[3 * s[rowsS] + 1] < ps[3 * s[rowsS - 1] + 1]) {
      rowsS++;
    }
    int cols = s.length / rowsS;
    assertThat(s.length).isEqualTo(cols * rowsS);
    int rowsW = w.length / cols;
    assertThat(w.length).isEqualTo(cols * rowsW);
    int waving = 0;
    for (int j = 0; j < cols; j++) {
      float lo = Float.MAX_VALUE;
      float hi = -Float.MAX_VALUE;
      for (int i = 0; i < rowsS && HairBuilder.WAVY_ROWS * i < rowsW; i++) {
        int a = 3 * s[j * rowsS + i];
        int b = 3 * w[j * rowsW + HairBuilder.WAVY_ROWS * i];
        if (top - ps[a + 1] < HairBuilder.ROW_CM * i - 1e-3f) {
          continue; // the straight fall's last row, clamped to the length
        }
        assertThat(pw[b + 1]).as("column %d row %d: same height", j, i).isCloseTo(ps[a + 1], within(1e-4f));
        float rs = (float) Math.hypot(ps[a] - c[0], ps[a + 2] - c[2]);
        float rw = (float) Math.hypot(pw[b] - c[0], pw[b + 2] - c[2]);
        // Never inside the straight fall but for the fall's own outward drift of 0.03 cm per cm
        // (HairBuilder.curtain), which the closer wavy rows add up to a row later.
        assertThat(rw).as("column %d row %d: never inside the straight fall", j, i).isGreaterThan(rs - 0.06f);
        if (top - ps[a + 1] > 8) {
          lo = Math.min(lo, rw - rs);
          hi = Math.max(hi, rw - rs);
        }
      }
      // Waves 1 swing a column's distance from the straight fall by most of the crest's depth.
      waving += hi - lo > 0.6f * HairBuilder.WAVE_DEPTH_CM ? 1 : 0;
    }
    assertThat(waving).as("columns that wave, of %d", cols).isGreaterThan(cols * 3 / 4);
  }
}
