package org.pain3d.render;

/** Seeded 2D value noise in [0, 1) with smoothstep interpolation (no state, thread-safe). */
final class Noise {
  private Noise() {}

  static float value(float x, float y, long seed) {
    int ix = (int) Math.floor(x);
    int iy = (int) Math.floor(y);
    float fx = x - ix;
    float fy = y - iy;
    fx = fx * fx * (3 - 2 * fx);
    fy = fy * fy * (3 - 2 * fy);
    float a = hash(ix, iy, seed);
    float b = hash(ix + 1, iy, seed);
    float c = hash(ix, iy + 1, seed);
    float d = hash(ix + 1, iy + 1, seed);
    return (a + (b - a) * fx) + ((c + (d - c) * fx) - (a + (b - a) * fx)) * fy;
  }

  static float hash(int x, int y, long seed) {
    long h = seed ^ (x * 0x9E3779B97F4A7C15L) ^ (y * 0xC2B2AE3D27D4EB4FL);
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    h ^= h >>> 31;
    return (h >>> 40) / (float) (1 << 24);
  }
}
