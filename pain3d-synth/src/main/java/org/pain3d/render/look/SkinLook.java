package org.pain3d.render.look;

/**
 * One identity's skin, lips, brows and make-up: what {@link SkinPainter} bakes. Colours are
 * packed sRGB {@code 0xRRGGBB}; amounts are in [0, 1] (0 = none).
 *
 * @param baseRgb constitutive skin colour (from {@link SkinColour#fromIta})
 * @param itaDeg its individual typology angle, degrees (recorded for the annotations)
 * @param freckles freckle density on the nose, cheeks and forehead
 * @param moles number of moles on the face, 0..12
 * @param redness redness of the cheeks and nose
 * @param blemishes density of small red spots
 * @param pores contrast of the fine skin texture (pores, grain)
 * @param age static age detail: lines (forehead, crow's feet, nasolabial, marionette,
 *     under-eye, lips), lentigines and uneven tone
 * @param lineDepth factor on the static age lines' relief, 1..2 (1 = as painted; deeper with
 *     the lower facial contrast of age, {@code org.pain3d.synth.look.AgeContrast})
 * @param lineSheen share of a line's contrast (static age lines and expression wrinkles) that is
 *     the skin's sheen, the same on every skin, rather than its shading, which scales with the
 *     skin's brightness, 0..1 ({@link SkinPainter#shade}; 0: all shading, as before the
 *     twenty-second session)
 * @param lineFolds whether crow's feet, bunny lines and glabellar lines are shaped like folds
 *     ({@link WrinklePatterns}: rays and lines of their own lengths, tapering to their tips);
 *     false: the earlier five equal straight rays, dense stack of nose lines and full-depth
 *     glabellar lines
 * @param poreRelief whether the skin's pores and grain are a bump map too ({@link PoreRelief}),
 *     lit by the scene's lights, besides their painted contrast
 * @param lineRelief whether the static age lines and the expression wrinkles are a bump map too
 *     ({@link PoreRelief#LINE_DEPTH_CM}), lit on the side facing the light, besides their painted
 *     contrast
 * @param underEye periorbital darkening
 * @param lipRgb natural lip colour
 * @param lipstick amount of lip colour make-up
 * @param lipstickRgb lipstick colour
 * @param eyeliner amount of liner and shadow on the upper lids
 * @param stubble density of beard shadow in the beard area (shaved or stubble)
 * @param hairRgb colour of brows and stubble
 * @param brows brow shape and density
 * @param seed seed of every random pattern of the bake
 */
public record SkinLook(
    int baseRgb, double itaDeg, double freckles, int moles, double redness, double blemishes,
    double pores, double age, double lineDepth, double lineSheen, boolean lineFolds, boolean poreRelief,
    boolean lineRelief, double underEye, int lipRgb,
    double lipstick, int lipstickRgb, double eyeliner, double stubble, int hairRgb, BrowLook brows, long seed) {

  /** Validates ranges. */
  public SkinLook {
    for (double a : new double[] {freckles, redness, blemishes, pores, age, lineSheen, underEye, lipstick, eyeliner,
        stubble}) {
      if (!(a >= 0 && a <= 1)) {
        throw new IllegalArgumentException("skin amounts must be in [0, 1], got " + a);
      }
    }
    if (!(lineDepth >= 1 && lineDepth <= 2)) {
      throw new IllegalArgumentException("lineDepth must be in [1, 2], got " + lineDepth);
    }
    if (moles < 0 || moles > 12) {
      throw new IllegalArgumentException("moles must be in 0..12, got " + moles);
    }
    if (brows == null) {
      throw new IllegalArgumentException("brows must be given");
    }
  }

  /**
   * A plain skin of one colour: no spots, no age, no make-up, average brows.
   *
   * @param baseRgb skin colour
   * @param hairRgb brow colour
   * @param seed pattern seed
   * @return the look
   */
  public static SkinLook plain(int baseRgb, int hairRgb, long seed) {
    return new SkinLook(baseRgb, SkinColour.ita(baseRgb), 0, 0, 0, 0, 0.5, 0, 1, 0, false, false, false, 0, lipsFor(baseRgb), 0, 0,
        0, 0, hairRgb, BrowLook.average(), seed);
  }

  /**
   * The natural lip colour for a skin colour: redder and darker than the skin, and more
   * pigmented (browner) on darker skin.
   *
   * @param skinRgb skin colour
   * @return packed sRGB
   */
  public static int lipsFor(int skinRgb) {
    double[] lab = SkinColour.toLab(skinRgb);
    double l = lab[0] * 0.78;
    double a = lab[1] + 12 - 0.06 * Math.max(0, 60 - lab[0]);
    double b = lab[2] * 0.75;
    return SkinColour.fromLab(l, a, b);
  }
}
