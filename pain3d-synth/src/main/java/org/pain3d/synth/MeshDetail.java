package org.pain3d.synth;

import java.util.Locale;

/**
 * Which face mesh clip frames and dataset images use ({@code pain3d video --mesh-detail},
 * {@code pain3d generate --mesh-detail}): the full model always, or a coarser {@link FaceLod}
 * mesh over the same vertices: clip frames of at most {@link #MAX_LOD_SIZE_PX} pixels with
 * {@link FaceLod#TARGET_FRACTION} of the triangles, {@code generate}'s scene images (varied and
 * bedside; the studio look keeps the full mesh) of at most {@link #MAX_IMAGE_LOD_SIZE_PX}
 * pixels with {@link FaceLod#IMAGE_TARGET_FRACTION}. {@code render} and {@code gallery} always
 * use the full mesh.
 */
public enum MeshDetail {
  /** The full mesh for every frame (the ablation). */
  FULL,
  /** The LOD mesh for frames of at most {@link #MAX_LOD_SIZE_PX} pixels, else the full mesh. */
  AUTO;

  /** The largest frame side, pixels, drawn with the LOD mesh under {@link #AUTO}. */
  public static final int MAX_LOD_SIZE_PX = 320;
  /** The largest side of a dataset image, pixels, drawn with the LOD mesh under {@link #AUTO}. */
  public static final int MAX_IMAGE_LOD_SIZE_PX = 512;
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

  /**
   * @param sizePx the side of {@code generate}'s images, pixels
   * @return whether scene images of this size use the LOD mesh ({@link FaceLod#IMAGE_TARGET_FRACTION})
   */
  public boolean usesImageLod(int sizePx) {
    return this == AUTO && sizePx <= MAX_IMAGE_LOD_SIZE_PX;
  }

  /** @return the lower-case name (the flag's value and the manifest's {@code mesh_detail}) */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
