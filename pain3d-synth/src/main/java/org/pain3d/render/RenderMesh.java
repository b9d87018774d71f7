package org.pain3d.render;

import java.util.List;
import org.pain3d.face.MeshTopology;

/**
 * A triangle mesh as the renderer consumes it: flat arrays, fixed topology, positions that
 * can be replaced in place for every frame.
 *
 * <p>Frame: world (ICT-FaceKit), centimetres, right-handed, y up, +z out of the face
 * towards a frontal viewer, +x to the subject's left. Triangles are counter-clockwise when
 * seen from outside (front faces). Quads of the source model are split into two triangles
 * before they reach this record.
 *
 * <p>The arrays are shared, not copied (equality is by reference, as for any record holding
 * arrays): the renderer never writes to them, and {@link #setPositions(float[])} copies a
 * new frame's positions into {@link #positions()} without allocating.
 *
 * @param positions vertex positions, shape [vertexCount * 3] (x, y, z per vertex), cm
 * @param triangles vertex indices, shape [triangleCount * 3], counter-clockwise from outside
 * @param uvs texture coordinates, shape [uvCount * 2] (u, v per UV), v up as in OBJ; the
 *     integer part of u selects the UDIM-like tile of a material (ICT-FaceKit lays its
 *     materials out side by side in u)
 * @param triangleUvs UV indices per triangle corner, shape [triangleCount * 3]
 * @param triangleGroups material group index per triangle, shape [triangleCount], each in
 *     [0, groupNames.size())
 * @param groupNames material group names, e.g. {@code M_Face}
 */
public record RenderMesh(
    float[] positions,
    int[] triangles,
    float[] uvs,
    int[] triangleUvs,
    int[] triangleGroups,
    List<String> groupNames) {

  /** Validates shapes and index ranges. */
  public RenderMesh {
    if (positions == null || triangles == null || uvs == null || triangleUvs == null
        || triangleGroups == null || groupNames == null) {
      throw new IllegalArgumentException("mesh arrays must not be null");
    }
    if (positions.length % 3 != 0) {
      throw new IllegalArgumentException("positions length not a multiple of 3: " + positions.length);
    }
    if (triangles.length % 3 != 0) {
      throw new IllegalArgumentException("triangles length not a multiple of 3: " + triangles.length);
    }
    if (uvs.length % 2 != 0) {
      throw new IllegalArgumentException("uvs length not a multiple of 2: " + uvs.length);
    }
    if (triangleUvs.length != triangles.length) {
      throw new IllegalArgumentException(
          "triangleUvs length " + triangleUvs.length + " != triangles length " + triangles.length);
    }
    if (triangleGroups.length != triangles.length / 3) {
      throw new IllegalArgumentException(
          "triangleGroups length " + triangleGroups.length + " != triangle count "
              + triangles.length / 3);
    }
    groupNames = List.copyOf(groupNames);
    checkRange("triangles", triangles, positions.length / 3);
    checkRange("triangleUvs", triangleUvs, uvs.length / 2);
    checkRange("triangleGroups", triangleGroups, groupNames.size());
  }

  /**
   * Builds a render mesh from a face model's topology: faces fan-split into triangles
   * (winding kept), UVs and material groups as in the OBJ. Corners without a UV get an extra
   * UV at (0, 0).
   *
   * @param topology the model's faces, UVs and materials
   * @param positions vertex positions, shape [vertexCount * 3], cm; used directly (not copied)
   * @return the mesh
   */
  public static RenderMesh fromTopology(MeshTopology topology, float[] positions) {
    if (positions.length != 3 * topology.vertexCount()) {
      throw new IllegalArgumentException(
          "positions length " + positions.length + " != 3 x " + topology.vertexCount());
    }
    MeshTopology.Triangles t = topology.triangulate();
    float[] uvs = topology.uvs();
    int[] triUv = t.uvs().clone();
    boolean missing = false;
    for (int i = 0; i < triUv.length; i++) {
      if (triUv[i] < 0) {
        triUv[i] = uvs.length / 2;
        missing = true;
      }
    }
    if (missing) {
      uvs = java.util.Arrays.copyOf(uvs, uvs.length + 2);
    }
    return new RenderMesh(positions, t.vertices(), uvs, triUv, t.materials(), topology.materials());
  }

  private static void checkRange(String what, int[] idx, int bound) {
    for (int i = 0; i < idx.length; i++) {
      if (idx[i] < 0 || idx[i] >= bound) {
        throw new IllegalArgumentException(
            what + "[" + i + "] = " + idx[i] + " out of range [0, " + bound + ")");
      }
    }
  }

  /** Returns the number of vertices. */
  public int vertexCount() {
    return positions.length / 3;
  }

  /** Returns the number of triangles. */
  public int triangleCount() {
    return triangles.length / 3;
  }

  /**
   * Returns the index of a material group.
   *
   * @param name group name, e.g. {@code M_Face}
   * @return its index, or -1 when the mesh has no such group
   */
  public int groupIndex(String name) {
    return groupNames.indexOf(name);
  }

  /**
   * Copies a new frame's positions (same topology) into {@link #positions()}.
   *
   * @param newPositions positions, shape [vertexCount * 3], cm, world frame
   */
  public void setPositions(float[] newPositions) {
    if (newPositions.length != positions.length) {
      throw new IllegalArgumentException(
          "positions length " + newPositions.length + " != " + positions.length);
    }
    System.arraycopy(newPositions, 0, positions, 0, positions.length);
  }

  /**
   * Returns a mesh with the same topology, UVs and groups and its own copy of the
   * positions (for rendering two frames, e.g. neutral and pain, side by side).
   */
  public RenderMesh withPositionsCopy() {
    return new RenderMesh(positions.clone(), triangles, uvs, triangleUvs, triangleGroups, groupNames);
  }
}
