package org.pain3d.pspi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PspiTest {
  @Test
  void theThreeArithmeticsAgreeOnEveryIntegerConfiguration() {
    int n = 6 * 6 * 6 * 6 * 6 * 2;
    for (int code = 0; code < n; code++) {
      int[] au = new int[6];
      int rest = code;
      for (int i = 0; i < 5; i++) {
        au[i] = rest % 6;
        rest /= 6;
      }
      au[5] = rest;
      int expected = au[0] + Math.max(au[1], au[2]) + Math.max(au[3], au[4]) + au[5];
      assertThat(Pspi.of(au[0], au[1], au[2], au[3], au[4], au[5])).isEqualTo(expected);
      assertThat(Pspi.formula((double) au[0], au[1], au[2], au[3], au[4], au[5]))
          .isEqualTo(expected);
      assertThat(Pspi.formula((float) au[0], au[1], au[2], au[3], au[4], au[5]))
          .isEqualTo(expected);
    }
  }

  @Test
  void rangeThresholdsAndClamp() {
    assertThat(Pspi.MAX).isEqualTo(16);
    assertThat(Pspi.THRESHOLDS).containsExactly(1, 2, 3);
    assertThat(Pspi.inRange(0)).isTrue();
    assertThat(Pspi.inRange(16)).isTrue();
    assertThat(Pspi.inRange(16.0001)).isFalse();
    assertThat(Pspi.inRange(-0.5)).isFalse();
    assertThat(Pspi.inRange(Double.NaN)).isFalse();
    assertThat(Pspi.clamp(-1.5)).isZero();
    assertThat(Pspi.clamp(17.2)).isEqualTo(16.0);
    assertThat(Pspi.clamp(3.25)).isEqualTo(3.25);
    assertThat(Pspi.checkRange(16)).isEqualTo(16);
    assertThatThrownBy(() -> Pspi.checkRange(-1)).hasMessage("PSPI must be in 0..16, got -1");
  }
}
