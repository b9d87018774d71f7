package org.pain3d.synth.look;

import org.pain3d.render.look.SkinColour;

/**
 * The brows' own pigment beside the scalp hair's ({@link LookFeature#BROW_SHADE}): brows are
 * usually a shade or two darker than light scalp hair and more neutral in tone, since the scalp
 * hair is lightened by the sun over years and brow hairs, short-lived and shaded by the brow ridge,
 * are not (a colourist's rule of thumb, not a measured population statistic; docs/faces.md,
 * thirty-fifth session). In CIELAB (D65):
 *
 * <ul>
 *   <li>lightness falls by {@value #DARKEN} of its height above black hair's
 *       ({@value #BLACK_HAIR_L}): blond (L* 69.5) gives a dark blond brow (L* 50), light brown
 *       (L* 41) a brown one (L* 30), black hair stays as it is;
 *   <li>chroma falls by {@value #NEUTRAL} (a red or golden hue keeps its angle, muted).
 * </ul>
 *
 * <p>Before this, the brows had the scalp hair's colour, and a blond's brows were a flat,
 * saturated yellow band on the skin.
 */
public final class BrowShade {
  /** Share of the lightness above black hair's that a brow loses. */
  public static final double DARKEN = 0.3;
  /** Share of the chroma that a brow loses. */
  public static final double NEUTRAL = 0.2;
  /** CIELAB L* of the darkest hair colour (black, {@code #16110E}). */
  public static final double BLACK_HAIR_L = 5.4;

  private BrowShade() {}

  /**
   * @param hairRgb the scalp hair's pigmented colour, packed sRGB
   * @return the brows' pigmented colour, packed sRGB (before any greying)
   */
  public static int of(int hairRgb) {
    double[] lab = SkinColour.toLab(hairRgb);
    double l = lab[0] - DARKEN * Math.max(0, lab[0] - BLACK_HAIR_L);
    return SkinColour.fromLab(l, (1 - NEUTRAL) * lab[1], (1 - NEUTRAL) * lab[2]);
  }
}
