package org.pain3d.render.scene;

import java.util.Objects;

/**
 * Headwear.
 *
 * @param kind style
 * @param fabric its fabric
 */
public record HeadwearSpec(HeadwearKind kind, Fabric fabric) {
  /** Validates. */
  public HeadwearSpec {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fabric, "fabric");
  }
}
