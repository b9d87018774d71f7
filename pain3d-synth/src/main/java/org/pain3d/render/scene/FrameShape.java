package org.pain3d.render.scene;

/** Outline of a glasses lens. */
public enum FrameShape {
  /** Rounded rectangle, wider than tall. */
  RECTANGULAR,
  /** Circle. */
  ROUND,
  /** Ellipse. */
  OVAL
}
