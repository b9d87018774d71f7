package org.pain3d.render.scene;

/** Headwear styles. */
public enum HeadwearKind {
  /** A baseball cap with a brim. */
  CAP,
  /** A headscarf covering the hair, ears and neck, leaving the face open. */
  HEADSCARF,
  /** A bouffant surgical / hospital cap. */
  HOSPITAL_CAP
}
