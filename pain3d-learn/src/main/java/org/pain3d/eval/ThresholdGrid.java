package org.pain3d.eval;

/**
 * Evenly spaced candidate decision thresholds on the 0..16 PSPI scale, identical bit for bit
 * to {@code numpy.linspace(start, stop, count)}: value {@code i} is {@code i * step + start}
 * with {@code step = (stop - start) / (count - 1)}, and the last value is exactly {@code stop}.
 *
 * @param start the first threshold (PSPI)
 * @param stop the last threshold (PSPI), greater than start
 * @param count the number of thresholds, at least 2
 */
public record ThresholdGrid(double start, double stop, int count) {

  /** Validates the grid. */
  public ThresholdGrid {
    if (!Double.isFinite(start) || !Double.isFinite(stop) || !(stop > start)) {
      throw new IllegalArgumentException("need finite start < stop: " + start + ", " + stop);
    }
    if (count < 2) {
      throw new IllegalArgumentException("count must be at least 2: " + count);
    }
  }

  /**
   * The grid of the protocol (SPEC.md section 6): {@code linspace(0, 6, 200)}.
   *
   * @return the standard grid
   */
  public static ThresholdGrid standard() {
    return new ThresholdGrid(0.0, 6.0, 200);
  }

  /**
   * One threshold.
   *
   * @param index 0 .. count - 1
   * @return the threshold value (PSPI)
   */
  public double value(int index) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException(index);
    }
    if (index == count - 1) {
      return stop;
    }
    double step = (stop - start) / (count - 1);
    return index * step + start;
  }

  /**
   * All thresholds in increasing order.
   *
   * @return a new array of {@code count} values (PSPI)
   */
  public double[] values() {
    double[] v = new double[count];
    for (int i = 0; i < count; i++) {
      v[i] = value(i);
    }
    return v;
  }
}
