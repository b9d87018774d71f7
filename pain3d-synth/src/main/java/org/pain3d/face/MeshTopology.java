package org.pain3d.face;

import java.util.List;

/**
 * The polygon structure of a mesh as read from its OBJ: faces (quads and triangles), their
 * UV corners and material groups. Shared by all shapes of a morphable model.
 *
 * <p>Face {@code f} has corners {@code faceStarts[f] .. faceStarts[f+1]-1}; corner {@code c}
 * refers to vertex {@code cornerVertices[c]} and UV {@code cornerUvs[c]} (-1 when the OBJ
 * gave none). Indices are 0-based.
 *
 * @param vertexCount number of vertices V the faces index
 * @param faceStarts corner offsets, length F + 1
 * @param cornerVertices vertex index per corner
 * @param cornerUvs UV index per corner, or -1
 * @param uvs texture coordinates, 2 per UV ({@code u v}, v up as in OBJ)
 * @param faceMaterials material group index per face, into {@code materials}
 * @param materials material group names in order of first use ({@code usemtl})
 */
public record MeshTopology(
    int vertexCount,
    int[] faceStarts,
    int[] cornerVertices,
    int[] cornerUvs,
    float[] uvs,
    int[] faceMaterials,
    List<String> materials) {

  /** Validates sizes and index ranges. */
  public MeshTopology {
    materials = List.copyOf(materials);
    if (faceStarts.length < 1 || faceStarts[0] != 0) {
      throw new IllegalArgumentException("faceStarts must start with 0");
    }
    int faces = faceStarts.length - 1;
    if (faceStarts[faces] != cornerVertices.length || cornerUvs.length != cornerVertices.length) {
      throw new IllegalArgumentException("corner arrays do not match faceStarts");
    }
    if (faceMaterials.length != faces) {
      throw new IllegalArgumentException("faceMaterials must have one entry per face");
    }
    if (uvs.length % 2 != 0) {
      throw new IllegalArgumentException("uvs must hold pairs");
    }
  }

  /** @return number of faces F */
  public int faceCount() {
    return faceStarts.length - 1;
  }

  /** @return number of UV coordinates */
  public int uvCount() {
    return uvs.length / 2;
  }

  /**
   * Number of corners of face {@code f}.
   *
   * @param f face index
   * @return 3 for a triangle, 4 for a quad
   */
  public int cornerCount(int f) {
    return faceStarts[f + 1] - faceStarts[f];
  }

  /** @return number of triangles after fan-splitting every face */
  public int triangleCount() {
    int n = 0;
    for (int f = 0; f < faceCount(); f++) {
      n += cornerCount(f) - 2;
    }
    return n;
  }

  /**
   * Fan-splits every face into triangles (corner 0, k, k + 1), keeping the winding.
   *
   * @return the triangles
   */
  public Triangles triangulate() {
    int t = triangleCount();
    int[] tv = new int[3 * t];
    int[] tuv = new int[3 * t];
    int[] tm = new int[t];
    int k = 0;
    for (int f = 0; f < faceCount(); f++) {
      int s = faceStarts[f];
      for (int c = 1; c + 1 < cornerCount(f); c++) {
        tv[3 * k] = cornerVertices[s];
        tv[3 * k + 1] = cornerVertices[s + c];
        tv[3 * k + 2] = cornerVertices[s + c + 1];
        tuv[3 * k] = cornerUvs[s];
        tuv[3 * k + 1] = cornerUvs[s + c];
        tuv[3 * k + 2] = cornerUvs[s + c + 1];
        tm[k] = faceMaterials[f];
        k++;
      }
    }
    return new Triangles(tv, tuv, tm);
  }

  /**
   * A triangle list derived from the faces.
   *
   * @param vertices 3 vertex indices per triangle, same winding as the OBJ face
   * @param uvs 3 UV indices per triangle (-1 when absent)
   * @param materials material group index per triangle
   */
  public record Triangles(int[] vertices, int[] uvs, int[] materials) {
    /** @return number of triangles */
    public int count() {
      return materials.length;
    }
  }
}
