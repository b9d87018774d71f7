package org.pain3d.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PainLabelsTest {

  @Test
  void pspiFollowsTheFormula() {
    PainLabels l = PainLabels.ofAus(3, 2, 4, 0, 1, 1);
    assertThat(l.pspi()).isEqualTo(3 + 4 + 1 + 1);
    assertThat(l.pspiConsistent()).isTrue();
    assertThat(PainLabels.ofAus(5, 5, 5, 5, 5, 1).pspi()).isEqualTo(16);
    assertThat(PainLabels.neutral().pspi()).isZero();
  }

  @Test
  void inconsistentPspiIsReadableButFlagged() {
    PainLabels l = new PainLabels(1, 0, 0, 0, 0, 0, 3);
    assertThat(l.pspiConsistent()).isFalse();
    assertThat(l.formulaPspi()).isEqualTo(1);
  }

  @Test
  void rangesAreEnforced() {
    assertThatThrownBy(() -> PainLabels.ofAus(6, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AU4");
    assertThatThrownBy(() -> PainLabels.ofAus(0, 0, 0, 0, 0, 2))
        .hasMessageContaining("AU43");
    assertThatThrownBy(() -> new PainLabels(0, 0, 0, 0, 0, 0, 17))
        .hasMessageContaining("PSPI");
    assertThatThrownBy(() -> new PainLabels(Double.NaN, 0, 0, 0, 0, 0, 0))
        .hasMessageContaining("AU4");
  }

  @Test
  void keyAccessMatchesComponents() {
    PainLabels l = new PainLabels(1, 2, 3, 4, 5, 1, 12);
    double[] v = new double[7];
    for (int i = 0; i < 7; i++) {
      v[i] = l.get(PainLabels.OFFICIAL_KEYS.get(i));
    }
    assertThat(v).containsExactly(1, 2, 3, 4, 5, 1, 12);
    assertThat(PainLabels.fromOfficialValues(v)).isEqualTo(l);
    assertThat(l.auVector()).containsExactly(1, 2, 3, 4, 5, 1);
    assertThatThrownBy(() -> l.get("AU12")).isInstanceOf(IllegalArgumentException.class);
  }
}
