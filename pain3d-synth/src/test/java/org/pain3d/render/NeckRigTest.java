package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pain3d.face.VertexSubset;

class NeckRigTest {
  /** A point cloud spanning a head and neck, with the five landmarks the rig reads placed as on a face. */
  static float[] cloud(int n, int[] landmarks) {
    SplittableRandom rng = new SplittableRandom(7);
    float[] p = new float[3 * n];
    for (int v = 0; v < n; v++) {
      p[3 * v] = (float) rng.nextDouble(-10, 10);
      p[3 * v + 1] = (float) rng.nextDouble(-20, 15);
      p[3 * v + 2] = (float) rng.nextDouble(-9, 13);
    }
    // Just below the chin the fade's weight rounds to 1 in float: such vertices are fully turned.
    for (int v = 0; v < 50; v++) {
      p[3 * v + 1] = Math.nextDown(Math.nextDown(-7.57f));
    }
    float[][] at = {{-7.36f, 3.68f, 3.66f}, {0f, -7.57f, 10.43f}, {7.36f, 3.68f, 3.66f}, {0f, 3.74f, 10.73f}};
    int[] which = {0, 8, 16, 27};
    for (int i = 0; i < 4; i++) {
      int v = landmarks[which[i]];
      System.arraycopy(at[i], 0, p, 3 * v, 3);
    }
    return p;
  }

  static int[] landmarks() {
    int[] l = new int[68];
    for (int i = 0; i < 68; i++) {
      l[i] = 100 + 3 * i;
    }
    return l;
  }

  @Test
  void theHeadTurnsAboutThePivotAndTheNeckBaseStays() {
    int[] lm = landmarks();
    float[] rest = cloud(50_000, lm);
    NeckRig rig = new NeckRig(rest, lm);
    HeadPose pose = new HeadPose(12, -7, 4);
    float[] out = new float[rest.length];
    rig.apply(rest, pose, out);
    double[] m = pose.matrix();
    double[] c = rig.pivot();
    assertThat(c[1]).isCloseTo(3.68 - 0.45 * (3.74 + 7.57), within(1e-4));
    int full = 0;
    int none = 0;
    int partial = 0;
    for (int v = 0; v < rest.length / 3; v++) {
      float w = rig.weight(v);
      assertThat(w).isBetween(0f, 1f);
      if (w == 1f) {
        full++;
        for (int k = 0; k < 3; k++) {
          double expected = c[k] + m[3 * k] * (rest[3 * v] - c[0]) + m[3 * k + 1] * (rest[3 * v + 1] - c[1])
              + m[3 * k + 2] * (rest[3 * v + 2] - c[2]);
          assertThat((double) out[3 * v + k]).isCloseTo(expected, within(1e-4));
        }
        assertThat(rest[3 * v + 1]).isGreaterThan(-7.58f);
      } else if (w == 0f) {
        none++;
        assertThat(out[3 * v]).isEqualTo(rest[3 * v]);
        assertThat(out[3 * v + 1]).isEqualTo(rest[3 * v + 1]);
        assertThat(out[3 * v + 2]).isEqualTo(rest[3 * v + 2]);
      } else {
        partial++;
      }
    }
    assertThat(full).isPositive();
    assertThat(none).isPositive();
    assertThat(partial).isPositive();
    rig.apply(rest, HeadPose.rest(), out);
    assertThat(out).isEqualTo(rest);
  }

  @Test
  void aSubsetIsTurnedExactlyAsTheWholeMesh() {
    int[] lm = landmarks();
    float[] rest = cloud(20_000, lm);
    NeckRig rig = new NeckRig(rest, lm);
    int[] some = new SplittableRandom(9).ints(8_000, 0, 20_000).toArray();
    VertexSubset subset = VertexSubset.of(20_000, some);
    float[] all = new float[rest.length];
    float[] part = new float[rest.length];
    for (HeadPose pose : new HeadPose[] {new HeadPose(12, -7, 4), new HeadPose(-3, 2, 0.5), new HeadPose(0, 0, 0)}) {
      rig.apply(rest, pose, all);
      rig.apply(rest, pose, part, subset);
      for (int v : subset.vertices()) {
        for (int k = 0; k < 3; k++) {
          assertThat(part[3 * v + k]).as("vertex %d", v).isEqualTo(all[3 * v + k]);
        }
      }
    }
  }

  @Test
  void poseAnglesRoundTripThroughTheMatrix() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      HeadPose p = new HeadPose(rng.nextDouble(-80, 80), rng.nextDouble(-80, 80), rng.nextDouble(-80, 80));
      HeadPose q = HeadPose.of(p.matrix());
      assertThat(q.yawDeg()).isCloseTo(p.yawDeg(), within(1e-9));
      assertThat(q.pitchDeg()).isCloseTo(p.pitchDeg(), within(1e-9));
      assertThat(q.rollDeg()).isCloseTo(p.rollDeg(), within(1e-9));
    }
    double[] yaw = new HeadPose(90, 0, 0).matrix();
    // +90 yaw: the face's forward axis (+z) turns to +x, the subject's left.
    assertThat(yaw[0 * 3 + 2]).isCloseTo(1, within(1e-12));
    double[] pitch = new HeadPose(0, 30, 0).matrix();
    // positive pitch: forward (+z) tilts down (-y).
    assertThat(pitch[1 * 3 + 2]).isNegative();
  }

  @Test
  void needsTheSixtyEightLandmarks() {
    assertThatThrownBy(() -> new NeckRig(new float[30], new int[] {0, 1, 2, 3}))
        .hasMessageContaining("68 face landmarks");
  }
}
