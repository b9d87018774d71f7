package org.pain3d.synth.look;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.AppearanceAnnotation;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.render.Appearance;
import org.pain3d.render.SkinTone;
import org.pain3d.render.hair.FacialHairStyle;
import org.pain3d.render.hair.HairLook;
import org.pain3d.render.hair.HairStyle;
import org.pain3d.render.look.SkinColour;
import org.pain3d.render.look.SkinLook;

/** Look sampling: seeded, features independent of each other, rates honoured. */
class LookSamplerTest {
  static final List<String> EXPRESSIONS = List.of("browDown_L", "eyeBlink_L", "eyeBlink_R", "mouthClose", "jawOpen");
  static final float[] WEIGHTS = new float[100];

  private static Demographics d(AgeGroup a, Gender g, Ethnicity e) {
    return new Demographics(a, g, e);
  }

  private static LookSampler.Sampled sample(LookOptions o, Demographics d, long seed) {
    return new LookSampler(EXPRESSIONS, o).sample(d, WEIGHTS, seed, Appearance.defaults(SkinTone.MEDIUM));
  }

  @Test
  void sameSeedSameLook() {
    Demographics d = d(AgeGroup.ELDERLY, Gender.WOMAN, Ethnicity.SOUTH_ASIAN);
    LookSampler.Sampled a = sample(LookOptions.full(), d, 42);
    LookSampler.Sampled b = sample(LookOptions.full(), d, 42);
    assertThat(a.look().annotation()).isEqualTo(b.look().annotation());
    assertThat(a.look().hair()).isEqualTo(b.look().hair());
    assertThat(sample(LookOptions.full(), d, 43).look().annotation()).isNotEqualTo(a.look().annotation());
  }

  @Test
  void switchingOneFeatureOffLeavesTheOthers() {
    Demographics d = d(AgeGroup.YOUNG, Gender.MAN, Ethnicity.WHITE);
    for (long seed = 0; seed < 20; seed++) {
      LookSampler.Sampled full = sample(LookOptions.full(), d, seed);
      LookSampler.Sampled noDetail = sample(LookOptions.full().without(EnumSet.of(LookFeature.SKIN_DETAIL)), d, seed);
      LookSampler.Sampled noHair = sample(LookOptions.full().without(EnumSet.of(LookFeature.HAIR)), d, seed);
      assertThat(noDetail.look().hair()).isEqualTo(full.look().hair());
      assertThat(noDetail.look().skin().baseRgb()).isEqualTo(full.look().skin().baseRgb());
      assertThat(noDetail.look().skin().freckles()).isZero();
      assertThat(noHair.look().hair().style()).isEqualTo(HairStyle.BALD);
      assertThat(noHair.look().hair().facialHair()).isEqualTo(full.look().hair().facialHair());
      assertThat(noHair.look().skin()).isEqualTo(full.look().skin());
      assertThat(noHair.look().surface()).isEqualTo(full.look().surface());
    }
  }

  @Test
  void plainOptionsGiveThePlainLook() {
    LookSampler.Sampled s = sample(LookOptions.plain(), d(AgeGroup.ELDERLY, Gender.MAN, Ethnicity.BLACK), 5);
    IdentityLook l = s.look();
    assertThat(l.skin()).isNull();
    assertThat(l.surface()).isNull();
    assertThat(l.hair().any()).isFalse();
    assertThat(l.wrinkleDepth()).isZero();
    assertThat(l.ageing()).isZero();
    assertThat(l.restPose()).isNull();
    assertThat(l.annotation()).isNull();
    assertThat(s.weights()).isEqualTo(WEIGHTS);
  }

