package org.pain3d.train;


/**
 * Where a {@link TokenCache} keeps each image's backbone tokens ({@code T x D} floats, the same
 * shape for every image): on the heap ({@link InMemoryTokenStore}) or in a folder that outlives
 * the process and can be shared by the folds of a cross-validation ({@link DiskTokenStore}).
 */
public interface TokenStore {
  /**
   * @param key an image key ({@link org.pain3d.pairs.ImageRef#key()})
   * @return the tokens, or {@code null} when not stored
   */
  float[] get(String key);

  /**
   * Stores an image's tokens.
   *
   * @param key the image key
   * @param tokens {@code T * D} floats
   * @param shape {@code {T, D}}, equal for every image of a store
   * @throws IllegalArgumentException if the shape differs from the stored ones
   */
  void put(String key, float[] tokens, long[] shape);

  /** @return {@code {T, D}}, or {@code null} while empty */
  long[] shape();

  /** @return stored images */
  int size();
}
