package org.pain3d.render;

/** Seeded 2D value noise in [0, 1) with smoothstep interpolation (no state, thread-safe). */
public final class Noise {
  private Noise() {}

  /**
   * Value noise at a point.
   *
   * @param x lattice x (one lattice cell per unit)
   * @param y lattice y
   * @param seed the noise's seed
   * @return a value in [0, 1)
   */
  public static float value(float x, float y, long seed) {
    int ix = (int) Math.floor(x);
    int iy = (int) Math.floor(y);
    return blend(hash(ix, iy, seed), hash(ix + 1, iy, seed), hash(ix, iy + 1, seed),
        hash(ix + 1, iy + 1, seed), x - ix, y - iy);
  }

  /** Smoothstep blend of the corner values a (ix, iy), b (ix+1, iy), c (ix, iy+1), d. */
  static float blend(float a, float b, float c, float d, float fx, float fy) {
    fx = fx * fx * (3 - 2 * fx);
    fy = fy * fy * (3 - 2 * fy);
    return (a + (b - a) * fx) + ((c + (d - c) * fx) - (a + (b - a) * fx)) * fy;
  }

  /**
   * {@link #value} for one seed that remembers the last lattice cell's corner hashes (the
   * same values, far fewer hashes when neighbouring points share a cell). Not thread-safe.
   */
  public static final class Cached {
    private final long seed;
    private int cellX = Integer.MIN_VALUE;
    private int cellY = Integer.MIN_VALUE;
    private float a;
    private float b;
    private float c;
    private float d;

    /** @param seed the noise's seed */
    public Cached(long seed) {
      this.seed = seed;
    }

    /**
     * @param x lattice x
     * @param y lattice y
     * @return the same value as {@link Noise#value(float, float, long)}
     */
    public float value(float x, float y) {
      int ix = (int) Math.floor(x);
      int iy = (int) Math.floor(y);
      if (ix != cellX || iy != cellY) {
        a = hash(ix, iy, seed);
        b = hash(ix + 1, iy, seed);
        c = hash(ix, iy + 1, seed);
        d = hash(ix + 1, iy + 1, seed);
        cellX = ix;
        cellY = iy;
      }
      return blend(a, b, c, d, x - ix, y - iy);
    }
  }

  /**
   * The lattice value at an integer point.
   *
   * @param x lattice x
   * @param y lattice y
   * @param seed the noise's seed
   * @return a value in [0, 1)
   */
  public static float hash(int x, int y, long seed) {
    long h = seed ^ (x * 0x9E3779B97F4A7C15L) ^ (y * 0xC2B2AE3D27D4EB4FL);
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    h ^= h >>> 31;
    return (h >>> 40) / (float) (1 << 24);
  }
}
