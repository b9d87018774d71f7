package org.pain3d.render.hair;

/** Scalp hair styles. */
public enum HairStyle {
  /** No hair (shaved or bald head). */
  BALD(0, 0, 0, false),
  /** Close-cropped, about 0.4 cm (buzz cut). */
  BUZZ(0.35, 0, 0, false),
  /** Short, about 1 cm, ears free. */
  SHORT(0.9, 0, 0, false),
  /** Short hair with a receded hairline and a thinning crown. */
  RECEDING(0.6, 0, 0, false),
  /**
   * Chin to shoulder length, hanging beside the face over the ears (opening 52 degrees either
   * side of the front: hair that frames the face; 66..74 before the third perception pass,
   * which probed both: at 52 the photo-trained gender models read more women as women and
   * SSD found as many faces at +30 degrees of yaw, docs/faces.md).
   */
  MEDIUM(1.3, 11, 52, false),
  /** Past the shoulders (opening as {@link #MEDIUM}). */
  LONG(1.4, 24, 52, false),
  /** Tight curls or coils, short and rounded. */
  CURLY_SHORT(1.6, 0, 0, true),
  /** Full curly or coily volume down to about the jaw (opening as {@link #MEDIUM}). */
  CURLY_LONG(3.2, 10, 52, true),
  /** Pulled back tight into a bun at the back of the head. */
  TIED_BACK(0.45, 0, 0, false);

  private final double volumeCm;
  private final double hangCm;
  private final double openDeg;
  private final boolean curly;

  HairStyle(double volumeCm, double hangCm, double openDeg, boolean curly) {
    this.volumeCm = volumeCm;
    this.hangCm = hangCm;
    this.openDeg = openDeg;
    this.curly = curly;
  }

  /** @return typical thickness of the hair over the scalp, cm */
  public double volumeCm() {
    return volumeCm;
  }

  /** @return typical length hanging below the ears, cm (0: no hanging part) */
  public double hangCm() {
    return hangCm;
  }

  /** @return half-angle of the face opening of the hanging part, degrees from the front */
  public double openDeg() {
    return openDeg;
  }

  /** @return whether the texture is curls rather than straight strands */
  public boolean curly() {
    return curly;
  }

  /**
   * @return whether the style is worn parted ({@link HairLook#parting}): the straight styles long
   *     enough to lie over the top of the head (medium and long)
   */
  public boolean parts() {
    return this == MEDIUM || this == LONG;
  }
}
