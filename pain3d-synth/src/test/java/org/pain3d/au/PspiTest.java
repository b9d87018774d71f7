package org.pain3d.au;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pain3d.pspi.Pspi;

class PspiTest {
  @Test
  void followsTheFormula() {
    assertThat(Pspi.of(0, 0, 0, 0, 0, 0)).isZero();
    assertThat(Pspi.of(5, 5, 5, 5, 5, 1)).isEqualTo(16);
    assertThat(Pspi.of(2, 1, 3, 4, 2, 1)).isEqualTo(2 + 3 + 4 + 1);
    assertThat(AuIntensities.parse("AU4=3,AU7=2,AU10=1,AU12=5").pspi()).isEqualTo(6);
  }

  @Test
  void matchesTheFormulaOnEveryConfiguration() {
    for (int a4 = 0; a4 <= 5; a4++) {
      for (int a6 = 0; a6 <= 5; a6++) {
        for (int a7 = 0; a7 <= 5; a7++) {
          for (int a9 = 0; a9 <= 5; a9++) {
            for (int a10 = 0; a10 <= 5; a10++) {
              for (int a43 = 0; a43 <= 1; a43++) {
                int expected = a4 + Math.max(a6, a7) + Math.max(a9, a10) + a43;
                AuIntensities au = AuIntensities.none().with(ActionUnit.AU4, a4).with(ActionUnit.AU6, a6)
                    .with(ActionUnit.AU7, a7).with(ActionUnit.AU9, a9).with(ActionUnit.AU10, a10)
                    .with(ActionUnit.AU43, a43);
                assertThat(au.pspi()).isEqualTo(expected);
              }
            }
          }
        }
      }
    }
  }

  @Test
  void validatesRanges() {
    assertThatThrownBy(() -> Pspi.of(6, 0, 0, 0, 0, 0)).hasMessage("AU4 intensity must be in 0..5, got 6");
    assertThatThrownBy(() -> Pspi.of(0, 0, 0, 0, 0, 2)).hasMessage("AU43 intensity must be in 0..1, got 2");
    assertThatThrownBy(() -> Pspi.of(0, -1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pspi.checkRange(17)).hasMessage("PSPI must be in 0..16, got 17");
  }
}
