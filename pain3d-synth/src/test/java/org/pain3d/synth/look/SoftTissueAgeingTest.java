package org.pain3d.synth.look;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pain3d.face.FaceModel;
import org.pain3d.face.VertexRegion;
import org.pain3d.testing.RealFaceModel;

/** Soft-tissue ageing on the real mean face: the documented changes, scaled by the amount. */
class SoftTissueAgeingTest {
  @Test
  void ageingMovesTheDocumentedRegionsOnly() {
    FaceModel m = RealFaceModel.get();
    float[] p = m.neutral();
    int[] lm = m.landmarks();
    float[] full = SoftTissueAgeing.offsets(p, lm, 1);
    float[] half = SoftTissueAgeing.offsets(p, lm, 0.5);
    assertThat(SoftTissueAgeing.offsets(p, lm, 0)).containsOnly(0f);
    for (int i = 0; i < full.length; i++) {
      assertThat(half[i]).isCloseTo(0.5f * full[i], org.assertj.core.api.Assertions.within(1e-6f));
    }
    for (int v = VertexRegion.FACE.last() + 1; v < m.vertexCount(); v++) {
      assertThat(full[3 * v] == 0 && full[3 * v + 1] == 0 && full[3 * v + 2] == 0).as("vertex %d", v).isTrue();
    }
    // Jowls: the jaw contour beside the chin (landmarks 5 and 11) descends by 1..3.5 mm.
    for (int k : new int[] {5, 11}) {
      assertThat(full[3 * lm[k] + 1]).isBetween(-0.36f, -0.1f);
    }
    // Thinner lips: the upper lip's outer edge (51) comes down, the lower one's (57) up.
    assertThat(full[3 * lm[51] + 1]).isLessThan(-0.05f);
    assertThat(full[3 * lm[57] + 1]).isGreaterThan(0.03f);
    double upper = (p[3 * lm[51] + 1] + full[3 * lm[51] + 1]) - (p[3 * lm[62] + 1] + full[3 * lm[62] + 1]);
    assertThat(upper).isLessThan(p[3 * lm[51] + 1] - p[3 * lm[62] + 1]);
    // Lateral brows lower; the nose tip drops.
    assertThat(full[3 * lm[18] + 1]).isLessThan(-0.1f);
    assertThat(full[3 * lm[30] + 1]).isLessThan(-0.05f);
    // The eye corners and the nose bridge barely move (under 0.5 mm).
    for (int k : new int[] {36, 39, 42, 45, 27}) {
      assertThat(Math.abs(full[3 * lm[k] + 1])).as("landmark %d", k).isLessThan(0.05f);
    }
  }
}
