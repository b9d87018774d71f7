package org.pain3d.render.scene;

/** What covers the mouth and nose. */
public enum MouthCoverKind {
  /** A clear oxygen mask with a strap and tubing. */
  OXYGEN_MASK,
  /** A pleated surgical face mask with ear loops. */
  SURGICAL_MASK,
  /** A cloth face mask with ear loops. */
  CLOTH_MASK
}
