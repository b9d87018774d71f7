package org.pain3d.dataset;

/**
 * Fractions of identities per split, and the exact counts they give.
 *
 * <p>Counts use the largest-remainder rule: each split first gets {@code floor(f * n)}
 * identities; the identities left over go one each to the splits with the largest
 * fractional parts {@code f * n - floor(f * n)}, ties broken in the order train, val,
 * test. The counts sum to {@code n} and each is within 1 of {@code f * n}. Examples for
 * 70/20/10: n = 2500 gives 1750/500/250, n = 10 gives 7/2/1, n = 3 gives 2/1/0.
 *
 * @param train fraction of identities in train, [0, 1]
 * @param val fraction in validation, [0, 1]
 * @param test fraction in test, [0, 1]
 */
public record SplitPlan(double train, double val, double test) {

  /** Validates that the fractions are in [0, 1] and sum to 1 (within 1e-9). */
  public SplitPlan {
    for (double f : new double[] {train, val, test}) {
      if (!(f >= 0 && f <= 1)) {
        throw new IllegalArgumentException("split fractions must be in [0, 1], got " + f);
      }
    }
    if (Math.abs(train + val + test - 1.0) > 1e-9) {
      throw new IllegalArgumentException(
          "split fractions must sum to 1, got " + (train + val + test));
    }
  }

  /**
   * The 3DPain split: 70% train, 20% validation, 10% test.
   *
   * @return the plan
   */
  public static SplitPlan standard() {
    return new SplitPlan(0.7, 0.2, 0.1);
  }

  /**
   * Returns the fraction of a split.
   *
   * @param s the split
   * @return its fraction
   */
  public double fraction(Split s) {
    switch (s) {
      case TRAIN:
        return train;
      case VAL:
        return val;
      case TEST:
        return test;
      default:
        throw new AssertionError(s);
    }
  }

  /**
   * Exact identity counts per split for {@code n} identities.
   *
   * @param n number of identities, >= 0
   * @return counts indexed by {@link Split#code()}
   */
  public int[] counts(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
    Split[] splits = Split.values();
    int[] counts = new int[splits.length];
    double[] remainder = new double[splits.length];
    int assigned = 0;
    for (int i = 0; i < splits.length; i++) {
      double exact = fraction(splits[i]) * n;
      // Guard against 0.7 * 10 = 6.999999999999999 style rounding.
      double floor = Math.floor(exact + 1e-9);
      counts[i] = (int) floor;
      remainder[i] = exact - floor;
      assigned += counts[i];
    }
    for (int left = n - assigned; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < splits.length; i++) {
        if (fraction(splits[i]) > 0 && (best < 0 || remainder[i] > remainder[best] + 1e-12)) {
          best = i;
        }
      }
      counts[best]++;
      remainder[best] = -1;
    }
    return counts;
  }
}
