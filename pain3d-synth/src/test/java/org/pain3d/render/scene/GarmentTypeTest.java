package org.pain3d.render.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The garments' necklines: shapes and the documented depths. */
class GarmentTypeTest {
  @Test
  void necklinesAreSymmetricDeepestInFrontAndRiseTowardsTheSides() {
    for (GarmentType g : GarmentType.values()) {
      for (int deg = 0; deg <= 180; deg += 5) {
        double phi = Math.toRadians(deg);
        assertThat(g.necklineDepthCm(-phi)).as("%s at +-%d", g, deg).isCloseTo(g.necklineDepthCm(phi), within(1e-12));
        assertThat(g.necklineDepthCm(phi)).as("%s at %d", g, deg).isPositive();
      }
      for (int deg = 5; deg <= 90; deg += 5) {
        assertThat(g.necklineDepthCm(Math.toRadians(deg))).as("%s from the front to the side at %d", g, deg)
            .isLessThan(g.necklineDepthCm(Math.toRadians(deg - 5)));
      }
      assertThat(g.necklineDepthCm(0)).as("%s front below back", g).isGreaterThan(g.necklineDepthCm(Math.PI));
      assertThat(g.necklineDepthCm(Math.PI)).as("%s back below side", g).isGreaterThan(g.necklineDepthCm(Math.PI / 2));
    }
    assertThat(GarmentType.T_SHIRT.necklineDepthCm(0)).isEqualTo(9.0);
    assertThat(GarmentType.T_SHIRT.necklineDepthCm(Math.PI / 2)).isCloseTo(3.4, within(1e-12));
    assertThat(GarmentType.T_SHIRT.necklineDepthCm(Math.PI)).isCloseTo(4.8, within(1e-12));
    assertThat(GarmentType.SWEATER.necklineDepthCm(0)).as("a sweater's crew neck sits higher")
        .isLessThan(GarmentType.T_SHIRT.necklineDepthCm(0));
    assertThat(GarmentType.HOSPITAL_GOWN.necklineDepthCm(0)).as("a gown's is lower")
        .isGreaterThan(GarmentType.T_SHIRT.necklineDepthCm(0));
  }

  @Test
  void onlyTheCollaredShirtOpensInAVee() {
    for (GarmentType g : GarmentType.values()) {
      for (int deg = -180; deg <= 180; deg += 5) {
        double open = g.necklineOpening(Math.toRadians(deg));
        double want = g != GarmentType.COLLARED_SHIRT ? 1 : Math.min(1, Math.abs(deg) / 30.0);
        assertThat(open).as("%s at %d", g, deg).isCloseTo(want, within(1e-9));
      }
    }
    assertThat(GarmentType.COLLARED_SHIRT.bandCm()).isZero();
    assertThat(GarmentType.SWEATER.bandCm()).isGreaterThan(GarmentType.T_SHIRT.bandCm());
  }
}
