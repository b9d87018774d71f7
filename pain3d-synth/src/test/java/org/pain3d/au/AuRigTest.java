package org.pain3d.au;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuRigTest {
  /** Every shape any AU names, as a full ICT-like model would have them. */
  private static List<String> allShapes() {
    Set<String> s = new LinkedHashSet<>();
    for (ActionUnit au : ActionUnit.values()) {
      s.addAll(au.blendshapes());
    }
    return new ArrayList<>(s);
  }

  private final List<String> names = allShapes();
  private final AuRig rig = new AuRig(names, IntensityCurve.facs());

  private float w(float[] weights, String name) {
    return weights[names.indexOf(name)];
  }

  @Test
  void neutralGivesZeroWeights() {
    assertThat(rig.weights(AuIntensities.none())).containsOnly(0f);
  }

  @Test
  void bilateralShapesAreDrivenTogetherThroughTheCurve() {
    float[] w = rig.weights(AuIntensities.parse("AU4=3,AU10=5,AU43=1"));
    assertThat(w(w, "browDown_L")).isEqualTo(0.65f);
    assertThat(w(w, "browDown_R")).isEqualTo(0.65f);
    assertThat(w(w, "mouthShrugUpper")).isEqualTo(1f);
    assertThat(w(w, "eyeBlink_L")).isEqualTo(1f);
    assertThat(w(w, "eyeBlink_R")).isEqualTo(1f);
    int nonZero = 0;
    for (float x : w) {
      nonZero += x != 0 ? 1 : 0;
    }
    assertThat(nonZero).isEqualTo(5);
  }

  @Test
  void everyAuMovesOnlyItsShapesAndMonotonically() {
    for (ActionUnit au : ActionUnit.values()) {
      float prev = 0;
      for (int i = 1; i <= au.maxIntensity(); i++) {
        float[] w = rig.weights(AuIntensities.none().with(au, i));
        for (String n : names) {
          if (au.blendshapes().contains(n)) {
            assertThat(w(w, n)).as("%s=%d %s", au, i, n).isGreaterThan(prev);
          } else {
            assertThat(w(w, n)).as("%s=%d %s", au, i, n).isZero();
          }
        }
        prev = w(w, au.blendshapes().get(0));
      }
      assertThat(prev).isEqualTo(1f);
    }
  }

  @Test
  void sharedShapesTakeTheLargestWeight() {
    float[] w = rig.weights(AuIntensities.parse("AU45=2,AU43=0"));
    assertThat(w(w, "eyeBlink_L")).isEqualTo(0.35f);
    w = rig.weights(AuIntensities.parse("AU45=2,AU43=1"));
    assertThat(w(w, "eyeBlink_L")).isEqualTo(1f);
  }

  @Test
  void asymmetryWeakensOneSide() {
    AuIntensities au = AuIntensities.parse("AU4=5");
    float[] right = rig.weights(au, Map.of(ActionUnit.AU4, 0.4f));
    assertThat(w(right, "browDown_L")).isEqualTo(1f);
    assertThat(w(right, "browDown_R")).isEqualTo(0.6f);
    float[] left = rig.weights(au, Map.of(ActionUnit.AU4, -0.25f));
    assertThat(w(left, "browDown_L")).isEqualTo(0.75f);
    assertThat(w(left, "browDown_R")).isEqualTo(1f);
    assertThatThrownBy(() -> rig.weights(au, Map.of(ActionUnit.AU4, 1.5f))).hasMessageContaining("[-1, 1]");
    assertThatThrownBy(() -> rig.weights(au, Map.of(ActionUnit.AU10, 0.5f)))
        .hasMessageContaining("no left and right shapes");
  }

  @Test
  void missingShapesAreReportedOnlyWhenNeeded() {
    AuRig small = new AuRig(List.of("browDown_L", "browDown_R"), IntensityCurve.linear());
    assertThat(small.weights(AuIntensities.parse("AU4=1"))).containsExactly(0.2f, 0.2f);
    assertThatThrownBy(() -> small.weights(AuIntensities.parse("AU9=1")))
        .hasMessage("the face model has no shape 'noseSneer_L' needed by AU9");
  }

  @Test
  void curvesMustBeMonotone() {
    assertThatThrownBy(() -> new IntensityCurve(new float[] {0, 0.5f, 0.4f, 0.6f, 0.8f, 1}))
        .hasMessageContaining("non-decreasing");
    assertThatThrownBy(() -> new IntensityCurve(new float[] {0.1f, 0.2f, 0.4f, 0.6f, 0.8f, 1}))
        .hasMessageContaining("starting with 0");
  }
}
