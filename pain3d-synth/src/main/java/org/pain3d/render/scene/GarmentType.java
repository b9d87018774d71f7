package org.pain3d.render.scene;

/** Garments worn at the neck and shoulders. */
public enum GarmentType {
  /** Hospital gown: wide neck, light colours, small print. */
  HOSPITAL_GOWN,
  /** T-shirt: crew neck with a rib band. */
  T_SHIRT,
  /** Collared shirt: open neck with a collar. */
  COLLARED_SHIRT,
  /** Sweater: thick ribbed crew neck, knit texture. */
  SWEATER
}
