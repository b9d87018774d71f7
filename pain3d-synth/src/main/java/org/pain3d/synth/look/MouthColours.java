package org.pain3d.synth.look;

import java.util.SplittableRandom;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.render.look.SkinColour;

/**
 * The colours of a person's teeth and gums ({@link LookFeature#MOUTH_COLOUR}), in CIELAB (D65) from
 * clinical colorimetry, as packed sRGB for the shader.
 *
 * <p><b>Teeth</b> darken and yellow with age. The young are drawn around the upper central incisors
 * of 20-29-year-olds measured with a spectrophotometer (Krasniqi et al. 2017, Open Access Maced J
 * Med Sci 5:777, 255 subjects: L* 83.2, a* -0.7, b* 21.7); the elderly around the same teeth 45 years
 * on, at that study's change per decade from the twenties to the forties (L* -1.9, a* +0.1, b* +1.1):
 * L* 74.6, a* -0.25, b* 26.7. The darkening goes on into old age in the larger Spanish sample
 * (Gomez-Polo et al., 1,361 subjects aged 16-89, L* against age r = -0.67) and in Japanese teeth
 * (Hasegawa et al. 2000, aged 13-84).
 *
 * <p><b>Gums</b>: the middle of the attached gingiva of a Spanish sample (Gomez-Polo et al. 2019, J
 * Adv Prosthodont 11:239: L* 50.3, a* 24.1, b* 15.5), darkened with the skin towards the darkest of
 * the three gingival colour clusters of a multi-ethnic sample (Ito et al., J Prosthodont, a 45/0
 * spectroradiometer: L* 36.1, a* 21.0, b* 16.0). Gingiva is darker on darker complexions (Ho et al.
 * 2015, Sci Rep 5:18498: L*, a* and b* differ by ethnicity), from melanin; how far is an assumption:
 * none at ITA {@value #PIGMENT_FROM_ITA_DEG} degrees (an intermediate-to-tan skin) and lighter, the
 * whole cluster at {@value #PIGMENT_FULL_ITA_DEG} degrees (a dark skin), linearly between.
 *
 * <p>Each coordinate is drawn uniformly within the spread given here (about one published standard
 * deviation either side, narrower than the samples' spread, which includes measurement error).
 */
final class MouthColours {
  /** Young teeth, L* a* b*. */
  static final double[] YOUNG_TEETH = {83.2, -0.7, 21.7};
  /** Elderly teeth, L* a* b*. */
  static final double[] ELDERLY_TEETH = {74.6, -0.25, 26.7};
  /** Half-width of the teeth's uniform draw, L* a* b*. */
  static final double[] TEETH_SPREAD = {4, 1, 4};
  /** Unpigmented gums, L* a* b*. */
  static final double[] GUMS = {50.3, 24.1, 15.5};
  /** Pigmented gums (the dark cluster), L* a* b*. */
  static final double[] PIGMENTED_GUMS = {36.1, 21.0, 16.0};
  /** Half-width of the gums' uniform draw, L* a* b*. */
  static final double[] GUMS_SPREAD = {6, 4, 3};
  /** Skin ITA, degrees, at and above which the gums carry no pigment. */
  static final double PIGMENT_FROM_ITA_DEG = 10;
  /** Skin ITA, degrees, at and below which the gums take the dark cluster's colour. */
  static final double PIGMENT_FULL_ITA_DEG = -50;

  private MouthColours() {}

  /**
   * @param age the age group
   * @param rnd the mouth's stream (three draws)
   * @return the teeth's colour, packed sRGB
   */
  static int teeth(AgeGroup age, SplittableRandom rnd) {
    double[] mean = age == AgeGroup.ELDERLY ? ELDERLY_TEETH : YOUNG_TEETH;
    return draw(mean, TEETH_SPREAD, rnd);
  }

  /**
   * @param skinRgb the skin's constitutive colour, packed sRGB
   * @param rnd the mouth's stream (three draws)
   * @return the gums' colour, packed sRGB
   */
  static int gums(int skinRgb, SplittableRandom rnd) {
    double w = pigment(SkinColour.ita(skinRgb));
    double[] mean = new double[3];
    for (int i = 0; i < 3; i++) {
      mean[i] = GUMS[i] + w * (PIGMENTED_GUMS[i] - GUMS[i]);
    }
    return draw(mean, GUMS_SPREAD, rnd);
  }

  /**
   * @param skinItaDeg the skin's ITA, degrees
   * @return the gums' share of the pigmented colour, 0..1
   */
  static double pigment(double skinItaDeg) {
    double w = (PIGMENT_FROM_ITA_DEG - skinItaDeg) / (PIGMENT_FROM_ITA_DEG - PIGMENT_FULL_ITA_DEG);
    return Math.max(0, Math.min(1, w));
  }

  private static int draw(double[] mean, double[] spread, SplittableRandom rnd) {
    double l = mean[0] + spread[0] * (2 * rnd.nextDouble() - 1);
    double a = mean[1] + spread[1] * (2 * rnd.nextDouble() - 1);
    double b = mean[2] + spread[2] * (2 * rnd.nextDouble() - 1);
    return SkinColour.fromLab(l, a, b);
  }
}
