package org.pain3d.pspi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PspiTest {
  @Test
  void theThreeArithmeticsAgreeOnEveryIntegerConfiguration() {
    for (int a4 = 0; a4 <= 5; a4++) {
      for (int a6 = 0; a6 <= 5; a6++) {
        for (int a7 = 0; a7 <= 5; a7++) {
          for (int a9 = 0; a9 <= 5; a9++) {
            for (int a10 = 0; a10 <= 5; a10++) {
              for (int a43 = 0; a43 <= 1; a43++) {
                int expected = a4 + Math.max(a6, a7) + Math.max(a9, a10) + a43;
                assertThat(Pspi.of(a4, a6, a7, a9, a10, a43)).isEqualTo(expected);
                assertThat(Pspi.formula((double) a4, a6, a7, a9, a10, a43)).isEqualTo(expected);
                assertThat(Pspi.formula((float) a4, a6, a7, a9, a10, a43)).isEqualTo(expected);
              }
            }
          }
        }
      }
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
