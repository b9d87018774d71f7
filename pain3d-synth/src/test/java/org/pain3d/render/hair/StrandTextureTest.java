package org.pain3d.render.hair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Strand coverage and grey strands: a density's mean cover follows the density, rises with it,
 * gives nothing at 0 and every strand at 1; grey hair's greyness averages the grey share and
 * its strands stand out from it by a bounded amount (no white stripes on dark). Facial hair here
 * is drawn without the beard's light (whole hairs); {@link BeardLightTest} covers it with.
 * Straight strands waver apart, clump by clump, never crossing.
 */
class StrandTextureTest {
  private static StrandTexture texture(double grey, HairStyle style) {
    return StrandTexture.of(new HairLook(style, 0x3A2A1E, grey, 1, 1, 5, FacialHairStyle.FULL_BEARD, 0.8, false, true, 0.7,
        true, false, 4));
  }

  private static double meanCover(StrandTexture t, int kind, float density) {
    double sum = 0;
    double opacity = 0;
    int n = t.texels(kind);
    for (int i = 0; i < n; i++) {
      sum += t.cover(kind, i, density);
      opacity += t.opacity(kind, i);
    }
    return sum / opacity;
  }

  @Test
  void coverFollowsTheDensity() {
    StrandTexture curly = texture(0, HairStyle.CURLY_LONG);
    StrandTexture straight = texture(0, HairStyle.LONG);
    assertThat(curly.has(StrandTexture.STRAIGHT)).as("a curly style's straight table").isFalse();
    assertThat(straight.has(StrandTexture.CURLY)).as("a straight style's curly table").isFalse();
    for (int kind : new int[] {StrandTexture.STRAIGHT, StrandTexture.FACIAL, StrandTexture.CURLY}) {
      StrandTexture t = kind == StrandTexture.STRAIGHT ? straight : curly;
      assertThat(meanCover(t, kind, 0)).isZero();
      assertThat(meanCover(t, kind, 1)).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
      double prev = 0;
      for (float d = 0.1f; d <= 0.91f; d += 0.1f) {
        double c = meanCover(t, kind, d);
        assertThat(c).as("kind %d density %.1f", kind, d).isGreaterThanOrEqualTo(prev);
        assertThat(Math.abs(c - d)).as("kind %d density %.1f cover %.3f", kind, d, c).isLessThan(0.2);
        prev = c;
      }
      // Per texel: a strand is either drawn or not, mostly (few half-drawn strands).
      int n = t.texels(kind);
      int half = 0;
      for (int i = 0; i < n; i++) {
        float c = t.cover(kind, i, 0.5f) / t.opacity(kind, i);
        half += c > 0.2f && c < 0.8f ? 1 : 0;
      }
      assertThat(half / (double) n).as("half-drawn share, kind %d", kind).isLessThan(0.35);
    }
  }

  @Test
  void greyAveragesTheShareWithoutStripes() {
    for (double share : new double[] {0.3, 0.6}) {
      StrandTexture t = texture(share, HairStyle.LONG);
      for (int kind : new int[] {StrandTexture.STRAIGHT, StrandTexture.FACIAL}) {
        double sum = 0;
        float lo = 1;
        float hi = 0;
        int n = StrandTexture.W * StrandTexture.H;
        for (int i = 0; i < n; i++) {
          float g = t.grey(kind, i);
          sum += g;
          lo = Math.min(lo, g);
          hi = Math.max(hi, g);
        }
        assertThat(sum / n).as("mean greyness, share %.1f kind %d", share, kind).isBetween(share - 0.12, share + 0.12);
        assertThat(hi - lo).as("greyness range, share %.1f kind %d", share, kind).isLessThanOrEqualTo(0.46f);
      }
    }
    StrandTexture none = texture(0, HairStyle.LONG);
    assertThat(none.grey(StrandTexture.STRAIGHT, 123)).isZero();
  }

