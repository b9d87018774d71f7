package org.pain3d.synth.look;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.AppearanceAnnotation;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.render.Appearance;
import org.pain3d.render.Shader;
import org.pain3d.render.SkinTone;
import org.pain3d.render.SurfaceLook;
import org.pain3d.render.look.SkinColour;

/** Teeth and gums coloured per person: the cited means, the age and skin dependences, the switch. */
class MouthColoursTest {
  private static final int N = 4000;

  /** Mean CIELAB of N draws. */
  private static double[] meanLab(java.util.function.ToIntFunction<SplittableRandom> draw, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] m = new double[3];
    for (int i = 0; i < N; i++) {
      double[] lab = SkinColour.toLab(draw.applyAsInt(rnd));
      for (int c = 0; c < 3; c++) {
        m[c] += lab[c] / N;
      }
    }
    return m;
  }

  @Test
  void teethDrawAroundTheMeasuredMeansAndDarkenAndYellowWithAge() {
    double[] young = meanLab(r -> MouthColours.teeth(AgeGroup.YOUNG, r), 1);
    double[] old = meanLab(r -> MouthColours.teeth(AgeGroup.ELDERLY, r), 2);
    // The sRGB round trip quantises to about 0.3 CIELAB units; the mean of uniform draws lies within
    // 0.1 of the centre for N = 4000.
    for (int c = 0; c < 3; c++) {
      assertThat(young[c]).as("young teeth %d", c).isCloseTo(MouthColours.YOUNG_TEETH[c], within(0.5));
      assertThat(old[c]).as("elderly teeth %d", c).isCloseTo(MouthColours.ELDERLY_TEETH[c], within(0.5));
    }
    assertThat(young[0] - old[0]).as("darker with age, L*").isCloseTo(8.6, within(0.8));
    assertThat(old[2] - young[2]).as("yellower with age, b*").isCloseTo(5.0, within(0.8));
    // Every draw within its spread of the mean (plus the quantisation).
    SplittableRandom rnd = new SplittableRandom(3);
    for (int i = 0; i < 500; i++) {
      double[] lab = SkinColour.toLab(MouthColours.teeth(AgeGroup.ELDERLY, rnd));
      for (int c = 0; c < 3; c++) {
        assertThat(Math.abs(lab[c] - MouthColours.ELDERLY_TEETH[c])).isLessThanOrEqualTo(
            MouthColours.TEETH_SPREAD[c] + 0.5);
      }
    }
  }

  @Test
  void gumsDarkenWithTheSkinFromTheUnpigmentedToThePigmentedMean() {
    assertThat(MouthColours.pigment(40)).isZero();
    assertThat(MouthColours.pigment(10)).isZero();
    assertThat(MouthColours.pigment(-20)).isCloseTo(0.5, within(1e-12));
    assertThat(MouthColours.pigment(-50)).isEqualTo(1);
    assertThat(MouthColours.pigment(-70)).isEqualTo(1);
    int light = SkinColour.fromIta(45, 16, 10);
    int brown = SkinColour.fromIta(-20, 18, 12);
    int dark = SkinColour.fromIta(-55, 14, 10);
    double[] onLight = meanLab(r -> MouthColours.gums(light, r), 4);
    double[] onBrown = meanLab(r -> MouthColours.gums(brown, r), 5);
    double[] onDark = meanLab(r -> MouthColours.gums(dark, r), 6);
    double w = MouthColours.pigment(SkinColour.ita(brown));
    for (int c = 0; c < 3; c++) {
      assertThat(onLight[c]).isCloseTo(MouthColours.GUMS[c], within(0.5));
      assertThat(onDark[c]).isCloseTo(MouthColours.PIGMENTED_GUMS[c], within(0.5));
      assertThat(onBrown[c]).isCloseTo(
          MouthColours.GUMS[c] + w * (MouthColours.PIGMENTED_GUMS[c] - MouthColours.GUMS[c]), within(0.5));
    }
    assertThat(onLight[0] - onDark[0]).isGreaterThan(13);
  }

  @Test
  void theSamplerColoursTheMouthOnlyWithTheFeatureAndMovesNoOtherDraw() {
    Demographics d = new Demographics(AgeGroup.ELDERLY, Gender.WOMAN, Ethnicity.BLACK);
    LookSampler sampler = new LookSampler(LookSamplerTest.EXPRESSIONS, LookOptions.full());
    LookSampler off = new LookSampler(LookSamplerTest.EXPRESSIONS,
        LookOptions.full().without(EnumSet.of(LookFeature.MOUTH_COLOUR)));
    Appearance plain = Appearance.defaults(SkinTone.MEDIUM);
    for (long seed = 0; seed < 20; seed++) {
      LookSampler.Sampled on = sampler.sample(d, LookSamplerTest.WEIGHTS, seed, plain);
      LookSampler.Sampled without = off.sample(d, LookSamplerTest.WEIGHTS, seed, plain);
      SurfaceLook s = on.look().surface();
      SurfaceLook t = without.look().surface();
      assertThat(s.hasMouth()).isTrue();
      assertThat(t.hasMouth()).isFalse();
      assertThat(new SurfaceLook(s.irisRgb(), s.irisRimRgb(), s.scleraRgb(), -1, -1, s.wrapRed(), s.wrapGreen(),
          s.wrapBlue())).isEqualTo(t);
      assertThat(on.look().skin()).isEqualTo(without.look().skin());
      assertThat(on.look().hair()).isEqualTo(without.look().hair());
      assertThat(on.look().restPose()).isEqualTo(without.look().restPose());
      // The annotation records the colours rendered.
      assertThat(on.look().annotation().teethRgb()).isEqualTo(AppearanceAnnotation.hex(s.teethRgb()));
      assertThat(on.look().annotation().gumsRgb()).isEqualTo(AppearanceAnnotation.hex(s.gumsRgb()));
      assertThat(without.look().annotation().teethRgb()).isEqualTo(AppearanceAnnotation.hex(Shader.PLAIN_TEETH_RGB));
      assertThat(without.look().annotation().gumsRgb()).isEqualTo(AppearanceAnnotation.hex(Shader.PLAIN_GUMS_RGB));
      // The plain teeth are brighter than any drawn elderly tooth.
      assertThat(SkinColour.toLab(s.teethRgb())[0]).isLessThan(SkinColour.toLab(Shader.PLAIN_TEETH_RGB)[0] - 8);
    }
  }
}
