package org.pain3d.render.scene;

/** Where medical tape is stuck. */
public enum TapePlace {
  /** On the subject's left cheek. */
  LEFT_CHEEK,
  /** On the subject's right cheek. */
  RIGHT_CHEEK,
  /** On the forehead. */
  FOREHEAD
}
