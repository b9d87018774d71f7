package org.pain3d.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RegressionMetricsTest {

  @Test
  void pearsonMatchesScipy() {
    // scipy.stats.pearsonr([1,2,3,4,5], [2,1,4,3,7])[0]
    assertThat(RegressionMetrics.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 1, 4, 3, 7}))
        .isCloseTo(0.8241633836921343, within(1e-15));
  }

  @Test
  void pearsonOfPerfectlyLinearDataIsPlusOrMinusOne() {
    double[] x = {0, 1, 2, 3};
    assertThat(RegressionMetrics.pearson(x, new double[] {1, 3, 5, 7})).isCloseTo(1, within(1e-15));
    assertThat(RegressionMetrics.pearson(x, new double[] {7, 5, 3, 1}))
        .isCloseTo(-1, within(1e-15));
  }

  @Test
  void pearsonWithAConstantSideIsUndefined() {
    assertThat(RegressionMetrics.pearson(new double[] {0, 0, 0}, new double[] {1, 2, 3})).isNaN();
    assertThat(RegressionMetrics.pearson(new double[] {1, 2, 3}, new double[] {4, 4, 4})).isNaN();
    assertThat(RegressionMetrics.pearson(new double[] {1}, new double[] {2})).isNaN();
  }

  @Test
  void meanAbsoluteError() {
    assertThat(RegressionMetrics.meanAbsoluteError(new double[] {0, 2, 4}, new double[] {1, 2, 1}))
        .isEqualTo(4.0 / 3.0);
  }

  @Test
  void rejectsMismatchedOrEmptyArrays() {
    assertThatThrownBy(() -> RegressionMetrics.pearson(new double[2], new double[3]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RegressionMetrics.meanAbsoluteError(new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