  @Test
  void theSameLookGivesTheSameTexture() {
    StrandTexture a = texture(0.4, HairStyle.CURLY_SHORT);
    StrandTexture b = texture(0.4, HairStyle.CURLY_SHORT);
    for (int kind = 0; kind < 4; kind++) {
      assertThat(b.has(kind)).isEqualTo(a.has(kind));
      for (int i = 0; a.has(kind) && i < a.texels(kind); i += 7) {
        assertThat(a.cover(kind, i, 0.6f)).isEqualTo(b.cover(kind, i, 0.6f));
        assertThat(a.brightness(kind, i)).isEqualTo(b.brightness(kind, i));
      }
    }
  }

  /**
   * Curly hair is drawn as whole curls: a thinning edge keeps or drops a curl with the shadow
   * round it, so the threshold is shared along a curl's ring and changes between curls, and not
   * in square blocks of the table (the earlier pattern's per-block thresholds drew the cap as
   * square blocks at 512 px). Checked on the table: texels two apart across a curl's ring are
   * mostly on the same curl, few 4 x 4 blocks of the grid have one threshold, and the texels of
   * one threshold spread over both axes (rings, not streaks).
   */
  @Test
  void curlyHairIsWholeCurlsNotSquareBlocks() {
    StrandTexture t = texture(0, HairStyle.CURLY_LONG);
    int k = StrandTexture.CURLY;
    int w = StrandTexture.W;
    int rows = t.texels(k) / w;
    assertThat(rows).isEqualTo(StrandTexture.CURLY_H);
    int blocks = 0;
    int uniform = 0;
    for (int by = 0; by + 4 <= rows; by += 4) {
      for (int bx = 0; bx + 4 <= w; bx += 4) {
        java.util.Set<Float> seen = new java.util.HashSet<>();
        for (int y = by; y < by + 4; y++) {
          for (int x = bx; x < bx + 4; x++) {
            seen.add(threshold(t, k, y * w + x));
          }
        }
        blocks++;
        uniform += seen.size() == 1 ? 1 : 0;
      }
    }
    assertThat(uniform / (double) blocks).as("4 x 4 blocks of one threshold").isLessThan(0.2);
    // The texels of each curl: their extent across and along the table.
    java.util.Map<Float, int[]> extent = new java.util.HashMap<>();
    for (int y = 0; y < rows; y++) {
      for (int x = 0; x < w; x++) {
        int[] e = extent.computeIfAbsent(threshold(t, k, y * w + x), f -> new int[] {w, -1, rows, -1});
        e[0] = Math.min(e[0], x);
        e[1] = Math.max(e[1], x);
        e[2] = Math.min(e[2], y);
        e[3] = Math.max(e[3], y);
      }
    }
    int round = 0;
    for (int[] e : extent.values()) {
      int across = e[1] - e[0] + 1;
      int along = e[3] - e[2] + 1;
      round += across >= 4 && along >= 4 && across <= 3 * along && along <= 3 * across ? 1 : 0;
    }
    assertThat(extent.size()).as("curls in the table").isGreaterThan(500);
    assertThat(round / (double) extent.size()).as("curls spread over both axes").isGreaterThan(0.7);
  }

