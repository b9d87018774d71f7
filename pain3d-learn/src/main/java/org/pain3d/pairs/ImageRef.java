package org.pain3d.pairs;

import java.util.function.Supplier;

/**
 * One network input image, loaded on demand.
 *
 * @param key stable unique key (token caches use it)
 * @param pixels loads float[3 * S * S], CHW, ImageNet-normalised
 */
public record ImageRef(String key, Supplier<float[]> pixels) {
  /** Requires both. */
  public ImageRef {
    java.util.Objects.requireNonNull(key, "key");
    java.util.Objects.requireNonNull(pixels, "pixels");
  }
}
