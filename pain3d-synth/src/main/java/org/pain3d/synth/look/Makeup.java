package org.pain3d.synth.look;

import java.util.SplittableRandom;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Gender;

/**
 * A woman's make-up, worn at a rate (elderly women half as often): lipstick in one of five
 * shades, applied lightly (0.25..0.6: at up to 0.8 it looked painted on), eyeliner and mascara
 * (darker lashes) for three in four of them. Every draw is made whatever the rate, so the rate
 * changes who wears it and nothing else. A design choice for training data, not a population
 * statistic; recorded per identity.
 *
 * @param lipstick lipstick amount, 0..1
 * @param lipstickRgb its colour, packed sRGB
 * @param eyeliner eyeliner amount, 0..1
 * @param mascara eyelash darkness with mascara, 0..1 (0: none)
 */
record Makeup(double lipstick, int lipstickRgb, double eyeliner, double mascara) {
  /** Share of the make-up rate that elderly women wear it at. */
  static final double ELDERLY_SHARE = 0.5;

  private static final int[] SHADES = {0xB5636A, 0xA3262E, 0x8E3A4F, 0xC8707C, 0x8A4A3E};

  static Makeup sample(Demographics d, double rate, SplittableRandom rnd) {
    double wears = rnd.nextDouble();
    double lip = rnd.nextDouble(0.25, 0.6);
    int shade = SHADES[rnd.nextInt(SHADES.length)];
    double liner = rnd.nextDouble(0.3, 0.9);
    double lipOnly = rnd.nextDouble();
    double mascara = rnd.nextDouble(0.8, 0.95);
    double r = d.ageGroup() == AgeGroup.ELDERLY ? rate * ELDERLY_SHARE : rate;
    if (d.gender() != Gender.WOMAN || wears >= r) {
      return new Makeup(0, shade, 0, 0);
    }
    return lipOnly < 0.25 ? new Makeup(lip, shade, 0, 0) : new Makeup(lip, shade, liner, mascara);
  }
}
