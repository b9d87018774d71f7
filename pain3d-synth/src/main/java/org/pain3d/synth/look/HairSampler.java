package org.pain3d.synth.look;

import java.util.random.RandomGenerator;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.render.hair.FacialHairStyle;
import org.pain3d.render.hair.HairStyle;

/**
 * Hair by demographics: style mixes per gender and age (and for Black identities more curly,
 * coily and close-cropped styles), colours per ethnicity (blond and red only among White
 * identities), grey share by age, and facial hair for men at a configurable rate (lower
 * density among East Asian men). The mixes are plausible defaults for training data, not
 * population statistics; they are recorded per identity so a user can rebalance.
 */
final class HairSampler {
  static final int BLACK = 0x16110E;
  static final int[] COLOURS = {BLACK, 0x2E2119, 0x4A3526, 0x7A5A3E, 0x9A7A52, 0xC4A577, 0x6E3420, 0x9A4A26};
  private static final HairStyle[] STYLES = HairStyle.values();

  private HairSampler() {}

  /** Weights over {@link HairStyle#values()}: BALD BUZZ SHORT RECEDING MEDIUM LONG CURLY_SHORT CURLY_LONG TIED_BACK. */
  static double[] styleWeights(Demographics d) {
    boolean old = d.ageGroup() == AgeGroup.ELDERLY;
    boolean black = d.ethnicity() == Ethnicity.BLACK;
    if (d.gender() == Gender.WOMAN) {
      if (old) {
        return new double[] {0, 0, 35, 0, 30, 8, black ? 20 : 12, black ? 8 : 0, 15};
      }
      return black ? new double[] {0, 2, 4, 0, 12, 12, 15, 35, 20} : new double[] {0, 2, 8, 0, 25, 30, 5, 10, 20};
    }
    if (old) {
      return new double[] {25, 10, 25, 35, 5, 0, black ? 10 : 3, 0, 0};
    }
    return black ? new double[] {12, 35, 10, 5, 0, 1, 35, 2, 0} : new double[] {5, 20, 45, 6, 7, 3, 12, 0, 2};
  }

  static HairStyle style(Demographics d, RandomGenerator rnd) {
    return STYLES[Weighted.pick(styleWeights(d), rnd)];
  }

  /** Weights over {@link #COLOURS}: black, dark brown, brown, light brown, dark blond, blond, auburn, red. */
  static double[] colourWeights(Ethnicity e) {
    return switch (e) {
      case WHITE -> new double[] {5, 25, 25, 15, 12, 10, 5, 3};
      case EAST_ASIAN -> new double[] {70, 28, 2, 0, 0, 0, 0, 0};
      case SOUTH_ASIAN -> new double[] {75, 23, 2, 0, 0, 0, 0, 0};
      case BLACK -> new double[] {85, 15, 0, 0, 0, 0, 0, 0};
      case LATINO -> new double[] {40, 40, 15, 5, 0, 0, 0, 0};
      case MIDDLE_EASTERN -> new double[] {45, 40, 13, 2, 0, 0, 0, 0};
    };
  }

  static int colour(Ethnicity e, RandomGenerator rnd) {
    return COLOURS[Weighted.pick(colourWeights(e), rnd)];
  }

  /** Share of grey strands: most elderly half grey to white, the young rarely any. */
  static double grey(AgeGroup age, RandomGenerator rnd) {
    if (age == AgeGroup.ELDERLY) {
      return rnd.nextDouble() < 0.15 ? rnd.nextDouble(0.25, 0.45) : rnd.nextDouble(0.45, 1.0);
    }
    return rnd.nextDouble() < 0.05 ? rnd.nextDouble(0.03, 0.15) : 0;
  }

  /**
   * Facial hair of a man with facial hair: moustache 20 %, goatee 20 %, short beard 35 %,
   * full beard 25 %.
   */
  static FacialHairStyle facialStyle(RandomGenerator rnd) {
    FacialHairStyle[] s = {FacialHairStyle.MOUSTACHE, FacialHairStyle.GOATEE, FacialHairStyle.SHORT_BEARD,
        FacialHairStyle.FULL_BEARD};
    return s[Weighted.pick(new double[] {20, 20, 35, 25}, rnd)];
  }
}
