package org.pain3d.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Assigns whole identities to train / val / test, so no identity is in two splits.
 *
 * <p>The subjects are sorted, shuffled with a seeded Fisher-Yates shuffle, and the first
 * {@code counts[0]} go to train, the next {@code counts[1]} to val and the rest to test,
 * with counts from {@link SplitPlan#counts}. The result depends only on the set of
 * subjects, the plan and the seed.
 */
public final class SplitAssigner {
  private SplitAssigner() {}

  /**
   * Assigns subjects to splits with a seed.
   *
   * @param subjects distinct subjects (identity ids or names), in any order
   * @param plan the fractions
   * @param seed the seed ({@link SplittableRandom})
   * @param <T> subject type
   * @return split per subject, in shuffled order
   */
  public static <T extends Comparable<? super T>> Map<T, Split> assign(
      Collection<T> subjects, SplitPlan plan, long seed) {
    return assign(subjects, plan, new SplittableRandom(seed));
  }

  /**
   * Assigns subjects to splits with a random generator.
   *
   * @param subjects distinct subjects, in any order
   * @param plan the fractions
   * @param rng the random source
   * @param <T> subject type
   * @return split per subject, in shuffled order
   */
  public static <T extends Comparable<? super T>> Map<T, Split> assign(
      Collection<T> subjects, SplitPlan plan, RandomGenerator rng) {
    List<T> order = new ArrayList<>(new TreeSet<>(subjects));
    if (order.size() != subjects.size()) {
      throw new IllegalArgumentException("subjects must be distinct");
    }
    for (int i = order.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      T t = order.get(i);
      order.set(i, order.get(j));
      order.set(j, t);
    }
    int[] counts = plan.counts(order.size());
    Map<T, Split> out = new LinkedHashMap<>();
    int i = 0;
    for (Split s : Split.values()) {
      for (int c = 0; c < counts[s.code()]; c++) {
        out.put(order.get(i++), s);
      }
    }
    return out;
  }

  /**
   * Builds the split rows of our layout: every pain set of an identity gets its split.
   *
   * @param byIdentity split per identity index
   * @param painSetsPerIdentity K, pain sets {@code 1..K} per identity
   * @return rows sorted by base name
   */
  public static List<SplitRow> rows(Map<Integer, Split> byIdentity, int painSetsPerIdentity) {
    if (painSetsPerIdentity < 1) {
      throw new IllegalArgumentException("need at least one pain set per identity");
    }
    List<SplitRow> rows = new ArrayList<>();
    for (Map.Entry<Integer, Split> e : byIdentity.entrySet()) {
      for (int k = 1; k <= painSetsPerIdentity; k++) {
        rows.add(new SplitRow(DatasetNaming.painBase(e.getKey(), k), e.getValue()));
      }
    }
    rows.sort(SplitCsv.ROW_ORDER);
    return rows;
  }
}
