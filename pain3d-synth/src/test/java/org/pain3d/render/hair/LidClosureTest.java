package org.pain3d.render.hair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link LidClosure}: the blink weight beyond the rest pose, per eye. */
class LidClosureTest {
  @Test
  void closureIsTheBlinkBeyondTheRestPoseScaledToOne() {
    assertThat(LidClosure.beyond(0f, 0f)).isZero();
    assertThat(LidClosure.beyond(0.2f, 0.2f)).isZero();
    assertThat(LidClosure.beyond(0.1f, 0.2f)).isZero();
    assertThat(LidClosure.beyond(1f, 0.2f)).isEqualTo(1f);
    assertThat(LidClosure.beyond(0.6f, 0.2f)).isCloseTo(0.5f, org.assertj.core.data.Offset.offset(1e-6f));
    assertThat(LidClosure.beyond(0.5f, 0f)).isEqualTo(0.5f);
    assertThat(LidClosure.beyond(1f, 1f)).isZero();
  }

  @Test
  void withoutLidGeometryBothLidsStayAtRest() {
    assertThat(LidClosure.of(null, new float[] {1f, 1f}, new float[2])).isSameAs(LidClosure.OPEN);
    assertThat(LidClosure.OPEN.isOpen()).isTrue();
    assertThat(new LidClosure(0f, 0.5f).of(1)).isEqualTo(0.5f);
    assertThatThrownBy(() -> new LidClosure(1.5f, 0f)).isInstanceOf(IllegalArgumentException.class);
  }
}
