package org.pain3d.au;

import java.util.random.RandomGenerator;
import org.pain3d.pspi.Pspi;

/**
 * Spreads N pain levels of one identity over a PSPI range by stratified sampling: the range
 * is cut into N contiguous strata of (nearly) equal size and one level is drawn uniformly in
 * each, so the levels are sorted, cover the range evenly and are distinct whenever N is at
 * most the range's size (for more, strata repeat single levels).
 *
 * @param minPspi lowest level, at least 1 (pain sets have pain), at most {@code maxPspi}
 * @param maxPspi highest level, at most 16
 */
public record PainLevelSampler(int minPspi, int maxPspi) {
  /** Validates the range. */
  public PainLevelSampler {
    if (minPspi < 1 || maxPspi > Pspi.MAX || minPspi > maxPspi) {
      throw new IllegalArgumentException(
          "pain level range must satisfy 1 <= min <= max <= 16, got " + minPspi + ".." + maxPspi);
    }
  }

  /** @return the full range 1..16 */
  public static PainLevelSampler fullRange() {
    return new PainLevelSampler(1, Pspi.MAX);
  }

  /**
   * The inclusive bounds of stratum {@code i} of {@code count}.
   *
   * @param i stratum index, 0..count-1
   * @param count number of strata
   * @return {low, high}
   */
  public int[] stratum(int i, int count) {
    int n = maxPspi - minPspi + 1;
    int lo = minPspi + (int) ((long) i * n / count);
    int hi = Math.max(lo, minPspi + (int) ((long) (i + 1) * n / count) - 1);
    return new int[] {lo, hi};
  }

  /**
   * @param count number of pain levels, at least 1
   * @param rng the random source
   * @return {@code count} levels, non-decreasing
   */
  public int[] sample(int count, RandomGenerator rng) {
    if (count < 1) {
      throw new IllegalArgumentException("need at least one pain level, got " + count);
    }
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      int[] s = stratum(i, count);
      out[i] = s[0] + rng.nextInt(s[1] - s[0] + 1);
    }
    return out;
  }
}
