package org.pain3d.render.hair;

/**
 * One identity's hair.
 *
 * @param style scalp hair style
 * @param rgb hair colour (pigmented strands), packed sRGB {@code 0xRRGGBB}
 * @param grey share of grey or white strands, 0..1
 * @param volume scale of the style's thickness, 0.5..2
 * @param length scale of the style's hanging length, 0.5..1.5
 * @param hairlineCm forehead height from the brows to the front hairline, cm, 3..9
 * @param facialHair facial hair style
 * @param facialHairDensity density of the facial hair, 0..1
 * @param beardLight whether facial hair is drawn as a photograph shows it ({@link StrandTexture} and
 *     {@link HairShading}: hairs that let the skin show between them and a broad sheen on the lit
 *     side; off: the earlier opaque, flat fill)
 * @param lashes whether eyelashes are drawn
 * @param lashDarkness eyelash opacity (mascara raises it), 0..1
 * @param lashSeam whether the upper lashes' roots are lifted onto the lid seam as the lid closes
 *     ({@link LashSeam}; off: they hang below it, as before the tenth session)
 * @param parting whether a style that parts ({@link HairStyle#parts()}) is parted, its strands
 *     running away from a parting over the front of the head ({@link ScalpMap}; off: every strand
 *     runs down from the crown, as before the twenty-second session)
 * @param waves how wavy the hanging hair of a straight style with a hanging part is ({@link
 *     HairBuilder}: 1 = waves {@value HairBuilder#WAVE_CM} cm long, looser ones longer, their crests up to {@value
 *     HairBuilder#WAVE_DEPTH_CM} cm out), 0..1; 0 = straight
 * @param fringeCm a fringe (bangs) on a style that parts ({@link HairStyle#parts()}): the front
 *     hairline drops to this height above the brows ({@link ScalpMap}), the strands over the front
 *     run down from the crown and the hair is not parted ({@link #fringed()}), cm, {@value
 *     #MIN_FRINGE_CM}..{@value #MAX_FRINGE_CM}; 0 = no fringe
 * @param seed seed of the strand patterns
 */
public record HairLook(
    HairStyle style, int rgb, double grey, double volume, double length, double hairlineCm,
    FacialHairStyle facialHair, double facialHairDensity, boolean beardLight, boolean lashes, double lashDarkness,
    boolean lashSeam, boolean parting, double waves, double fringeCm, long seed) {

  /** The lowest a fringe ends above the brows, cm (its ragged ends reach about 0.25 cm lower). */
  public static final double MIN_FRINGE_CM = 0.8;
  /** The highest a fringe ends above the brows, cm. */
  public static final double MAX_FRINGE_CM = 2.5;

  /** Validates ranges. */
  public HairLook {
    if (style == null || facialHair == null) {
      throw new IllegalArgumentException("hair and facial hair styles must be given");
    }
    if (!(grey >= 0 && grey <= 1) || !(volume >= 0.5 && volume <= 2) || !(length >= 0.5 && length <= 1.5)
        || !(hairlineCm >= 3 && hairlineCm <= 9) || !(facialHairDensity >= 0 && facialHairDensity <= 1)
        || !(lashDarkness >= 0 && lashDarkness <= 1) || !(waves >= 0 && waves <= 1)) {
      throw new IllegalArgumentException("hair parameters out of range");
    }
    if (fringeCm != 0 && !(fringeCm >= MIN_FRINGE_CM && fringeCm <= MAX_FRINGE_CM)) {
      throw new IllegalArgumentException("a fringe ends " + MIN_FRINGE_CM + ".." + MAX_FRINGE_CM
          + " cm above the brows (0: none), got " + fringeCm);
    }
  }

  /** Straight hanging hair ({@code waves} 0), no fringe. */
  public HairLook(HairStyle style, int rgb, double grey, double volume, double length, double hairlineCm,
      FacialHairStyle facialHair, double facialHairDensity, boolean beardLight, boolean lashes, double lashDarkness,
      boolean lashSeam, boolean parting, long seed) {
    this(style, rgb, grey, volume, length, hairlineCm, facialHair, facialHairDensity, beardLight, lashes, lashDarkness,
        lashSeam, parting, 0, 0, seed);
  }

  /**
   * No hair at all (today's bald look).
   *
   * @return the look
   */
  public static HairLook none() {
    return new HairLook(HairStyle.BALD, 0x2A1E16, 0, 1, 1, 6, FacialHairStyle.NONE, 0, false, false, 0, false, false,
        0);
  }

  /**
   * The same look with another scalp style (e.g. bald under headwear that covers the scalp).
   *
   * @param newStyle the scalp style
   * @return the look
   */
  public HairLook withStyle(HairStyle newStyle) {
    return new HairLook(newStyle, rgb, grey, volume, length, hairlineCm, facialHair, facialHairDensity, beardLight,
        lashes, lashDarkness, lashSeam, parting, waves, fringeCm, seed);
  }

  /** @return whether the hanging hair is drawn wavy: waves above 0 on a style with a hanging part */
  public boolean wavy() {
    return waves > 0 && style.hangCm() > 0 && !style.curly();
  }

  /** @return whether a fringe is drawn: {@link #fringeCm} above 0 on a style that parts */
  public boolean fringed() {
    return fringeCm > 0 && style.parts();
  }

  /**
   * @return whether the hair is drawn parted: {@link #parting} on a style that parts, without a
   *     fringe (a fringe's strands run down from the crown)
   */
  public boolean parted() {
    return parting && style.parts() && !fringed();
  }

  /** @return whether anything is drawn */
  public boolean any() {
    return style != HairStyle.BALD || facialHair != FacialHairStyle.NONE || lashes;
  }
}
