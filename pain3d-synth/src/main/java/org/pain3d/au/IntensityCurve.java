package org.pain3d.au;

import java.util.Arrays;

/**
 * A monotone map from FACS intensity (0..5) to blendshape weight (0..1).
 *
 * <p>The default, {@link #facs()}, follows the unequal bands of the FACS intensity scale
 * (Ekman, Friesen and Hager 2002: A trace, B slight, C marked or pronounced, D severe or
 * extreme, E maximum; B and C are the widest bands, A and E the narrowest): each level maps
 * to the upper edge of its band as a fraction of the full movement, A 0.15, B 0.35, C 0.65,
 * D 0.90, E 1.0. E is the full authored ICT-FaceKit shape. Binary AUs use 0 and 1.
 *
 * @param weights weight per intensity 0..5: {@code weights[0] == 0}, non-decreasing, at most 1
 */
public record IntensityCurve(float[] weights) {
  /** Validates the table. */
  public IntensityCurve {
    weights = weights.clone();
    if (weights.length != 6 || weights[0] != 0f) {
      throw new IllegalArgumentException("need 6 weights for intensities 0..5, starting with 0");
    }
    for (int i = 1; i < 6; i++) {
      if (!(weights[i] >= weights[i - 1]) || weights[i] > 1f) {
        throw new IllegalArgumentException(
            "weights must be non-decreasing in [0, 1]: " + Arrays.toString(weights));
      }
    }
  }

  /** @return the FACS-band curve described above */
  public static IntensityCurve facs() {
    return new IntensityCurve(new float[] {0f, 0.15f, 0.35f, 0.65f, 0.90f, 1f});
  }

  /** @return the linear curve, weight = intensity / 5 */
  public static IntensityCurve linear() {
    return new IntensityCurve(new float[] {0f, 0.2f, 0.4f, 0.6f, 0.8f, 1f});
  }

  /**
   * @param au the action unit (binary AUs map 1 to full weight)
   * @param intensity 0..max
   * @return the blendshape weight
   */
  public float weight(ActionUnit au, int intensity) {
    if (au.isBinary()) {
      return intensity > 0 ? 1f : 0f;
    }
    return weights[intensity];
  }

  /**
   * The weight of a continuous intensity: the table interpolated linearly between the integer
   * levels (so integer intensities give exactly {@link #weight(ActionUnit, int)}); a binary AU
   * maps its intensity in [0, 1] to itself (a partly closed eye for AU43).
   *
   * @param au the action unit
   * @param intensity 0..max, continuous
   * @return the blendshape weight, 0..1
   * @throws IllegalArgumentException when the intensity is out of range or not finite
   */
  public float weight(ActionUnit au, double intensity) {
    if (!(intensity >= 0 && intensity <= au.maxIntensity())) {
      throw new IllegalArgumentException(au + " intensity must be in 0.." + au.maxIntensity() + ", got " + intensity);
    }
    if (au.isBinary()) {
      return (float) intensity;
    }
    int lo = Math.min(4, (int) Math.floor(intensity));
    double f = intensity - lo;
    return (float) (weights[lo] + f * (weights[lo + 1] - weights[lo]));
  }

  /**
   * The continuous intensity of a graded AU whose weight is {@code weight} (the inverse of
   * {@link #weight(ActionUnit, double)}; where the table is flat, the lowest such intensity).
   *
   * @param weight 0..1
   * @return intensity 0..5
   */
  public double intensityFor(double weight) {
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be in 0..1, got " + weight);
    }
    for (int i = 1; i < 6; i++) {
      if (weight <= weights[i]) {
        double span = weights[i] - weights[i - 1];
        return span > 0 ? i - 1 + (weight - weights[i - 1]) / span : i - 1;
      }
    }
    return 5;
  }

  /**
   * The weights of intensities A..E (1..5) as text for provenance: two decimals, whole numbers
   * with one ({@code 0.15, 0.35, 0.65, 0.90, 1.0} for {@link #facs()}).
   *
   * @return the comma-separated weights
   */
  public String bands() {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < weights.length; i++) {
      double w = weights[i];
      sb.append(i > 1 ? ", " : "").append(String.format(java.util.Locale.ROOT,
          w == Math.rint(w) ? "%.1f" : "%.2f", w));
    }
    return sb.toString();
  }

  @Override
  public float[] weights() {
    return weights.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntensityCurve c && Arrays.equals(weights, c.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "IntensityCurve" + Arrays.toString(weights);
  }
}
