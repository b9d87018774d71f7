package org.pain3d.render.scene;

import java.util.Objects;

/**
 * A mask over mouth and nose.
 *
 * @param kind oxygen, surgical or cloth mask
 * @param fabric fabric of a face mask (its primary colour tints an oxygen mask's shell)
 * @param strapRgb colour of the strap or ear loops, packed sRGB
 */
public record MouthCoverSpec(MouthCoverKind kind, Fabric fabric, int strapRgb) {
  /** Validates. */
  public MouthCoverSpec {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fabric, "fabric");
  }
}