  @Test
  void facialHairAndMakeupFollowTheirRates() {
    int bearded = 0;
    int oldBearded = 0;
    int madeUp = 0;
    SplittableRandom rnd = new SplittableRandom(7);
    for (int i = 0; i < 400; i++) {
      Ethnicity e = Ethnicity.values()[rnd.nextInt(6)];
      LookSampler.Sampled man = sample(LookOptions.full(), d(AgeGroup.YOUNG, Gender.MAN, e), i);
      LookSampler.Sampled woman = sample(LookOptions.full(), d(AgeGroup.YOUNG, Gender.WOMAN, e), i);
      bearded += man.look().hair().facialHair() != FacialHairStyle.NONE ? 1 : 0;
      LookSampler.Sampled oldMan = sample(LookOptions.full(), d(AgeGroup.ELDERLY, Gender.MAN, e), i);
      oldBearded += oldMan.look().hair().facialHair() != FacialHairStyle.NONE ? 1 : 0;
      madeUp += woman.look().skin().lipstick() > 0 ? 1 : 0;
      assertThat(woman.look().hair().facialHair()).isEqualTo(FacialHairStyle.NONE);
      assertThat(man.look().skin().lipstick()).isZero();
      assertThat(man.look().skin().stubble()).isPositive();
    }
    // Young men: 0.3 x 0.6 / (1 - 0.4 x 0.3) = 0.2045; young women: 0.5. Binomial(400, 0.2045)
    // and (400, 0.5): four standard deviations.
    assertThat(bearded).isBetween(82 - 32, 82 + 32);
    // Elderly men: 0.3 x 1.4 / (1 + 0.4 x 0.3) = 0.375, Binomial(400, 0.375).
    assertThat(oldBearded).isBetween(150 - 39, 150 + 39);
    assertThat(madeUp).isBetween(200 - 40, 200 + 40);
    LookOptions none = new LookOptions(EnumSet.allOf(LookFeature.class), 0, 0);
    LookOptions all = new LookOptions(EnumSet.allOf(LookFeature.class), 1, 1);
    for (int i = 0; i < 50; i++) {
      assertThat(sample(none, d(AgeGroup.YOUNG, Gender.MAN, Ethnicity.LATINO), i).look().hair().facialHair())
          .isEqualTo(FacialHairStyle.NONE);
      assertThat(sample(all, d(AgeGroup.YOUNG, Gender.MAN, Ethnicity.LATINO), i).look().hair().facialHair())
          .isNotEqualTo(FacialHairStyle.NONE);
      assertThat(sample(none, d(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.LATINO), i).look().skin().lipstick()).isZero();
    }
  }

  @Test
  void ageAndGenderShapeTheHair() {
    int oldGrey = 0;
    int youngGrey = 0;
    int womenLong = 0;
    int menLong = 0;
    for (int i = 0; i < 300; i++) {
      oldGrey += sample(LookOptions.full(), d(AgeGroup.ELDERLY, Gender.MAN, Ethnicity.WHITE), i).look().hair().grey() > 0.2
          ? 1 : 0;
      youngGrey += sample(LookOptions.full(), d(AgeGroup.YOUNG, Gender.MAN, Ethnicity.WHITE), i).look().hair().grey() > 0.2
          ? 1 : 0;
      HairStyle w = sample(LookOptions.full(), d(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.WHITE), i).look().hair().style();
      HairStyle m = sample(LookOptions.full(), d(AgeGroup.YOUNG, Gender.MAN, Ethnicity.WHITE), i).look().hair().style();
      womenLong += w.hangCm() > 0 ? 1 : 0;
      menLong += m.hangCm() > 0 ? 1 : 0;
    }
    assertThat(oldGrey).isGreaterThan(280);
    assertThat(youngGrey).isZero();
    assertThat(womenLong).isGreaterThan(3 * menLong);
  }

  @Test
  void restPoseLowersTheLidsAndClosesTheLips() {
    float[] rest = sample(LookOptions.full(), d(AgeGroup.YOUNG, Gender.MAN, Ethnicity.BLACK), 3).look().restPose();
    assertThat(rest[1]).isBetween(0.08f, 0.18f);
    assertThat(rest[2]).isEqualTo(rest[1]);
    assertThat(rest[3]).isBetween(0.05f, 0.2f);
    assertThat(rest[0]).isZero();
    assertThat(rest[4]).isZero();
    float[] old = sample(LookOptions.full(), d(AgeGroup.ELDERLY, Gender.MAN, Ethnicity.BLACK), 3).look().restPose();
    assertThat(old[1]).isBetween(0.25f, 0.4f);
  }

