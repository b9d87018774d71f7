package org.pain3d.render.look;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** CIELAB and ITA conversions against reference values (D65, sRGB) and round trips. */
class SkinColourTest {
  @Test
  void referenceColours() {
    // sRGB white, mid grey (128) and pure red, from the CIE/sRGB formulas (e.g. colour-science).
    assertThat(SkinColour.toLab(0xFFFFFF)).containsExactly(new double[] {100, 0, 0}, within(0.05));
    assertThat(SkinColour.toLab(0x808080)[0]).isCloseTo(53.585, within(0.01));
    double[] red = SkinColour.toLab(0xFF0000);
    assertThat(red[0]).isCloseTo(53.24, within(0.05));
    assertThat(red[1]).isCloseTo(80.09, within(0.1));
    assertThat(red[2]).isCloseTo(67.20, within(0.1));
    assertThat(SkinColour.fromLab(53.24, 80.09, 67.20)).isEqualTo(0xFF0000);
  }

  @Test
  void itaRoundTripsWithinTheQuantisation() {
    // Over the range of human skin (very dark colours quantise coarsely in 8 bits).
    for (double ita = -56; ita <= 63; ita += 7) {
      int rgb = SkinColour.fromIta(ita, 16, 10);
      assertThat(SkinColour.ita(rgb)).as("ITA %f", ita).isCloseTo(ita, within(1.5));
    }
  }

  @Test
  void lighterSkinHasTheHigherAngle() {
    assertThat(SkinColour.ita(SkinColour.fromIta(50, 15, 9))).isGreaterThan(SkinColour.ita(SkinColour.fromIta(-40, 15, 9)));
    assertThat(SkinColour.toLab(SkinColour.fromIta(50, 15, 9))[0]).isCloseTo(50 + 15 * Math.tan(Math.toRadians(50)),
        within(0.6));
  }
}
