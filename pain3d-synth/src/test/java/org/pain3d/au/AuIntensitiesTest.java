package org.pain3d.au;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuIntensitiesTest {
  @Test
  void parsesLists() {
    AuIntensities a = AuIntensities.parse(" AU4=3, au6=2,43=1 ");
    assertThat(a.active()).containsExactly(
        Map.entry(ActionUnit.AU4, 3), Map.entry(ActionUnit.AU6, 2), Map.entry(ActionUnit.AU43, 1));
    assertThat(a).hasToString("AU4=3,AU6=2,AU43=1");
    assertThat(AuIntensities.parse(a.toString())).isEqualTo(a);
    assertThat(AuIntensities.parse("")).isEqualTo(AuIntensities.none());
    assertThat(a.all()).hasSize(ActionUnit.values().length);
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> AuIntensities.parse("AU4")).hasMessageContaining("expected AU=intensity");
    assertThatThrownBy(() -> AuIntensities.parse("AU4=x")).hasMessageContaining("AU4: intensity must be an integer");
    assertThatThrownBy(() -> AuIntensities.parse("AU4=6")).hasMessage("AU4 intensity must be in 0..5, got 6");
    assertThatThrownBy(() -> AuIntensities.parse("AU43=2")).hasMessage("AU43 intensity must be in 0..1, got 2");
    assertThatThrownBy(() -> AuIntensities.parse("AU3=1")).hasMessageContaining("unknown action unit 'AU3'");
    assertThatThrownBy(() -> AuIntensities.parse("AU4=1,AU4=2")).hasMessage("AU4 is given twice");
  }

  @Test
  void actionUnitsFollowIctFacsTable() {
    assertThat(ActionUnit.AU4.blendshapes()).containsExactly("browDown_L", "browDown_R");
    assertThat(ActionUnit.AU6.blendshapes()).containsExactly("cheekSquint_L", "cheekSquint_R");
    assertThat(ActionUnit.AU7.blendshapes()).containsExactly("eyeSquint_L", "eyeSquint_R");
    assertThat(ActionUnit.AU9.blendshapes()).containsExactly("noseSneer_L", "noseSneer_R");
    assertThat(ActionUnit.AU10.blendshapes()).containsExactly("mouthShrugUpper");
    assertThat(ActionUnit.AU43.blendshapes()).containsExactly("eyeBlink_L", "eyeBlink_R");
    assertThat(ActionUnit.AU43.isBinary()).isTrue();
    assertThat(ActionUnit.AU10.isBilateral()).isFalse();
    assertThat(ActionUnit.AU28.isBilateral()).isFalse();
    assertThat(ActionUnit.PAIN).containsExactly(
        ActionUnit.AU4, ActionUnit.AU6, ActionUnit.AU7, ActionUnit.AU9, ActionUnit.AU10, ActionUnit.AU43);
  }
}
