package org.pain3d.synth.look;

import java.util.SplittableRandom;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Gender;

/**
 * A woman's make-up, worn at a rate (elderly women half as often): lipstick in one of five
 * shades and eyeliner. Every draw is made whatever the rate, so the rate changes who wears
 * it and nothing else.
 *
 * @param lipstick lipstick amount, 0..1
 * @param lipstickRgb its colour, packed sRGB
 * @param eyeliner eyeliner amount, 0..1
 */
record Makeup(double lipstick, int lipstickRgb, double eyeliner) {
  private static final int[] SHADES = {0xB5636A, 0xA3262E, 0x8E3A4F, 0xC8707C, 0x8A4A3E};

  static Makeup sample(Demographics d, double rate, SplittableRandom rnd) {
    double wears = rnd.nextDouble();
    double lip = rnd.nextDouble(0.3, 0.8);
    int shade = SHADES[rnd.nextInt(SHADES.length)];
    double liner = rnd.nextDouble(0.3, 0.9);
    double lipOnly = rnd.nextDouble();
    double r = d.ageGroup() == AgeGroup.ELDERLY ? rate / 2 : rate;
    if (d.gender() != Gender.WOMAN || wears >= r) {
      return new Makeup(0, shade, 0);
    }
    return new Makeup(lip, shade, lipOnly < 0.25 ? 0 : liner);
  }
}
