package org.pain3d.tensor;

import java.util.Map;

/**
 * The contents of a safetensors file: its tensors (converted to float32) in header order and its
 * {@code __metadata__} strings.
 *
 * @param tensors name to tensor, in the order the header lists them (unmodifiable)
 * @param metadata the free-form metadata (unmodifiable, empty when absent)
 */
public record SafetensorsContent(Map<String, HostTensor> tensors, Map<String, String> metadata) {
  /** Wraps the maps unmodifiable. */
  public SafetensorsContent {
    tensors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tensors));
    metadata = Map.copyOf(metadata);
  }
}
