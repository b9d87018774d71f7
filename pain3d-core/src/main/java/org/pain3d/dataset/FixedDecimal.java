package org.pain3d.dataset;

import java.util.Locale;

/**
 * Appends a double with a fixed number of decimal places, the same characters as {@code
 * String.format(Locale.ROOT, "%.Nf", v)} without building a formatter per value (a clip's frame
 * table formats about 20 values per frame, which took 2 % of a 256 px clip frame's CPU).
 *
 * <p>Java's formatter rounds the shortest decimal representation of the value half up. That
 * representation lies within half a unit in the last place of the value, so rounding the value
 * itself gives the same digits unless it is within that distance of a rounding boundary (a tie):
 * values within 1e-6 of a tie (in units of the last printed place), values of 1e8 such units or
 * more (where a unit in the last place of the value nears that margin), and NaN and infinities
 * are handed to the formatter.
 */
final class FixedDecimal {
  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
  /** Largest magnitude, in units of the last printed place, taken by the fast path. */
  private static final double FAST_LIMIT = 1e8;
  /** Distance from a tie, in units of the last printed place, under which the formatter decides. */
  private static final double TIE_MARGIN = 1e-6;

  private FixedDecimal() {}

  /**
   * Appends {@code v} with {@code places} decimals, as {@code String.format(Locale.ROOT, "%.<places>f", v)}.
   *
   * @param sb where to append
   * @param v the value
   * @param places decimal places, 1..6
   * @return sb
   */
  static StringBuilder append(StringBuilder sb, double v, int places) {
    if (places < 1 || places >= POWERS.length) {
      throw new IllegalArgumentException("decimal places must be 1.." + (POWERS.length - 1) + ", got " + places);
    }
    long scale = POWERS[places];
    double scaled = Math.abs(v) * scale;
    if (!(scaled < FAST_LIMIT) || Math.abs(scaled - Math.floor(scaled) - 0.5) < TIE_MARGIN) {
      return sb.append(String.format(Locale.ROOT, "%." + places + "f", v));
    }
    long r = (long) Math.floor(scaled + 0.5);
    if (v < 0 || (v == 0 && 1 / v < 0)) {
      sb.append('-');
    }
    sb.append(r / scale).append('.');
    long f = r % scale;
    for (long p = scale / 10; p > 0; p /= 10) {
      sb.append((char) ('0' + f / p % 10));
    }
    return sb;
  }
}
