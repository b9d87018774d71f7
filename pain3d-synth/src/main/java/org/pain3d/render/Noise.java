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
    fx = smoothstep(fx);
    fy = smoothstep(fy);
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
   * {@link #value} of one seed on a texel grid, row by row: the value at column x of row y is
   * {@code Noise.value((float) x / size * scale, (float) y / size * scale, seed)}, bit for bit.
   * Each column's lattice cell and smoothstep weight are computed once, each row's weight once
   * per row, and the interpolation along x of a lattice row pair once per lattice row (every
   * grid row in it shares it), so a value costs one interpolation along y. Not thread-safe.
   */
  public static final class Grid {
    private final long seed;
    private final float scale;
    private final int size;
    /** Per column, its lattice cell and its smoothstep weight along x. */
    private final int[] cellX;
    private final float[] weightX;
    /** The lattice values of the current lattice row pair, per lattice column from 0. */
    private final float[] low;
    private final float[] high;
    /** Per column, the current lattice row pair interpolated along x (iy, then iy + 1). */
    private final float[] top;
    private final float[] bottom;
    private int cellY = Integer.MIN_VALUE;
    private float weightY;

    /**
     * @param seed the noise's seed
     * @param scale lattice cells per {@code size} texels
     * @param width grid columns, >= 1
     * @param size texels per unit of the noise's coordinates (the u and v of a texel are
     *     {@code x / size} and {@code y / size})
     */
    public Grid(long seed, float scale, int width, int size) {
      this.seed = seed;
      this.scale = scale;
      this.size = size;
      cellX = new int[width];
      weightX = new float[width];
      int cells = 0;
      for (int x = 0; x < width; x++) {
        float at = (float) x / size * scale;
        int ix = (int) Math.floor(at);
        if (ix < 0) {
          throw new IllegalArgumentException("negative lattice column at x = " + x + ": scale " + scale);
        }
        cellX[x] = ix;
        weightX[x] = smoothstep(at - ix);
        cells = Math.max(cells, ix + 2);
      }
      low = new float[cells];
      high = new float[cells];
      top = new float[width];
      bottom = new float[width];
    }

    /**
     * Moves to a grid row (rows in any order; consecutive rows in one lattice row share work).
     *
     * @param y the row, >= 0
     */
    public void row(int y) {
      float at = (float) y / size * scale;
      int iy = (int) Math.floor(at);
      weightY = smoothstep(at - iy);
      if (iy == cellY) {
        return;
      }
      cellY = iy;
      for (int j = 0; j < low.length; j++) {
        low[j] = hash(j, iy, seed);
        high[j] = hash(j, iy + 1, seed);
      }
      for (int x = 0; x < top.length; x++) {
        int ix = cellX[x];
        float fx = weightX[x];
        top[x] = low[ix] + (low[ix + 1] - low[ix]) * fx;
        bottom[x] = high[ix] + (high[ix + 1] - high[ix]) * fx;
      }
    }

    /**
     * @param x the column, in [0, width)
     * @return the noise at column x of the current row
     */
    public float at(int x) {
      float t = top[x];
      return t + (bottom[x] - t) * weightY;
    }
  }

  /** The smoothstep weight of a lattice fraction, as {@link #blend} computes it. */
  static float smoothstep(float f) {
    return f * f * (3 - 2 * f);
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
