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
      // Hair that frames the face (medium, long, curly long) is the most common female cue in
      // photographs; weighted up here against short, curly short and tied-back styles (a design
      // choice, documented in docs/faces.md with the perception probes: photo-trained gender
      // models read no woman with short, curly short or tied-back hair as a woman): elderly
      // women mostly medium (chin to shoulder; a chin-length bob cost the gender read, docs/
      // faces.md, thirty-fourth session), young women mostly medium or long.
      if (old) {
        return new double[] {0, 0, 4, 0, 50, 22, black ? 6 : 3, black ? 12 : 6, 3};
      }
      return black ? new double[] {0, 0, 2, 0, 18, 22, 5, 48, 5} : new double[] {0, 0, 2, 0, 36, 44, 2, 12, 4};
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

  /**
   * Share of straight medium and long hair worn wavy, per ethnicity: East Asian hair mostly
   * straight, the other groups' often wavy (Black identities' straight hanging styles stand for
   * straightened hair). Plausible defaults, not population statistics.
   */
  static double waveShare(Ethnicity e) {
    return switch (e) {
      case EAST_ASIAN -> 0.15;
      case SOUTH_ASIAN -> 0.35;
      case BLACK -> 0.3;
      case WHITE, LATINO, MIDDLE_EASTERN -> 0.45;
    };
  }

  /**
   * How wavy the hair is ({@link org.pain3d.render.hair.HairLook#waves}): two draws always (so
   * the stream stays in step), waves 0.5..1 for a share {@link #waveShare} of the styles that part
   * (medium and long straight hair), else 0.
   */
  static double waves(Ethnicity e, HairStyle style, RandomGenerator rnd) {
    boolean wavy = rnd.nextDouble() < waveShare(e);
    double amount = rnd.nextDouble(0.5, 1.0);
    return wavy && style.parts() ? amount : 0;
  }

  /**
   * Share of medium and long straight hair worn with a fringe (bangs): young women 0.3 (East Asian
   * young women 0.45, where fringes are common in photographs), elderly women 0.05, men 0.15 young
   * and 0.1 elderly (few men wear these styles at all). Plausible defaults, not population
   * statistics. Elderly women get few: with a fringe on every elderly woman's medium or long hair
   * the photo-trained gender models read fewer of them as women (face-api 13 of 26 to 6, FaceRes
   * 16 to 11; docs/faces.md, thirty-ninth session), and it hides the forehead's age lines.
   */
  static double fringeShare(Demographics d) {
    boolean old = d.ageGroup() == AgeGroup.ELDERLY;
    if (d.gender() == Gender.WOMAN) {
      return old ? 0.05 : d.ethnicity() == Ethnicity.EAST_ASIAN ? 0.45 : 0.3;
    }
    return old ? 0.1 : 0.15;
  }

  /**
   * A fringe ({@link org.pain3d.render.hair.HairLook#fringeCm}): two draws always (so the stream
   * stays in step), a share {@link #fringeShare} of the styles that part (medium and long straight
   * hair) ending 1.0..2.0 cm above the brows, else 0.
   */
  static double fringeCm(Demographics d, HairStyle style, RandomGenerator rnd) {
    boolean fringed = rnd.nextDouble() < fringeShare(d);
    double cm = rnd.nextDouble(1.0, 2.0);
    return fringed && style.parts() ? cm : 0;
  }

  /** Share of grey strands: most elderly (90 %) more than half grey to white, the young rarely any. */
  static double grey(AgeGroup age, RandomGenerator rnd) {
    if (age == AgeGroup.ELDERLY) {
      return rnd.nextDouble() < 0.1 ? rnd.nextDouble(0.3, 0.55) : rnd.nextDouble(0.55, 1.0);
    }
    return rnd.nextDouble() < 0.05 ? rnd.nextDouble(0.03, 0.15) : 0;
  }

  /**
   * How much less (young) or more (elderly) often than the configured rate r a man has grown
   * facial hair: young men {@code r (1 - s) / (1 - s r)}, elderly men {@code r (1 + s) / (1 + s r)},
   * s = {@value #AGE_SPLIT}: 0.20 and 0.38 at the default 0.3 (about r on average), and rates 0
   * and 1 stay 0 and 1. A design choice, not a population statistic: with one rate for all,
   * half the young men looked bearded in the gallery, and beards add perceived age.
   */
  static final double AGE_SPLIT = 0.4;

  /**
   * @param rate the configured share of men with facial hair, in [0, 1]
   * @param age the man's age group
   * @return his probability of grown facial hair, in [0, 1]
   */
  static double facialHairProbability(double rate, AgeGroup age) {
    double s = age == AgeGroup.ELDERLY ? AGE_SPLIT : -AGE_SPLIT;
    return rate * (1 + s) / (1 + s * rate);
  }

  /**
   * Facial hair of a man with facial hair. Young: moustache 10 %, goatee 30 %, short beard
   * 45 %, full beard 15 %; elderly: moustache 30 %, goatee 15 %, short beard 30 %, full beard
   * 25 % (full beards kept for a minority of the young; plausible mixes, recorded per identity).
   */
  static FacialHairStyle facialStyle(AgeGroup age, RandomGenerator rnd) {
    FacialHairStyle[] s = {FacialHairStyle.MOUSTACHE, FacialHairStyle.GOATEE, FacialHairStyle.SHORT_BEARD,
        FacialHairStyle.FULL_BEARD};
    double[] w = age == AgeGroup.ELDERLY ? new double[] {30, 15, 30, 25} : new double[] {10, 30, 45, 15};
    return s[Weighted.pick(w, rnd)];
  }

  /**
   * Density of grown facial hair: young men's sparser (0.45..0.85) than elderly men's
   * (0.6..1.0); x0.7 for East Asian men (sparser beard growth).
   */
  static double facialDensity(Demographics d, RandomGenerator rnd) {
    double base = d.ageGroup() == AgeGroup.ELDERLY ? rnd.nextDouble(0.6, 1.0) : rnd.nextDouble(0.45, 0.85);
    return base * (d.ethnicity() == Ethnicity.EAST_ASIAN ? 0.7 : 1);
  }
}
