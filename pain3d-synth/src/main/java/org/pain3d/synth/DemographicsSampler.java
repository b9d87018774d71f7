package org.pain3d.synth;

import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Assigns demographics to N identities with exact, balanced counts: each attribute's counts
 * are the target proportions times N rounded by the largest-remainder method (ties to the
 * earlier category), and each attribute's list is shuffled independently with a seeded
 * generator, so attributes are independent and every run with the same seed and N gives the
 * same assignment.
 */
public final class DemographicsSampler {
  private DemographicsSampler() {}

  /**
   * @param n number of identities, at least 0
   * @param marginals target proportions
   * @param seed random seed
   * @return demographics of identity 0..n-1
   */
  public static List<Demographics> assign(int n, DemographicMarginals marginals, long seed) {
    if (n < 0) {
      throw new IllegalArgumentException("identity count must be >= 0, got " + n);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    List<AgeGroup> ages = shuffled(expand(counts(marginals.age(), n)), rng.split());
    List<Gender> genders = shuffled(expand(counts(marginals.gender(), n)), rng.split());
    List<Ethnicity> ethnicities = shuffled(expand(counts(marginals.ethnicity(), n)), rng.split());
    List<Demographics> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Demographics(ages.get(i), genders.get(i), ethnicities.get(i)));
    }
    return out;
  }

  /**
   * Largest-remainder rounding of {@code n * weight / sum}.
   *
   * @param weights weight per category (iteration order = tie order)
   * @param n total
   * @param <E> the category type
   * @return counts summing to n, in the map's order
   */
  public static <E> Map<E, Integer> counts(Map<E, Double> weights, int n) {
    double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    List<E> keys = new ArrayList<>(weights.keySet());
    int[] c = new int[keys.size()];
    double[] rem = new double[keys.size()];
    int given = 0;
    for (int i = 0; i < keys.size(); i++) {
      double exact = n * weights.get(keys.get(i)) / sum;
      c[i] = (int) Math.floor(exact);
      rem[i] = exact - c[i];
      given += c[i];
    }
    for (int left = n - given; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < keys.size(); i++) {
        if (rem[i] > rem[best]) {
          best = i;
        }
      }
      c[best]++;
      rem[best] = -1;
    }
    Map<E, Integer> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      out.put(keys.get(i), c[i]);
    }
    return out;
  }

  private static <E> List<E> expand(Map<E, Integer> counts) {
    List<E> out = new ArrayList<>();
    counts.forEach((k, c) -> out.addAll(Collections.nCopies(c, k)));
    return out;
  }

  private static <E> List<E> shuffled(List<E> list, SplittableRandom rng) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, rng.nextInt(i + 1));
    }
    return list;
  }
}
