package org.pain3d.face;

/**
 * One parsed OBJ: vertex positions and, when asked for, its topology.
 *
 * @param positions vertex positions, {@code float[3 * V]}, in the file's units
 * @param topology faces, UVs and material groups, or null when only positions were read
 */
public record ObjMesh(float[] positions, MeshTopology topology) {
  /** @return number of vertices V */
  public int vertexCount() {
    return positions.length / 3;
  }
}
