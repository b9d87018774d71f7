package org.pain3d.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThresholdGridTest {

  @Test
  void standardGridEqualsNumpyLinspaceBitForBit() {
    ThresholdGrid g = ThresholdGrid.standard();
    assertThat(g.count()).isEqualTo(200);
    // repr(float(numpy.linspace(0, 6, 200)[i])) for i = 0, 1, 37, 100, 198, 199
    assertThat(g.value(0)).isEqualTo(0.0);
    assertThat(g.value(1)).isEqualTo(0.03015075376884422);
    assertThat(g.value(37)).isEqualTo(1.1155778894472361);
    assertThat(g.value(100)).isEqualTo(3.015075376884422);
    assertThat(g.value(198)).isEqualTo(5.969849246231155);
    assertThat(g.value(199)).isEqualTo(6.0);
    assertThat(g.values()).hasSize(200).isSorted();
  }

  @Test
  void rejectsBadGrids() {
    assertThatThrownBy(() -> new ThresholdGrid(1, 1, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ThresholdGrid(0, 6, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ThresholdGrid.standard().value(200))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
