package org.pain3d.render.hair;

/**
 * Segmentation classes of hair in the MASK pass. The face model's own classes are its
 * material group index + 1 (1..31); scene items use 32..63; hair uses 64..66.
 */
public enum HairClass {
  /** Scalp hair (cap, hanging hair, bun). */
  SCALP_HAIR(64),
  /** Beard, moustache and goatee. */
  FACIAL_HAIR(65),
  /** Eyelashes. */
  EYELASHES(66);

  private final int code;

  HairClass(int code) {
    this.code = code;
  }

  /** @return the value in the MASK pass */
  public int code() {
    return code;
  }
}
