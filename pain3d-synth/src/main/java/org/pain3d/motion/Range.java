package org.pain3d.motion;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * A closed interval {@code [min, max]} of a non-negative quantity (seconds, blinks per
 * minute, ...), sampled uniformly.
 *
 * @param min lower bound, finite, at least 0
 * @param max upper bound, finite, at least {@code min}
 */
public record Range(double min, double max) {
  /** Validates. */
  public Range {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min < 0 || max < min) {
      throw new IllegalArgumentException("a range needs 0 <= min <= max (finite), got " + fmt(min) + ":" + fmt(max));
    }
  }

  /**
   * Parses {@code MIN:MAX} or a single value {@code V} (= {@code V:V}).
   *
   * @param text the range
   * @param what what it is, for the message (e.g. "--onset")
   * @return the range
   * @throws IllegalArgumentException when malformed, negative or reversed
   */
  public static Range parse(String text, String what) {
    String[] p = text.trim().split(":", -1);
    if (p.length > 2 || p[0].isBlank()) {
      throw new IllegalArgumentException(what + " must be MIN:MAX or a single number, got '" + text.trim() + "'");
    }
    try {
      double a = Double.parseDouble(p[0].trim());
      double b = p.length == 2 ? Double.parseDouble(p[1].trim()) : a;
      return new Range(a, b);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be MIN:MAX or a single number, got '" + text.trim() + "'", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
    }
  }

  /**
   * @param rng the random source
   * @return a uniform draw in the range (its min when empty)
   */
  public double sample(RandomGenerator rng) {
    return max > min ? rng.nextDouble(min, max) : min;
  }

  /**
   * @param v a value
   * @return whether it lies in the range
   */
  public boolean contains(double v) {
    return v >= min && v <= max;
  }

  @Override
  public String toString() {
    return fmt(min) + ":" + fmt(max);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%s", v);
  }
}
