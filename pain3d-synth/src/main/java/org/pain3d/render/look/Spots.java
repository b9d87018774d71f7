package org.pain3d.render.look;

import org.pain3d.render.Noise;

/**
 * A seeded field of round spots in a plane (freckles, lentigines, blemishes): a jittered grid
 * of cells of side {@code cell}; a cell holds a spot with probability {@code density}, at a
 * random place, with a random radius in [0.5, 1] x {@code radius} and a random strength in
 * [0.5, 1]. Stateless and thread-safe.
 */
final class Spots {
  private Spots() {}

  /**
   * The spot coverage at a point: 1 at a spot's centre, falling smoothly to 0 at its rim,
   * times its strength; the strongest of the spots that reach it.
   *
   * @param x point x, cm
   * @param y point y, cm
   * @param cell grid cell side, cm
   * @param radius largest spot radius, cm (at most half a cell: only the 2 x 2 cells
   *     nearest the point can reach it)
   * @param density probability that a cell has a spot, in [0, 1]
   * @param seed the field's seed
   * @return coverage in [0, 1]
   */
  static float at(float x, float y, float cell, float radius, float density, long seed) {
    if (density <= 0) {
      return 0;
    }
    if (radius > 0.5f * cell) {
      throw new IllegalArgumentException("spot radius must be at most half a cell");
    }
    float gx = x / cell;
    float gy = y / cell;
    int cx = (int) Math.floor(gx - 0.5f);
    int cy = (int) Math.floor(gy - 0.5f);
    float best = 0;
    for (int j = cy; j <= cy + 1; j++) {
      for (int i = cx; i <= cx + 1; i++) {
        if (Noise.hash(i, j, seed) >= density) {
          continue;
        }
        float sx = i + Noise.hash(i, j, seed + 1);
        float sy = j + Noise.hash(i, j, seed + 2);
        float r = radius / cell * (0.5f + 0.5f * Noise.hash(i, j, seed + 3));
        float dx = gx - sx;
        float dy = gy - sy;
        float d2 = (dx * dx + dy * dy) / (r * r);
        if (d2 < 1) {
          float t = 1 - d2;
          best = Math.max(best, t * t * (0.5f + 0.5f * Noise.hash(i, j, seed + 4)));
        }
      }
    }
    return best;
  }
}
