package org.pain3d.synth.scene;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.random.RandomGenerator;

/**
 * A closed interval {@code [min, max]} of a scene parameter; JSON {@code [min, max]}.
 *
 * @param min lower bound
 * @param max upper bound, {@code >= min}
 */
public record Range(double min, double max) {
  /** Validates the bounds. */
  public Range {
    if (!Double.isFinite(min) || !Double.isFinite(max)) {
      throw new IllegalArgumentException("range bounds must be finite numbers");
    }
    if (min > max) {
      throw new IllegalArgumentException("range [" + min + ", " + max + "] has min > max");
    }
  }

  /**
   * From JSON {@code [min, max]}.
   *
   * @param bounds two numbers
   * @return the range
   */
  @JsonCreator
  public static Range of(double[] bounds) {
    if (bounds == null || bounds.length != 2) {
      throw new IllegalArgumentException("a range is [min, max]");
    }
    return new Range(bounds[0], bounds[1]);
  }

  /**
   * A single value.
   *
   * @param v the value
   * @return [v, v]
   */
  public static Range exactly(double v) {
    return new Range(v, v);
  }

  /** Returns {@code [min, max]} for JSON. */
  @JsonValue
  public double[] bounds() {
    return new double[] {min, max};
  }

  /**
   * Draws uniformly.
   *
   * @param rnd the random source
   * @return a value in [min, max]
   */
  public double draw(RandomGenerator rnd) {
    return min == max ? min : min + (max - min) * rnd.nextDouble();
  }

  /**
   * Checks that the range lies within bounds.
   *
   * @param name the parameter's JSON path, for the message
   * @param lo lowest allowed value
   * @param hi highest allowed value
   * @return this
   */
  Range within(String name, double lo, double hi) {
    if (min < lo || max > hi) {
      throw new IllegalArgumentException(name + " [" + min + ", " + max + "] is outside [" + lo + ", " + hi + "]");
    }
    return this;
  }

  static double rate(String name, double r) {
    if (!(r >= 0 && r <= 1)) {
      throw new IllegalArgumentException(name + " must be a rate in [0, 1], got " + r);
    }
    return r;
  }

  static Range checked(String name, Range r, double lo, double hi) {
    if (r == null) {
      throw new IllegalArgumentException(name + " is missing");
    }
    return r.within(name, lo, hi);
  }
}
