package org.pain3d.render;

import java.util.Collection;

/**
 * What the rasteriser draws.
 *
 * @param cullBackFaces skip triangles seen from behind (clockwise on screen)
 * @param groupMask bit {@code g} set draws material group {@code g} (groups 0..63)
 */
public record RasterOptions(boolean cullBackFaces, long groupMask) {

  /** Returns options drawing every group with back-face culling. */
  public static RasterOptions all() {
    return new RasterOptions(true, -1L);
  }

  /**
   * Returns options drawing every group of the mesh except the named ones, with culling.
   *
   * @param mesh the mesh (names are resolved against its groups; unknown names are ignored)
   * @param excluded group names not to draw
   */
  public static RasterOptions excluding(RenderMesh mesh, Collection<String> excluded) {
    long mask = -1L;
    for (String name : excluded) {
      int g = mesh.groupIndex(name);
      if (g >= 0 && g < 64) {
        mask &= ~(1L << g);
      }
    }
    return new RasterOptions(true, mask);
  }

  /** Returns true when group {@code g} is drawn. */
  public boolean draws(int g) {
    return g >= 64 || (groupMask >>> g & 1L) != 0;
  }
}
