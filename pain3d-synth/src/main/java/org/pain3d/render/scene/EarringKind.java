package org.pain3d.render.scene;

/** Earring styles. */
public enum EarringKind {
  /** A small ball on the lobe. */
  STUD,
  /** A ring hanging from the lobe. */
  HOOP
}
