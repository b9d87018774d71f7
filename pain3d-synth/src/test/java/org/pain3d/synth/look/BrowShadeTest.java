package org.pain3d.synth.look;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.AppearanceAnnotation;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.render.Appearance;
import org.pain3d.render.SkinTone;
import org.pain3d.render.look.SkinColour;

/** The brows' pigment: darker and more neutral than light hair, black hair's kept, the switch. */
class BrowShadeTest {
  @Test
  void everyHairColourGivesBrowsTheDocumentedShadeOfIt() {
    // The sRGB round trip quantises to about 0.3 CIELAB units (more in a* and b* of dark colours).
    for (int hair : HairSampler.COLOURS) {
      double[] h = SkinColour.toLab(hair);
      double[] b = SkinColour.toLab(BrowShade.of(hair));
      String name = Integer.toHexString(hair);
      assertThat(b[0]).as("L* " + name)
          .isCloseTo(h[0] - BrowShade.DARKEN * Math.max(0, h[0] - BrowShade.BLACK_HAIR_L), within(0.4));
      // Chroma scaled, hue kept: a* and b* both scaled by 1 - NEUTRAL.
      assertThat(b[1]).as("a* " + name).isCloseTo((1 - BrowShade.NEUTRAL) * h[1], within(0.6));
      assertThat(b[2]).as("b* " + name).isCloseTo((1 - BrowShade.NEUTRAL) * h[2], within(0.6));
      assertThat(b[0]).as("never lighter " + name).isLessThanOrEqualTo(h[0] + 0.3);
    }
    // Black hair (the darkest colour) keeps its lightness; a blond's brows come out as dark as
    // dark blond hair, within a few units.
    assertThat(SkinColour.toLab(BrowShade.of(HairSampler.BLACK))[0]).isCloseTo(SkinColour.toLab(HairSampler.BLACK)[0], within(0.4));
    assertThat(BrowShade.BLACK_HAIR_L).isCloseTo(SkinColour.toLab(HairSampler.BLACK)[0], within(0.1));
    assertThat(SkinColour.toLab(BrowShade.of(0xC4A577))[0]).isCloseTo(SkinColour.toLab(0x9A7A52)[0], within(4.0));
  }

  @Test
  void theRecordedBrowColourIsTheShadeOfTheHairAndTheSwitchGivesTheHairsOwn() {
    LookSampler on = new LookSampler(LookSamplerTest.EXPRESSIONS, LookOptions.full());
    LookSampler off = new LookSampler(LookSamplerTest.EXPRESSIONS,
        LookOptions.full().without(EnumSet.of(LookFeature.BROW_SHADE)));
    Demographics d = new Demographics(AgeGroup.YOUNG, Gender.MAN, Ethnicity.WHITE);
    Appearance plain = Appearance.defaults(SkinTone.LIGHT);
    int lighter = 0;
    for (long seed = 0; seed < 60; seed++) {
      AppearanceAnnotation a = on.sample(d, LookSamplerTest.WEIGHTS, seed, plain).look().annotation();
      AppearanceAnnotation b = off.sample(d, LookSamplerTest.WEIGHTS, seed, plain).look().annotation();
      assertThat(b.hairRgb()).isEqualTo(a.hairRgb());
      if (a.hairGrey() > 0) {
        continue;
      }
      int hair = Integer.parseInt(a.hairRgb().substring(1), 16);
      assertThat(a.browRgb()).as("seed " + seed).isEqualTo(AppearanceAnnotation.hex(BrowShade.of(hair)));
      assertThat(b.browRgb()).as("seed " + seed).isEqualTo(a.hairRgb());
      lighter += hair == HairSampler.BLACK ? 0 : 1;
    }
    assertThat(lighter).as("identities whose brows the shade changes").isGreaterThan(30);
  }
}
