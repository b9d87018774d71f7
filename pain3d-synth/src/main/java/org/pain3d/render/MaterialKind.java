package org.pain3d.render;

import org.pain3d.face.VertexRegion;

/** How a material group of the face is coloured and lit by the procedural appearance. */
public enum MaterialKind {
  /** Skin (face and back of the head): the baked UV-space skin texture. */
  SKIN(1.0, 16),
  /** Outer eyeball: white with the iris and pupil painted by UV radius. */
  SCLERA(3.0, 64),
  /** Inner iris layer: iris colour. */
  IRIS(1.0, 32),
  /** Teeth: off-white. */
  TEETH(1.5, 32),
  /** Gums and tongue: dark pink. */
  GUMS(1.5, 16),
  /** Inside of the mouth (ICT-FaceKit's mouth socket, part of the back-head group): dark red. */
  MOUTH(0.5, 16),
  /**
   * Eyelashes: a mix of hair and skin colour. ICT-FaceKit's lash cards are meant to be
   * alpha-blended; drawn opaque they read as heavy eye shadow, so {@link #ofGroup} hides
   * them and this kind is only used by callers that opt in.
   */
  LASHES(0.3, 8),
  /** Transparent overlays (eye occlusion, eye blend, lacrimal fluid, lash cards): not drawn. */
  HIDDEN(0, 8);

  private final double specularScale;
  private final int shininess;

  MaterialKind(double specularScale, int shininess) {
    this.specularScale = specularScale;
    this.shininess = shininess;
  }

  /** Returns the multiplier of {@link Appearance#specular()} for this material. */
  public double specularScale() {
    return specularScale;
  }

  /** Returns the Blinn-Phong exponent (a power of two). */
  public int shininess() {
    return shininess;
  }

  /**
   * Classifies every triangle of a mesh: by its group ({@link #ofGroup}), except that on the
   * full ICT-FaceKit topology the skin triangles of the mouth socket
   * ({@link VertexRegion#MOUTH_SOCKET}) are {@link #MOUTH}.
   *
   * @param mesh the mesh
   * @return the kind per triangle, shape [triangleCount]
   */
  public static MaterialKind[] ofTriangles(RenderMesh mesh) {
    MaterialKind[] byGroup = new MaterialKind[mesh.groupNames().size()];
    for (int g = 0; g < byGroup.length; g++) {
      byGroup[g] = ofGroup(mesh.groupNames().get(g));
    }
    boolean ict = mesh.vertexCount() == VertexRegion.FULL_MODEL_VERTICES;
    int[] tris = mesh.triangles();
    MaterialKind[] out = new MaterialKind[mesh.triangleCount()];
    for (int t = 0; t < out.length; t++) {
      out[t] = byGroup[mesh.triangleGroups()[t]];
      if (ict && out[t] == SKIN && VertexRegion.MOUTH_SOCKET.contains(tris[3 * t])
          && VertexRegion.MOUTH_SOCKET.contains(tris[3 * t + 1])
          && VertexRegion.MOUTH_SOCKET.contains(tris[3 * t + 2])) {
        out[t] = MOUTH;
      }
    }
    return out;
  }

  /**
   * Classifies an ICT-FaceKit material group; unknown names are skin.
   *
   * @param groupName e.g. {@code M_ScleraLeft}
   */
  public static MaterialKind ofGroup(String groupName) {
    switch (groupName) {
      case "M_ScleraLeft":
      case "M_ScleraRight":
        return SCLERA;
      case "M_IrisLeft":
      case "M_IrisRight":
        return IRIS;
      case "M_Teeth":
        return TEETH;
      case "M_GumsTongue":
        return GUMS;
      case "M_EyeOcclusion":
      case "M_EyeBlend":
      case "M_LacrimalFluid":
      case "M_EyeLashes":
        return HIDDEN;
      default:
        return SKIN;
    }
  }
}
