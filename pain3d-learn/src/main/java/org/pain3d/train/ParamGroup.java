package org.pain3d.train;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * Parameters that share a learning-rate factor.
 *
 * @param name group name (state keys use it)
 * @param params trainable arrays (each {@code requiresGradient})
 * @param lrScale factor applied to the base learning rate (1.0 heads, 0.1 LoRA)
 */
public record ParamGroup(String name, List<NDArray> params, double lrScale) {
  /** Validates. */
  public ParamGroup {
    params = List.copyOf(params);
    if (!(lrScale > 0)) {
      throw new IllegalArgumentException("lrScale must be > 0, got " + lrScale);
    }
  }
}
