package org.pain3d.dataset;

import java.util.Arrays;

/** Validation and defensive copies of the small nested arrays in the annotation records. */
final class Matrices {
  private Matrices() {}

  /**
   * Copies a rectangular matrix after checking its shape and that every entry is finite.
   *
   * @param name field name for error messages
   * @param m the matrix
   * @param rows required row count
   * @param cols required column count
   * @return a deep copy
   */
  static double[][] copy(String name, double[][] m, int rows, int cols) {
    if (m == null) {
      throw new IllegalArgumentException(name + " is missing");
    }
    if (m.length != rows) {
      throw new IllegalArgumentException(
          name + " must have " + rows + " rows, got " + m.length);
    }
    double[][] c = new double[rows][];
    for (int r = 0; r < rows; r++) {
      if (m[r] == null || m[r].length != cols) {
        throw new IllegalArgumentException(
            name + " row " + r + " must have " + cols + " entries");
      }
      for (int k = 0; k < cols; k++) {
        if (!Double.isFinite(m[r][k])) {
          throw new IllegalArgumentException(name + "[" + r + "][" + k + "] is not finite");
        }
      }
      c[r] = m[r].clone();
    }
    return c;
  }

  static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int r = 0; r < m.length; r++) {
      c[r] = m[r].clone();
    }
    return c;
  }

  static void requireRow(String name, double[] row, double... expected) {
    if (!Arrays.equals(row, expected)) {
      throw new IllegalArgumentException(
          name + " last row must be " + Arrays.toString(expected) + ", got "
              + Arrays.toString(row));
    }
  }

  static String toString(double[][] m) {
    return Arrays.deepToString(m);
  }
}
