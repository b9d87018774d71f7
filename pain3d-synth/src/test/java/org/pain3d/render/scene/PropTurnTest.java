package org.pain3d.render.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pain3d.render.HeadPose;
import org.pain3d.render.NeckRig;

/**
 * Props worn on the head turn with it on the neck ({@link PropSet#turnWithHead}): by the neck
 * rig's weight at their rest height, about its pivot; the body, garment and pillow stay; the
 * rest pose restores the built positions.
 */
class PropTurnTest {
  /** A face whose 68 landmarks put the chin at y = 0, the nose bridge at y = 10 and the ears at y = 5. */
  private static NeckRig rig() {
    int[] landmarks = new int[68];
    float[] neutral = new float[3 * 68];
    for (int i = 0; i < 68; i++) {
      landmarks[i] = i;
      neutral[3 * i + 1] = 5;
    }
    neutral[3 * 8 + 1] = 0;
    neutral[3 * 27 + 1] = 10;
    neutral[3 * 0] = -7;
    neutral[3 * 16] = 7;
    return new NeckRig(neutral, landmarks);
  }

  /** One triangle per material at a height: glasses high on the head, a cannula tube halfway down the neck, a garment low. */
  private static PropSet props() {
    MeshBuilder b = new MeshBuilder();
    tri(b, 8, PropMaterial.GLASSES_FRAME);
    tri(b, -3.5, PropMaterial.CANNULA);
    tri(b, 8, PropMaterial.PILLOW);
    tri(b, -12, PropMaterial.GARMENT);
    return PropSet.of(b.build(), List.of());
  }

  private static void tri(MeshBuilder b, double y, PropMaterial m) {
    int a = b.vertex(0, y, 9, 0, 0);
    int c = b.vertex(1, y, 9, 0, 0);
    int d = b.vertex(0, y + 1, 9, 0, 0);
    b.triangle(a, c, d, m);
  }

  @Test
  void headBorneVerticesTurnByTheRigsWeightAndTheRestStays() {
    NeckRig neck = rig();
    PropSet p = props();
    float[] built = p.mesh().positions().clone();
    assertThat(p.changesWithPose()).isFalse();
    HeadPose pose = new HeadPose(20, -5, 8);
    p.turnWithHead(neck, pose);
    assertThat(p.changesWithPose()).isTrue();
    float[] now = p.mesh().positions();
    double[] pivot = neck.pivot();
    for (int v = 0; v < built.length / 3; v++) {
      PropMaterial m = PropMaterial.values()[p.vertexMaterials()[v]];
      double w = m.headBorne() ? neck.weightAt(built[3 * v + 1]) : 0;
      double[] r = new HeadPose(w * 20, w * -5, w * 8).matrix();
      double x = built[3 * v] - pivot[0];
      double y = built[3 * v + 1] - pivot[1];
      double z = built[3 * v + 2] - pivot[2];
      double[] expected = {pivot[0] + r[0] * x + r[1] * y + r[2] * z, pivot[1] + r[3] * x + r[4] * y + r[5] * z,
          pivot[2] + r[6] * x + r[7] * y + r[8] * z};
      for (int k = 0; k < 3; k++) {
        assertThat((double) now[3 * v + k]).as("%s vertex %d axis %d", m, v, k).isCloseTo(expected[k], within(1e-4));
      }
    }
    // Glasses (above the chin) turn fully, the tube halfway down the neck partly, pillow and garment not at all.
    assertThat(neck.weightAt(8)).isEqualTo(1.0);
    assertThat(neck.weightAt(-3.5)).isStrictlyBetween(0.0, 1.0);
    assertThat(now[0]).isNotEqualTo(built[0]);
    for (int v = 6; v < 12; v++) {
      assertThat(now[3 * v + 2]).isEqualTo(built[3 * v + 2]);
    }
  }

  @Test
  void posesDoNotAccumulateAndTheRestPoseRestores() {
    NeckRig neck = rig();
    PropSet once = props();
    once.turnWithHead(neck, new HeadPose(10, 0, 0));
    PropSet twice = props();
    twice.turnWithHead(neck, new HeadPose(-25, 12, 3));
    twice.turnWithHead(neck, new HeadPose(10, 0, 0));
    assertThat(twice.mesh().positions()).containsExactly(once.mesh().positions());
    PropSet back = props();
    float[] built = back.mesh().positions().clone();
    back.turnWithHead(neck, new HeadPose(10, 5, 0));
    back.turnWithHead(neck, HeadPose.rest());
    assertThat(back.mesh().positions()).containsExactly(built);
  }
}
