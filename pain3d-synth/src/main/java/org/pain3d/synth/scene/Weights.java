package org.pain3d.synth.scene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Helpers for categorical weights keyed by lower-case enum names ({@code {"t_shirt": 2, ...}}). */
final class Weights {
  private Weights() {}

  /**
   * Validates weights: keys are the enum's constants in lower case, values >= 0, some > 0.
   *
   * @return an unmodifiable copy in enum order (missing keys weigh 0)
   */
  static <E extends Enum<E>> Map<String, Double> check(String name, Map<String, Double> w, Class<E> type) {
    if (w == null) {
      throw new IllegalArgumentException(name + " is missing");
    }
    Map<String, Double> out = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      keys.add(key(e));
    }
    for (Map.Entry<String, Double> e : w.entrySet()) {
      if (!keys.contains(e.getKey())) {
        throw new IllegalArgumentException(name + ": unknown choice '" + e.getKey() + "' (expected one of "
            + String.join(", ", keys) + ")");
      }
      Double v = e.getValue();
      if (v == null || !(v >= 0) || !Double.isFinite(v)) {
        throw new IllegalArgumentException(name + "." + e.getKey() + " must be a weight >= 0, got " + v);
      }
    }
    double sum = 0;
    for (String k : keys) {
      double v = w.getOrDefault(k, 0.0);
      out.put(k, v);
      sum += v;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(name + " needs at least one positive weight");
    }
    return Collections.unmodifiableMap(out);
  }

  static String key(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** The probability of one choice. */
  static double probability(Map<String, Double> w, Enum<?> choice) {
    double sum = w.values().stream().mapToDouble(Double::doubleValue).sum();
    return w.getOrDefault(key(choice), 0.0) / sum;
  }

  /** Draws a choice with probability proportional to its weight. */
  static <E extends Enum<E>> E draw(Map<String, Double> w, Class<E> type, RandomGenerator rnd) {
    double sum = w.values().stream().mapToDouble(Double::doubleValue).sum();
    double u = rnd.nextDouble() * sum;
    E last = null;
    for (E e : type.getEnumConstants()) {
      double v = w.getOrDefault(key(e), 0.0);
      if (v > 0) {
        last = e;
        if (u < v) {
          return e;
        }
        u -= v;
      }
    }
    return last;
  }
}