  /** The threshold of a texel: the cover at densities either side of it (cover is 0 below it, full above). */
  private static float threshold(StrandTexture t, int kind, int i) {
    float lo = 0;
    float hi = 1;
    for (int step = 0; step < 20; step++) {
      float mid = 0.5f * (lo + hi);
      if (t.cover(kind, i, mid) > 0.5f * t.opacity(kind, i)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return Math.round(hi * 4096) / 4096f;
  }

  /**
   * Lashes: every lane is drawn in the root band (the lash line), the fringe thins with the
   * distance from the lid (fewer and thinner lashes), and nothing is drawn past the longest lash.
   */
  @Test
  void lashesAreDenseAtTheRootAndThinTowardsTheirTips() {
    StrandTexture t = texture(0, HairStyle.LONG);
    double previous = Double.MAX_VALUE;
    for (float cm = 0.01f; cm < 1.2f; cm += 0.05f) {
      double sum = 0;
      for (int lane = 0; lane < StrandTexture.W; lane++) {
        float opacity = t.opacity(StrandTexture.LASH, t.index(StrandTexture.LASH, lane / 8f + 0.01f, cm));
        if (cm < 0.04f) {
          assertThat(opacity).as("lane %d at the root", lane).isGreaterThan(0.99f);
        }
        sum += opacity;
      }
      double mean = sum / StrandTexture.W;
      assertThat(mean).as("mean lash opacity %.2f cm from the root", cm).isLessThanOrEqualTo(previous);
      if (cm > 0.3f && cm < 0.35f) {
        assertThat(mean).as("fringe at 0.3 cm").isBetween(0.3, 0.8);
      }
      if (cm > 1.05f) {
        assertThat(mean).as("past the longest lash").isZero();
      }
      previous = mean;
    }
  }

  /**
   * The lateral shift (texels, -8..8) that best lines up row b's straight strands with row a's
   * over the columns [from, from + 48), by the correlation of their greyness (a function of the
   * strand alone, the same all along it).
   */
  private static int shift(StrandTexture t, int a, int b, int from) {
    int best = 0;
    double bestScore = -Double.MAX_VALUE;
    for (int s = -8; s <= 8; s++) {
      double score = 0;
      for (int i = from; i < from + 48; i++) {
        double x = t.grey(StrandTexture.STRAIGHT, texel(t, i, a));
        double y = t.grey(StrandTexture.STRAIGHT, texel(t, i + s, b));
        score -= (x - y) * (x - y);
      }
      if (score > bestScore) {
        bestScore = score;
        best = s;
      }
    }
    return best;
  }

  /** The straight table's texel (i, j) (12 texels per cm across, 6 along). */
  private static int texel(StrandTexture t, int i, int j) {
    return t.index(StrandTexture.STRAIGHT, i / 12f + 1e-4f, j / 6f + 1e-4f);
  }

  @Test
  void straightStrandsWaverApartAcrossTheTileNotAllTogether() {
    StrandTexture t = texture(0.5, HairStyle.MEDIUM);
    // Rows 16 apart (2.7 cm along the strands): the strands' shift between them differs from one
    // part of the row to another (with one waver per row it was the same all across).
    int apart = 0;
    for (int a = 0; a + 16 < StrandTexture.H; a += 8) {
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      for (int from = 0; from + 56 <= StrandTexture.W; from += 48) {
        int s = shift(t, a, a + 16, from);
        min = Math.min(min, s);
        max = Math.max(max, s);
      }
      if (max - min >= 2) {
        apart++;
      }
    }
    assertThat(apart).as("row pairs whose strands shift by 2 texels or more differently across the row")
        .isGreaterThan(5);
  }

  @Test
  void waveringStrandsNeverCrossAndTheTileRepeatsWithoutASeam() {
    for (long seed = 0; seed < 20; seed++) {
      for (int j = 0; j < StrandTexture.H; j++) {
        for (int i = 0; i < StrandTexture.W; i++) {
          float x = i + StrandTexture.WAVER * StrandTexture.waver(i, j, seed);
          if (i + 1 < StrandTexture.W) {
            float next = i + 1 + StrandTexture.WAVER * StrandTexture.waver(i + 1, j, seed);
            assertThat(next - x).as("spacing of neighbouring strands, texels").isGreaterThan(0.5f);
          }
        }
        // Across the tile's edge the waver goes on where it left off (as between any two columns).
        float last = StrandTexture.waver(StrandTexture.W - 1, j, seed);
        float first = StrandTexture.waver(0, j, seed);
        float inside = StrandTexture.waver(StrandTexture.W - 2, j, seed);
        assertThat(Math.abs(first - last)).as("step over the tile's edge")
            .isLessThanOrEqualTo(Math.abs(last - inside) + 0.05f);
      }
    }
  }
}
