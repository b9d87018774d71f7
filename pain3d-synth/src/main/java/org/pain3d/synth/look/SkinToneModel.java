package org.pain3d.synth.look;

import java.util.random.RandomGenerator;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.render.SkinTone;
import org.pain3d.render.look.SkinColour;

/**
 * Constitutive skin colour per ethnicity as a continuous distribution of the individual
 * typology angle (ITA, {@link SkinColour}) with yellowness b* and redness a*: a truncated
 * normal ITA per group, chosen to cover the ranges that colorimetric surveys report (Del Bino
 * et al. 2006 and Del Bino and Bernerd 2013: Europeans mostly light to intermediate, East
 * Asians intermediate to light with higher b*, South Asians tan to brown, Africans brown to
 * dark; Latin American and Middle Eastern samples spread from light to tan). Women are drawn
 * 2 degrees lighter (the sexual dimorphism of skin colour, Jablonski and Chaplin 2000).
 * The groups overlap on purpose: a label never fixes a tone. The spreads were widened after
 * the first perception check (tones bunched in the middle browns): Black skin centred in
 * Del Bino's dark category (ITA below -30) and down to -62 (L* about 20 at b* 16; lower
 * angles at these b* would be darker than measured skin), South Asian and Latino spreads
 * over 14 degrees, White and East Asian tails into very light (up to 65 and 60: above about
 * 65 the sRGB gamut clips and the colour no longer carries its angle).
 */
public final class SkinToneModel {
  private SkinToneModel() {}

  /** ITA mean, sd, min, max; b* mean, sd; a* mean, sd. */
  private static double[] params(Ethnicity e) {
    return switch (e) {
      case WHITE -> new double[] {48, 9, 25, 65, 15, 2.5, 9, 2};
      case EAST_ASIAN -> new double[] {42, 8, 20, 60, 18, 2, 8.5, 1.5};
      case MIDDLE_EASTERN -> new double[] {30, 10, 5, 52, 18, 2, 9.5, 2};
      case LATINO -> new double[] {24, 14, -10, 52, 18.5, 2, 10, 2};
      case SOUTH_ASIAN -> new double[] {4, 14, -32, 35, 19, 2, 10.5, 2};
      case BLACK -> new double[] {-40, 12, -62, 5, 16, 2.5, 11, 2};
    };
  }

  /**
   * Draws a skin colour.
   *
   * @param e ethnicity
   * @param g gender
   * @param rnd the random source
   * @return {ITA degrees, packed sRGB}
   */
  public static double[] sample(Ethnicity e, Gender g, RandomGenerator rnd) {
    double[] p = params(e);
    double ita = p[0] + (g == Gender.WOMAN ? 2 : 0) + p[1] * rnd.nextGaussian();
    ita = Math.max(p[2], Math.min(p[3], ita));
    double b = Math.max(8, p[4] + p[5] * rnd.nextGaussian());
    double a = Math.max(3, p[6] + p[7] * rnd.nextGaussian());
    return new double[] {ita, SkinColour.fromIta(ita, b, a)};
  }

  /**
   * The ITA category of an angle as one of the six tone steps (very light above 55, light
   * 41..55, intermediate 28..41, tan 10..28, brown -30..10, dark below -30).
   *
   * @param itaDeg ITA, degrees
   * @return the step
   */
  public static SkinTone step(double itaDeg) {
    if (itaDeg > 55) {
      return SkinTone.VERY_LIGHT;
    } else if (itaDeg > 41) {
      return SkinTone.LIGHT;
    } else if (itaDeg > 28) {
      return SkinTone.MEDIUM;
    } else if (itaDeg > 10) {
      return SkinTone.OLIVE;
    } else if (itaDeg > -30) {
      return SkinTone.BROWN;
    }
    return SkinTone.DARK;
  }

  /**
   * @param itaDeg ITA, degrees
   * @return the category name used in annotations: very_light, light, intermediate, tan,
   *     brown or dark
   */
  public static String category(double itaDeg) {
    return switch (step(itaDeg)) {
      case VERY_LIGHT -> "very_light";
      case LIGHT -> "light";
      case MEDIUM -> "intermediate";
      case OLIVE -> "tan";
      case BROWN -> "brown";
      case DARK -> "dark";
    };
  }
}
