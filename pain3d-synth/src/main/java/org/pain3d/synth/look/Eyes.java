package org.pain3d.synth.look;

import java.util.SplittableRandom;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Ethnicity;

/**
 * Eye colours: iris by ethnicity (blue, green, grey and hazel among White identities, some
 * hazel among Latino and Middle Eastern ones, dark brown elsewhere) with a darker rim, and a
 * sclera that yellows with age.
 */
final class Eyes {
  /** Dark brown, brown, hazel, green, blue, grey. */
  private static final int[] IRIS = {0x46291A, 0x6A4428, 0x7A6236, 0x5E7A4A, 0x5A7EA6, 0x7A8A95};

  private Eyes() {}

  /** @return {inner, rim} iris colours, packed sRGB */
  static int[] iris(Ethnicity e, SplittableRandom rnd) {
    double[] w = switch (e) {
      case WHITE -> new double[] {10, 25, 15, 12, 30, 8};
      case LATINO, MIDDLE_EASTERN -> new double[] {30, 50, 15, 5, 0, 0};
      default -> new double[] {70, 30, 0, 0, 0, 0};
    };
    int c = IRIS[Weighted.pick(w, rnd)];
    double k = rnd.nextDouble(0.85, 1.1);
    int inner = scale(c, k);
    return new int[] {inner, scale(inner, 0.55)};
  }

  /** @return the sclera colour, packed sRGB */
  static int sclera(AgeGroup age, SplittableRandom rnd) {
    double y = age == AgeGroup.ELDERLY ? rnd.nextDouble(0.04, 0.1) : rnd.nextDouble(0, 0.03);
    // A lit sclera is bright but far from white (the lids shade it); it yellows with age.
    int r = (int) Math.round(214 - 8 * y / 0.1);
    int g = (int) Math.round(206 - 26 * y / 0.1);
    int b = (int) Math.round(198 - 60 * y / 0.1);
    return r << 16 | g << 8 | b;
  }

  private static int scale(int rgb, double k) {
    int r = (int) Math.min(255, Math.round((rgb >> 16 & 255) * k));
    int g = (int) Math.min(255, Math.round((rgb >> 8 & 255) * k));
    int b = (int) Math.min(255, Math.round((rgb & 255) * k));
    return r << 16 | g << 8 | b;
  }
}