  @Test
  void womenLidsAreLoweredLessThanMen() {
    for (int seed = 0; seed < 20; seed++) {
      float[] young = sample(LookOptions.full(), d(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.WHITE), seed).look().restPose();
      assertThat(young[1]).isZero();
      assertThat(young[3]).isBetween(0.05f, 0.2f);
      float[] old = sample(LookOptions.full(), d(AgeGroup.ELDERLY, Gender.WOMAN, Ethnicity.WHITE), seed).look().restPose();
      assertThat(old[1]).isBetween(0.125f, 0.2f);
      assertThat(old[2]).isEqualTo(old[1]);
    }
  }

  @Test
  void keyLightComesWithinItsRangeOnlyWhenOn() {
    Appearance plain = new Appearance(SkinTone.MEDIUM, 0x5A3A22, 0x2A1E16, -50, 20, 0.3, 0.8, 0.1, 0xD8D8D8, 1L);
    Demographics who = d(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.WHITE);
    LookSampler on = new LookSampler(EXPRESSIONS, LookOptions.full());
    LookSampler off = new LookSampler(EXPRESSIONS, LookOptions.full().without(EnumSet.of(LookFeature.KEY_LIGHT)));
    Appearance lit = on.sample(who, WEIGHTS, 3, plain).appearance();
    assertThat(lit.lightAzimuthDeg()).isCloseTo(-LookSampler.KEY_LIGHT_MAX_DEG, within(1e-9));
    assertThat(lit.withLightAzimuthDeg(-50)).isEqualTo(plain);
    assertThat(off.sample(who, WEIGHTS, 3, plain).appearance()).isEqualTo(plain);
    assertThat(on.sample(who, WEIGHTS, 3, plain.withLightAzimuthDeg(20)).appearance().lightAzimuthDeg())
        .isCloseTo(12, within(1e-9));
  }

  /**
   * {@code face-exposure}: the studio raises the light on a face darker than an intermediate skin
   * by the ratio of luminances (at most 3x, strengths clipped to 2), leaves lighter faces, the
   * specular strength and the background alone, and does nothing when off (its default: opt-in).
   */
  @Test
  void faceExposureRaisesTheLightOnDarkFacesOnlyWhenOn() {
    assertThat(LookSampler.faceLightGain(0xF0D0C0)).isEqualTo(1.0);
    assertThat(LookSampler.faceLightGain(0x3A2418)).isEqualTo(LookSampler.FACE_LIGHT_MAX_GAIN);
    double mid = LookSampler.faceLightGain(0x8A6A58);
    assertThat(mid).isGreaterThan(1.2).isLessThan(LookSampler.FACE_LIGHT_MAX_GAIN);
    Appearance plain = new Appearance(SkinTone.MEDIUM, 0x5A3A22, 0x2A1E16, 10, 20, 0.3, 0.8, 0.1, 0xD8D8D8, 1L);
    assertThat(LookOptions.full().has(LookFeature.FACE_EXPOSURE)).as("opt-in").isFalse();
    LookSampler on = new LookSampler(EXPRESSIONS, LookOptions.full().with(EnumSet.of(LookFeature.FACE_EXPOSURE)));
    LookSampler off = new LookSampler(EXPRESSIONS, LookOptions.full());
    int raised = 0;
    for (long seed = 0; seed < 10; seed++) {
      Demographics who = d(AgeGroup.YOUNG, Gender.MAN, seed % 2 == 0 ? Ethnicity.BLACK : Ethnicity.WHITE);
      LookSampler.Sampled s = on.sample(who, WEIGHTS, seed, plain);
      Appearance lit = s.appearance();
      Appearance unlit = off.sample(who, WEIGHTS, seed, plain).appearance();
      double gain = LookSampler.faceLightGain(s.look().skin().baseRgb());
      assertThat(lit.ambient()).isCloseTo(unlit.ambient() * gain, within(1e-9));
      assertThat(lit.diffuse()).isCloseTo(Math.min(2, unlit.diffuse() * gain), within(1e-9));
      assertThat(lit.backgroundRgb()).isEqualTo(unlit.backgroundRgb());
      assertThat(lit.specular()).isEqualTo(unlit.specular());
      if (who.ethnicity() == Ethnicity.WHITE) {
        assertThat(lit).isEqualTo(unlit);
      } else if (gain > 1) {
        raised++;
      }
    }
    assertThat(raised).isEqualTo(5);
  }

