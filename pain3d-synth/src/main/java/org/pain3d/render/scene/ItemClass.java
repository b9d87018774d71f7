package org.pain3d.render.scene;

/**
 * Segmentation classes of what the scene adds around the face, with stable codes in the
 * MASK pass. The face model's own classes keep their codes (material group index + 1,
 * 1..31); 0 is the background (walls, curtains, bed rails, monitors and sheets are painted
 * background); scene items use 32..63.
 */
public enum ItemClass {
  /**
   * Neck, chest and shoulders outside the garment: no longer drawn (since the eighteenth
   * session the garment covers the body below the face model's neck, whose own skin keeps
   * the face's classes); the code stays reserved so that masks keep their meaning.
   */
  BODY_SKIN(32),
  /** Garment and its collar or neck band. */
  GARMENT(33),
  /** The pillow under a lying patient's head. */
  PILLOW(34),
  /** Glasses frames (rims, bridge, temples). */
  GLASSES(35),
  /** Tinted lenses (clear lenses let the class behind show). */
  TINTED_LENS(36),
  /** Earrings. */
  EARRING(37),
  /** Cap, headscarf or hospital cap. */
  HEADWEAR(38),
  /** Nasal cannula and its tubing. */
  NASAL_CANNULA(39),
  /** Oxygen mask: its rim, strap and tubing (the clear shell lets the face show). */
  OXYGEN_MASK(40),
  /** Surgical or cloth face mask and its ear loops. */
  FACE_MASK(41),
  /** Medical tape. */
  MEDICAL_TAPE(42);

  private final int code;

  ItemClass(int code) {
    this.code = code;
  }

  /** Returns the value in the MASK pass. */
  public int code() {
    return code;
  }
}
