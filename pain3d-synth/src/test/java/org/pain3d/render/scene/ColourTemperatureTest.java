package org.pain3d.render.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** Black-body colours against an independent fit of the Planckian locus. */
class ColourTemperatureTest {
  /** Kim et al. (2002) cubic spline of the Planckian locus in CIE 1931 xy, 1667..25000 K. */
  private static double[] kim(double t) {
    double x = t <= 4000
        ? -0.2661239e9 / (t * t * t) - 0.2343589e6 / (t * t) + 0.8776956e3 / t + 0.179910
        : -3.0258469e9 / (t * t * t) + 2.1070379e6 / (t * t) + 0.2226347e3 / t + 0.240390;
    double y;
    if (t <= 2222) {
      y = -1.1063814 * x * x * x - 1.34811020 * x * x + 2.18555832 * x - 0.20219683;
    } else if (t <= 4000) {
      y = -0.9549476 * x * x * x - 1.37418593 * x * x + 2.09137015 * x - 0.16748867;
    } else {
      y = 3.0817580 * x * x * x - 5.87338670 * x * x + 3.75112997 * x - 0.37001483;
    }
    return new double[] {x, y};
  }

  @Test
  void chromaticityFollowsThePlanckianLocus() {
    for (double t : new double[] {2000, 2856, 3500, 4500, 5500, 6500, 9000, 12000}) {
      double[] c = ColourTemperature.xyz(t);
      double s = c[0] + c[1] + c[2];
      double[] ref = kim(t);
      assertThat(c[0] / s).as("x at %.0f K", t).isCloseTo(ref[0], offset(0.004));
      assertThat(c[1] / s).as("y at %.0f K", t).isCloseTo(ref[1], offset(0.004));
    }
  }

  @Test
  void warmLightsAreRedderAndEveryColourHasUnitLuminance() {
    double last = Double.MAX_VALUE;
    for (double t = 2000; t <= 12000; t += 500) {
      double[] c = ColourTemperature.linearRgb(t);
      assertThat(0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]).isCloseTo(1, offset(0.02));
      double redOverBlue = c[0] / c[2];
      assertThat(redOverBlue).isLessThan(last);
      last = redOverBlue;
    }
    double[] d65 = ColourTemperature.linearRgb(6500);
    assertThat(d65[0] / d65[2]).isCloseTo(1, offset(0.12));
  }

  @Test
  void whiteBalanceMakesItsOwnTemperatureGrey() {
    double[] c = ColourTemperature.balanced(3200, 3200, 0);
    assertThat(c[0]).isCloseTo(1, offset(1e-9));
    assertThat(c[1]).isCloseTo(1, offset(1e-9));
    assertThat(c[2]).isCloseTo(1, offset(1e-9));
    double[] warm = ColourTemperature.balanced(2700, 5600, 0);
    assertThat(warm[0]).isGreaterThan(warm[2] * 2);
    double[] green = ColourTemperature.balanced(5600, 5600, 0.1);
    assertThat(green[1]).isGreaterThan(green[0]);
    assertThatThrownBy(() -> ColourTemperature.xyz(500)).hasMessageContaining("out of [1000, 25000] K");
  }
}