  /**
   * The lower facial contrast of age: the elderly's lips move towards the skin's colour by
   * {@link AgeContrast#LIP_FADE} (women {@link AgeContrast#WOMAN_LIP_FADE}) times their age detail
   * (0.7..1.0), their brows grey (men's also thin and thin out), their static lines deepen (women's
   * less); the young and the feature switched off are untouched,
   * and nothing else of the look changes.
   */
  @Test
  void ageContrastLowersTheElderlyFacesContrastOnlyWhenOn() {
    LookOptions off = LookOptions.full().without(EnumSet.of(LookFeature.AGE_CONTRAST));
    for (long seed = 0; seed < 20; seed++) {
      Demographics old = d(AgeGroup.ELDERLY, seed % 2 == 0 ? Gender.WOMAN : Gender.MAN, Ethnicity.WHITE);
      LookSampler.Sampled on = sample(LookOptions.full(), old, seed);
      LookSampler.Sampled without = sample(off, old, seed);
      double amount = on.look().annotation().ageContrast();
      assertThat(amount).isEqualTo(on.look().annotation().ageDetail()).isBetween(0.7, 1.0);
      assertThat(without.look().annotation().ageContrast()).isZero();
      SkinLook a = on.look().skin();
      SkinLook b = without.look().skin();
      double[] skin = SkinColour.toLab(a.baseRgb());
      double[] lipOn = SkinColour.toLab(a.lipRgb());
      double[] lipOff = SkinColour.toLab(b.lipRgb());
      boolean woman = old.gender() == Gender.WOMAN;
      // The lips' CIELAB distance from the skin shrinks by the fade x amount (8-bit rounding aside).
      double fade = woman ? AgeContrast.WOMAN_LIP_FADE : AgeContrast.LIP_FADE;
      assertThat(dist(lipOn, skin) / dist(lipOff, skin)).isCloseTo(1 - fade * amount, within(0.05));
      // Men's brows thin and thin out (the annotation's amount is rounded to 1e-3); women's keep theirs.
      double thin = woman ? 0 : AgeContrast.BROW_THINNING;
      double sparse = woman ? 0 : AgeContrast.BROW_SPARSER;
      assertThat(a.brows().thickness()).isCloseTo(Math.max(0.4, b.brows().thickness() * (1 - thin * amount)),
          within(1e-3));
      assertThat(a.brows().density()).isCloseTo(b.brows().density() * (1 - sparse * amount), within(1e-3));
      assertThat(lightness(a.hairRgb())).isGreaterThan(lightness(b.hairRgb()));
      double deeper = woman ? AgeContrast.WOMAN_LINE_DEEPENING : AgeContrast.LINE_DEEPENING;
      assertThat(a.lineDepth()).isCloseTo(1 + deeper * amount, within(1e-3));
      assertThat(b.lineDepth()).isEqualTo(1);
      assertThat(a.baseRgb()).isEqualTo(b.baseRgb());
      assertThat(on.look().hair()).isEqualTo(without.look().hair());
      assertThat(on.weights()).isEqualTo(without.weights());
      Demographics young = d(AgeGroup.YOUNG, old.gender(), Ethnicity.WHITE);
      assertThat(sample(LookOptions.full(), young, seed).look().skin()).isEqualTo(sample(off, young, seed).look().skin());
    }
  }

  private static double dist(double[] a, double[] b) {
    return Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
  }

  private static int lightness(int rgb) {
    return (rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255);
  }

