package org.pain3d.render.scene;

/**
 * The materials of scene props, one material group of the props mesh each (group index =
 * ordinal). Translucent materials are drawn in a separate layer over the opaque scene.
 */
public enum PropMaterial {
  /** Garment fabric. */
  GARMENT(ItemClass.GARMENT, false),
  /** Collar, neck band or trim of the garment. */
  GARMENT_TRIM(ItemClass.GARMENT, false),
  /** Pillow fabric. */
  PILLOW(ItemClass.PILLOW, false),
  /** Glasses frame. */
  GLASSES_FRAME(ItemClass.GLASSES, false),
  /** Glasses lens (clear or tinted). */
  GLASSES_LENS(ItemClass.TINTED_LENS, true),
  /** Earring metal. */
  EARRING(ItemClass.EARRING, false),
  /** Headwear fabric. */
  HEADWEAR(ItemClass.HEADWEAR, false),
  /** Cannula tubing. */
  CANNULA(ItemClass.NASAL_CANNULA, false),
  /** Oxygen mask shell (clear plastic). */
  OXYGEN_MASK(ItemClass.OXYGEN_MASK, true),
  /** Oxygen mask rim, strap and tubing. */
  OXYGEN_MASK_PARTS(ItemClass.OXYGEN_MASK, false),
  /** Face mask fabric. */
  FACE_MASK(ItemClass.FACE_MASK, false),
  /** Face mask ear loops. */
  FACE_MASK_LOOPS(ItemClass.FACE_MASK, false),
  /** Medical tape. */
  TAPE(ItemClass.MEDICAL_TAPE, false);

  private final ItemClass itemClass;
  private final boolean translucent;

  PropMaterial(ItemClass itemClass, boolean translucent) {
    this.itemClass = itemClass;
    this.translucent = translucent;
  }

  /** Returns its segmentation class. */
  public ItemClass itemClass() {
    return itemClass;
  }

  /** Returns whether it is drawn in the translucent layer. */
  public boolean translucent() {
    return translucent;
  }

  /**
   * Returns whether it is worn on the head and turns with it on the neck (glasses, earrings,
   * headwear, cannula, masks, tape); the body, the garment and the pillow stay.
   */
  public boolean headBorne() {
    return this != GARMENT && this != GARMENT_TRIM && this != PILLOW;
  }

  /** Returns the group mask (see {@code RasterOptions}) of the opaque or translucent materials. */
  static long groupMask(boolean translucent) {
    long mask = 0;
    for (PropMaterial m : values()) {
      if (m.translucent == translucent) {
        mask |= 1L << m.ordinal();
      }
    }
    return mask;
  }
}
