package org.pain3d.render.scene;

/** Kinds of painted background behind the patient. */
public enum BackdropKind {
  /** A photo-studio sweep: a soft gradient with a vignette. */
  PLAIN,
  /** A room: wall with plaster texture, skirting, a door or window, a picture. */
  ROOM,
  /** A hospital ward: wall, curtain folds, a monitor, an IV pole, a bed rail, a ceiling light. */
  WARD,
  /** Seen from above a bed: sheet with folds and the bed rail at the edge (lying patients). */
  BED
}