  /**
   * Waves go to their share of medium and long straight hair and to no other style; they are drawn
   * from their own stream, so switching them off leaves every other part of the look as it was.
   */
  @Test
  void wavesFollowTheirSharesAndSwitchingThemOffLeavesTheRest() {
    LookOptions off = LookOptions.full().without(EnumSet.of(LookFeature.WAVES));
    for (Ethnicity e : new Ethnicity[] {Ethnicity.WHITE, Ethnicity.EAST_ASIAN}) {
      Demographics d = d(AgeGroup.YOUNG, Gender.WOMAN, e);
      int parted = 0;
      int wavy = 0;
      for (long seed = 0; seed < 1500; seed++) {
        LookSampler.Sampled full = sample(LookOptions.full(), d, seed);
        HairLook hair = full.look().hair();
        if (hair.waves() > 0) {
          assertThat(hair.style().parts()).as("only medium and long straight hair waves").isTrue();
          assertThat(hair.waves()).isBetween(0.5, 1.0);
          assertThat(full.look().annotation().hairWaves()).isCloseTo(hair.waves(), within(1e-3));
        } else {
          assertThat(full.look().annotation().hairWaves()).isZero();
        }
        parted += hair.style().parts() ? 1 : 0;
        wavy += hair.waves() > 0 ? 1 : 0;
        if (seed < 40) {
          LookSampler.Sampled straight = sample(off, d, seed);
          assertThat(straight.look().hair().waves()).isZero();
          assertThat(straight.look().hair()).isEqualTo(
              new HairLook(hair.style(), hair.rgb(), hair.grey(), hair.volume(), hair.length(),
                  hair.hairlineCm(), hair.facialHair(), hair.facialHairDensity(), hair.beardLight(), hair.lashes(),
                  hair.lashDarkness(), hair.lashSeam(), hair.parting(), 0, hair.fringeCm(), hair.seed()));
          assertThat(straight.look().skin()).isEqualTo(full.look().skin());
          assertThat(straight.look().surface()).isEqualTo(full.look().surface());
        }
      }
      // Binomial: the share within 4 standard errors.
      double share = HairSampler.waveShare(e);
      assertThat((double) wavy / parted).as(e + " wavy share of " + parted)
          .isCloseTo(share, within(4 * Math.sqrt(share * (1 - share) / parted)));
    }
  }

  /**
   * Fringes go to their share of medium and long straight hair per group and to no other style,
   * unparted and recorded; they are drawn from their own stream, so switching them off leaves
   * every other part of the look as it was.
   */
  @Test
  void fringesFollowTheirSharesAndSwitchingThemOffLeavesTheRest() {
    LookOptions off = LookOptions.full().without(EnumSet.of(LookFeature.FRINGE));
    Demographics[] groups = {d(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.WHITE),
      d(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.EAST_ASIAN), d(AgeGroup.ELDERLY, Gender.WOMAN, Ethnicity.BLACK),
      d(AgeGroup.YOUNG, Gender.MAN, Ethnicity.LATINO)};
    for (Demographics d : groups) {
      int parted = 0;
      int fringed = 0;
      for (long seed = 0; seed < 1500; seed++) {
        LookSampler.Sampled full = sample(LookOptions.full(), d, seed);
        HairLook hair = full.look().hair();
        AppearanceAnnotation a = full.look().annotation();
        if (hair.fringeCm() > 0) {
          assertThat(hair.style().parts()).as("only medium and long straight hair has a fringe").isTrue();
          assertThat(hair.fringeCm()).isBetween(1.0, 2.0);
          assertThat(a.hairFringeCm()).isCloseTo(hair.fringeCm(), within(1e-3));
          assertThat(a.hairParting()).isEqualTo("none");
        } else {
          assertThat(a.hairFringeCm()).isZero();
        }
        parted += hair.style().parts() ? 1 : 0;
        fringed += hair.fringeCm() > 0 ? 1 : 0;
        if (seed < 40) {
          LookSampler.Sampled bare = sample(off, d, seed);
          assertThat(bare.look().hair()).isEqualTo(new HairLook(hair.style(), hair.rgb(), hair.grey(), hair.volume(),
              hair.length(), hair.hairlineCm(), hair.facialHair(), hair.facialHairDensity(), hair.beardLight(),
              hair.lashes(), hair.lashDarkness(), hair.lashSeam(), hair.parting(), hair.waves(), 0, hair.seed()));
          assertThat(bare.look().skin()).isEqualTo(full.look().skin());
          assertThat(bare.look().surface()).isEqualTo(full.look().surface());
          assertThat(bare.weights()).isEqualTo(full.weights());
        }
      }
      double share = HairSampler.fringeShare(d);
      assertThat((double) fringed / parted).as(d + " fringed share of " + parted)
          .isCloseTo(share, within(4 * Math.sqrt(share * (1 - share) / parted)));
    }
  }
}
