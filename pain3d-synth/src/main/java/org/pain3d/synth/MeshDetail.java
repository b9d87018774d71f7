package org.pain3d.synth;

import java.util.Locale;

/**
 * Which face mesh clip frames use ({@code pain3d video --mesh-detail}): the full model always,
 * or, for frames of at most {@link #MAX_LOD_SIZE_PX} pixels, the coarser {@link FaceLod} mesh.
 * Image commands always use the full mesh.
 */
public enum MeshDetail {
  /** The full mesh for every frame (the ablation). */
  FULL,
  /** The LOD mesh for frames of at most {@link #MAX_LOD_SIZE_PX} pixels, else the full mesh. */
  AUTO;

  /** The largest frame side, pixels, drawn with the LOD mesh under {@link #AUTO}. */
  public static final int MAX_LOD_SIZE_PX = 320;
  /** The clip JSON's name of the full mesh. */
  public static final String FULL_MESH = "full";
  /** The clip JSON's name of the LOD mesh. */
  public static final String LOD_MESH = "lod";

  /**
   * @param sizePx the frame side, pixels
   * @return whether frames of this size use the LOD mesh
   */
  public boolean usesLod(int sizePx) {
    return this == AUTO && sizePx <= MAX_LOD_SIZE_PX;
  }

  /** @return the lower-case name (the flag's value and the manifest's {@code mesh_detail}) */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
