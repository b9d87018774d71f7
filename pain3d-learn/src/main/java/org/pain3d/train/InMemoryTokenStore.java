package org.pain3d.train;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Tokens on the heap: {@code 4 T D} bytes per image (about 300 kB for ViT-S/16 at 224 px). */
public final class InMemoryTokenStore implements TokenStore {
  private final Map<String, float[]> tokens = new HashMap<>();
  private long[] shape;

  @Override
  public synchronized float[] get(String key) {
    return tokens.get(key);
  }

  @Override
  public synchronized void put(String key, float[] values, long[] tokenShape) {
    if (shape == null) {
      shape = tokenShape.clone();
    } else if (!Arrays.equals(shape, tokenShape)) {
      throw new IllegalArgumentException("token shape " + Arrays.toString(tokenShape)
          + " differs from the stored " + Arrays.toString(shape));
    }
    tokens.put(key, values);
  }

  @Override
  public synchronized long[] shape() {
    return shape == null ? null : shape.clone();
  }

  @Override
  public synchronized int size() {
    return tokens.size();
  }
}
