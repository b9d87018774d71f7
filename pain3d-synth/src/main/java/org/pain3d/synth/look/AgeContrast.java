package org.pain3d.synth.look;

import org.pain3d.render.look.BrowLook;
import org.pain3d.render.look.SkinColour;

/**
 * The lower facial contrast of an older face, by an amount in [0, 1] (the elderly's static age
 * detail, 0.7..1.0; 0 for the young or with {@link LookFeature#AGE_CONTRAST} off). The contrast
 * between the lips, brows and eyes and the skin around them falls with age and lowering it makes
 * faces look older (Porcheron, Mauger and Russell 2013, PLoS ONE 8:e57985); brows thin and grey
 * and set lines deepen as the dermis thins. At amount 1:
 *
 * <ul>
 *   <li>lips {@value #LIP_FADE} of the way from their colour towards the skin's (paler, less red),
 *       women's {@value #WOMAN_LIP_FADE};
 *   <li>brows {@value #BROW_GREY} more of the way to grey-white than the scalp's grey share gives;
 *       men's also {@value #BROW_THINNING} thinner and {@value #BROW_SPARSER} sparser;
 *   <li>static age lines {@value #LINE_DEEPENING} deeper (the painted relief times 1 + that),
 *       women's {@value #WOMAN_LINE_DEEPENING}.
 * </ul>
 *
 * <p>Women keep more of their lip colour, their brows' width and density and shallower lines (a
 * design choice measured with the perception probes, docs/faces.md: with the men's amounts a
 * photo-trained gender model read half as many elderly women as women; lip redness and brow
 * contrast are also female cues).
 */
public final class AgeContrast {
  /** Share of the lips' difference from the skin lost at amount 1. */
  public static final double LIP_FADE = 0.45;
  /** Women's share of the lips' difference from the skin lost at amount 1. */
  public static final double WOMAN_LIP_FADE = 0.2;
  /** Extra greying of the brows at amount 1 (on top of 0.6 of the scalp's grey share). */
  public static final double BROW_GREY = 0.35;
  /** Relative loss of brow width at amount 1. */
  public static final double BROW_THINNING = 0.2;
  /** Relative loss of brow density at amount 1. */
  public static final double BROW_SPARSER = 0.3;
  /** Relative deepening of the static age lines at amount 1. */
  public static final double LINE_DEEPENING = 0.8;
  /** Women's relative deepening of the static age lines at amount 1. */
  public static final double WOMAN_LINE_DEEPENING = 0.3;
  private static final int GREY_WHITE = 0xB8B4AE;

  private AgeContrast() {}

  /**
   * @param lipRgb natural lip colour, packed sRGB
   * @param skinRgb skin colour, packed sRGB
   * @param amount the amount, in [0, 1]
   * @param woman whether a woman's ({@link #WOMAN_LIP_FADE} instead of {@link #LIP_FADE})
   * @return the lip colour moved towards the skin's (mixed in CIELAB)
   */
  public static int lips(int lipRgb, int skinRgb, double amount, boolean woman) {
    if (amount == 0) {
      return lipRgb;
    }
    double[] lip = SkinColour.toLab(lipRgb);
    double[] skin = SkinColour.toLab(skinRgb);
    double t = (woman ? WOMAN_LIP_FADE : LIP_FADE) * amount;
    return SkinColour.fromLab(lip[0] + t * (skin[0] - lip[0]), lip[1] + t * (skin[1] - lip[1]),
        lip[2] + t * (skin[2] - lip[2]));
  }

  /**
   * Brow colour: the brows' pigment greyed by 0.6 of the scalp's grey share (brows grey a little
   * less than the scalp) plus {@link #BROW_GREY} times the amount.
   *
   * @param pigmentRgb the brows' pigmented colour ({@link BrowShade#of}, or the scalp hair's with
   *     {@link LookFeature#BROW_SHADE} off), packed sRGB
   * @param grey the scalp's grey share, in [0, 1]
   * @param amount the amount, in [0, 1]
   * @return packed sRGB
   */
  public static int browColour(int pigmentRgb, double grey, double amount) {
    float t = (float) Math.min(1, 0.6 * grey + BROW_GREY * amount);
    int r = Math.round((pigmentRgb >> 16 & 255) * (1 - t) + (GREY_WHITE >> 16 & 255) * t);
    int g = Math.round((pigmentRgb >> 8 & 255) * (1 - t) + (GREY_WHITE >> 8 & 255) * t);
    int b = Math.round((pigmentRgb & 255) * (1 - t) + (GREY_WHITE & 255) * t);
    return r << 16 | g << 8 | b;
  }

  /**
   * @param brows the brows
   * @param amount the amount, in [0, 1]
   * @param woman whether a woman's (kept as they are)
   * @return a man's brows thinner and sparser (width not below the {@link BrowLook} minimum)
   */
  public static BrowLook brows(BrowLook brows, double amount, boolean woman) {
    if (amount == 0 || woman) {
      return brows;
    }
    return new BrowLook(Math.max(0.4, brows.thickness() * (1 - BROW_THINNING * amount)),
        brows.density() * (1 - BROW_SPARSER * amount), brows.arch(), brows.dropCm(), brows.photoPlaced());
  }

  /**
   * @param amount the amount, in [0, 1]
   * @param woman whether a woman's ({@link #WOMAN_LINE_DEEPENING} instead of {@link #LINE_DEEPENING})
   * @return the factor on the static age lines' relief, 1..1 + {@link #LINE_DEEPENING}
   */
  public static double lineDepth(double amount, boolean woman) {
    return 1 + (woman ? WOMAN_LINE_DEEPENING : LINE_DEEPENING) * amount;
  }
}
