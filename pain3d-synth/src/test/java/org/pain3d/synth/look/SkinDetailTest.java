package org.pain3d.synth.look;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.pain3d.render.hair.FacialHairStyle;
import org.pain3d.render.hair.HairLook;
import org.pain3d.render.hair.HairStyle;

/**
 * The stubble painted in the skin: the extra beard shadow lies only under a short or full
 * beard; a moustache or a goatee leaves the beard area shaved (the clean-shaven draw).
 */
class SkinDetailTest {
  private static HairLook hair(FacialHairStyle style) {
    return new HairLook(HairStyle.BALD, 0x2A1E16, 0, 1, 1, 6, style, style == FacialHairStyle.NONE ? 0 : 0.8, true,
        true, 0.5, true, false, 3);
  }

  private static SkinDetail man(double beardShadow, double stubbleRate) {
    return new SkinDetail(0, 0, 0.2, 0.1, 0.5, 0.2, 0, 0, 0.8, beardShadow, stubbleRate);
  }

  @Test
  void onlyGrownBeardsDarkenTheBeardArea() {
    for (double rate : new double[] {0.1, 0.9}) {
      SkinDetail s = man(0.2, rate);
      double shaven = s.stubble(hair(FacialHairStyle.NONE));
      assertThat(s.stubble(hair(FacialHairStyle.MOUSTACHE))).isEqualTo(shaven);
      assertThat(s.stubble(hair(FacialHairStyle.GOATEE))).isEqualTo(shaven);
      assertThat(s.stubble(hair(FacialHairStyle.SHORT_BEARD))).isEqualTo(0.5, within(1e-9));
      assertThat(s.stubble(hair(FacialHairStyle.FULL_BEARD))).isEqualTo(0.5, within(1e-9));
    }
    assertThat(man(0, 0.1).stubble(hair(FacialHairStyle.FULL_BEARD))).as("women: none").isZero();
  }
}
