package org.pain3d.render.scene;

import java.util.Objects;

/**
 * The pillow under a lying patient's head.
 *
 * @param fabric its cover
 * @param sinkCm how deep the head sinks into it, cm, in [0, 6]
 */
public record PillowSpec(Fabric fabric, double sinkCm) {
  /** Validates ranges. */
  public PillowSpec {
    Objects.requireNonNull(fabric, "fabric");
    if (!(sinkCm >= 0 && sinkCm <= 6)) {
      throw new IllegalArgumentException("pillow sink out of [0, 6] cm: " + sinkCm);
    }
  }
}
