package org.pain3d.unbc;

import java.util.OptionalDouble;

/**
 * The sequence-level ratings of one UNBC sequence ({@code Sequence_Labels/<scale>/<subject>/
 * <sequence>.txt}), each as written in the archive; {@link Double#NaN} where a copy has no
 * file for that scale.
 *
 * @param aff affective-motivational rating, or NaN
 * @param opr observer pain intensity rating, or NaN
 * @param sen sensory rating, or NaN
 * @param vas visual analogue scale rating, or NaN
 */
public record SequenceLabels(double aff, double opr, double sen, double vas) {

  /** No rating at all. */
  public static final SequenceLabels NONE =
      new SequenceLabels(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  /**
   * Validates: each value is finite or NaN.
   *
   * @param aff see {@link #aff()}
   * @param opr see {@link #opr()}
   * @param sen see {@link #sen()}
   * @param vas see {@link #vas()}
   */
  public SequenceLabels {
    for (double v : new double[] {aff, opr, sen, vas}) {
      if (Double.isInfinite(v)) {
        throw new IllegalArgumentException("sequence label is infinite");
      }
    }
  }

  /**
   * One rating.
   *
   * @param scale the scale
   * @return the rating, or empty when the copy has none
   */
  public OptionalDouble get(SequenceScale scale) {
    double v = raw(scale);
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Returns a copy with one rating set.
   *
   * @param scale the scale
   * @param value the rating
   * @return the new labels
   */
  public SequenceLabels with(SequenceScale scale, double value) {
    return switch (scale) {
      case AFF -> new SequenceLabels(value, opr, sen, vas);
      case OPR -> new SequenceLabels(aff, value, sen, vas);
      case SEN -> new SequenceLabels(aff, opr, value, vas);
      case VAS -> new SequenceLabels(aff, opr, sen, value);
    };
  }

  /**
   * Whether any rating is present.
   *
   * @return true when at least one scale has a value
   */
  public boolean any() {
    return !(Double.isNaN(aff) && Double.isNaN(opr) && Double.isNaN(sen) && Double.isNaN(vas));
  }

  private double raw(SequenceScale scale) {
    return switch (scale) {
      case AFF -> aff;
      case OPR -> opr;
      case SEN -> sen;
      case VAS -> vas;
    };
  }
}
