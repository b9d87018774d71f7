package org.pain3d.dataset;

import java.util.List;
import org.pain3d.pspi.Pspi;

/**
 * The official 3DPain labels of one image: six pain action units and PSPI.
 *
 * <p>AU intensities are on the FACS scale 0..5 (0 absent, A..E = 1..5); AU43 (eyes closed)
 * is 0..1; PSPI is 0..16. These are the top-level keys {@link #OFFICIAL_KEYS} of every
 * annotation file, which the reference Python loader reads. The record does not force
 * {@code pspi} to equal {@link #formulaPspi()}: a file may disagree, and {@link
 * DatasetChecker} reports it.
 *
 * @param au4 brow lowerer, 0..5
 * @param au6 cheek raiser, 0..5
 * @param au7 lid tightener, 0..5
 * @param au9 nose wrinkler, 0..5
 * @param au10 upper lip raiser, 0..5
 * @param au43 eyes closed, 0..1
 * @param pspi Prkachin and Solomon Pain Intensity, 0..16
 */
public record PainLabels(
    double au4, double au6, double au7, double au9, double au10, double au43, double pspi) {

  /** The official JSON keys, in file order. */
  public static final List<String> OFFICIAL_KEYS =
      List.of("AU4", "AU6", "AU7", "AU9", "AU10", "AU43", "PSPI");

  /** The six official AU keys (without PSPI), in the order of {@link #auVector()}. */
  public static final List<String> AU_KEYS = OFFICIAL_KEYS.subList(0, 6);

  /** Tolerance when comparing PSPI with the formula. */
  public static final double PSPI_TOLERANCE = 1e-6;

  private static final PainLabels NEUTRAL = new PainLabels(0, 0, 0, 0, 0, 0, 0);

  /** Validates the ranges. */
  public PainLabels {
    checkRange("AU4", au4, Pspi.MAX_INTENSITY);
    checkRange("AU6", au6, Pspi.MAX_INTENSITY);
    checkRange("AU7", au7, Pspi.MAX_INTENSITY);
    checkRange("AU9", au9, Pspi.MAX_INTENSITY);
    checkRange("AU10", au10, Pspi.MAX_INTENSITY);
    checkRange("AU43", au43, 1.0);
    checkRange("PSPI", pspi, Pspi.MAX);
  }

  /**
   * Returns the labels of a neutral image: every AU 0, PSPI 0.
   *
   * @return the neutral labels
   */
  public static PainLabels neutral() {
    return NEUTRAL;
  }

  /**
   * Builds labels whose PSPI is computed from the AUs by {@link Pspi#formula(double, double,
   * double, double, double, double)}.
   *
   * @param au4 AU4 intensity
   * @param au6 AU6 intensity
   * @param au7 AU7 intensity
   * @param au9 AU9 intensity
   * @param au10 AU10 intensity
   * @param au43 AU43 (0..1)
   * @return consistent labels
   */
  public static PainLabels ofAus(
      double au4, double au6, double au7, double au9, double au10, double au43) {
    return new PainLabels(
        au4, au6, au7, au9, au10, au43, Pspi.formula(au4, au6, au7, au9, au10, au43));
  }

  /**
   * Returns PSPI computed from this record's AUs.
   *
   * @return the formula's PSPI
   */
  public double formulaPspi() {
    return Pspi.formula(au4, au6, au7, au9, au10, au43);
  }

  /**
   * Tells whether {@link #pspi()} equals the formula (within {@link #PSPI_TOLERANCE}).
   *
   * @return true when consistent
   */
  public boolean pspiConsistent() {
    return Math.abs(pspi - formulaPspi()) <= PSPI_TOLERANCE;
  }

  /**
   * Returns the six AUs in {@link #AU_KEYS} order.
   *
   * @return a new array of length 6
   */
  public double[] auVector() {
    return new double[] {au4, au6, au7, au9, au10, au43};
  }

  /**
   * Returns the value of one official key.
   *
   * @param key one of {@link #OFFICIAL_KEYS}
   * @return its value
   * @throws IllegalArgumentException for another key
   */
  public double get(String key) {
    switch (key) {
      case "AU4":
        return au4;
      case "AU6":
        return au6;
      case "AU7":
        return au7;
      case "AU9":
        return au9;
      case "AU10":
        return au10;
      case "AU43":
        return au43;
      case "PSPI":
        return pspi;
      default:
        throw new IllegalArgumentException("not an official label key: " + key);
    }
  }

  /**
   * Builds labels from values in {@link #OFFICIAL_KEYS} order.
   *
   * @param values seven values: AU4 AU6 AU7 AU9 AU10 AU43 PSPI
   * @return the labels
   */
  public static PainLabels fromOfficialValues(double[] values) {
    if (values.length != OFFICIAL_KEYS.size()) {
      throw new IllegalArgumentException("expected 7 values, got " + values.length);
    }
    return new PainLabels(
        values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
  }

  private static void checkRange(String key, double v, double max) {
    if (!(v >= 0 && v <= max)) {
      throw new IllegalArgumentException(key + " must be in [0, " + max + "], got " + v);
    }
  }
}
