package org.pain3d.pairs;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A pain image's pain-region heatmap, loaded on demand.
 *
 * @param key stable unique key (the raw heatmap's path; teacher caches use it)
 * @param mm loads float[S * S]: displacement in mm at the network's side S ({@link
 *     Heatmaps#loadMm})
 * @param size the side S in pixels
 */
public record HeatmapRef(String key, Supplier<float[]> mm, int size) {
  /** Requires both. */
  public HeatmapRef {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(mm, "mm");
  }

  /** @return the map as the teacher's input image ({@link Heatmaps#pixels}) */
  public ImageRef asImage() {
    return new ImageRef(key, () -> Heatmaps.pixels(mm.get(), size));
  }
}
