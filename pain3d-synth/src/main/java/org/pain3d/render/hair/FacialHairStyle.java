package org.pain3d.render.hair;

/** Facial hair drawn as a shell over the face (stubble is painted in the skin instead). */
public enum FacialHairStyle {
  /** Clean-shaven (or stubble only). */
  NONE,
  /** A moustache. */
  MOUSTACHE,
  /** Moustache and chin tuft. */
  GOATEE,
  /** A short full beard (about 0.4 cm). */
  SHORT_BEARD,
  /** A full beard (about 1.2 cm). */
  FULL_BEARD
}
