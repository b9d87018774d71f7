package org.pain3d.render.scene;

/** What a light does in a rig (recorded in the labels; the shading treats all alike). */
public enum LightRole {
  /** The main light; the only one that casts shadows. */
  KEY,
  /** A softer light on the other side that lifts the shadows. */
  FILL,
  /** A light from behind that outlines the head. */
  RIM
}
