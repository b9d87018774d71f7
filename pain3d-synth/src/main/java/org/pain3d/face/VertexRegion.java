package org.pain3d.face;

/**
 * ICT-FaceKit's published vertex ranges (inclusive, 0-based), valid for the full model of
 * 26,719 vertices. Ranges nest: {@link #NARROW_FACE} lies inside {@link #FACE}.
 */
public enum VertexRegion {
  /** The whole face skin, 0-9408. */
  FACE(0, 9408),
  /** The narrow face area (front of the face, no ears or forehead top), 0-6705. */
  NARROW_FACE(0, 6705),
  /** Back of the head and the neck, 9409-11247. */
  HEAD_AND_NECK(9409, 11247),
  /** Inside of the mouth, 11248-13293. */
  MOUTH_SOCKET(11248, 13293),
  /** Eye sockets, 13294-14061. */
  EYE_SOCKETS(13294, 14061),
  /** Gums and tongue, 14062-17038. */
  GUMS_AND_TONGUE(14062, 17038),
  /** Upper and lower teeth, 17039-21450. */
  TEETH(17039, 21450),
  /** Both eyeballs (sclera and iris), 21451-24590. */
  EYEBALLS(21451, 24590),
  /** Lacrimal fluid, eye blend and eye occlusion shells, 24591-25350. */
  EYE_SHELLS(24591, 25350),
  /** Eyelashes, 25351-26718. */
  EYELASHES(25351, 26718);

  /** Vertex count of the full ICT-FaceKit model these ranges belong to. */
  public static final int FULL_MODEL_VERTICES = 26719;

  private final int first;
  private final int last;

  VertexRegion(int first, int last) {
    this.first = first;
    this.last = last;
  }

  /** @return first vertex index (inclusive) */
  public int first() {
    return first;
  }

  /** @return last vertex index (inclusive) */
  public int last() {
    return last;
  }

  /** @return number of vertices in the range */
  public int size() {
    return last - first + 1;
  }

  /**
   * @param vertex a vertex index
   * @return whether the vertex lies in this range
   */
  public boolean contains(int vertex) {
    return vertex >= first && vertex <= last;
  }
}
