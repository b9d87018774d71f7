package org.pain3d.pspi;

import java.util.List;

/**
 * The Prkachin and Solomon Pain Intensity score, its one home: {@code PSPI = AU4 + max(AU6,
 * AU7) + max(AU9, AU10) + AU43}, on 0..16 ({@link #MAX}), from FACS intensities 0..5 ({@link
 * #MAX_INTENSITY}; AU43, eyes closed, 0 or 1).
 *
 * <p>Also the pain thresholds of the protocol ({@link #THRESHOLDS}: PSPI at least 1, 2, 3 is
 * "pain" for the binary heads, AUROC and F1). The network works on the unit scale PSPI /
 * {@link #MAX} (its sigmoid output, as the reference code); the learner's output type converts
 * back, so everything outside the heads and the loss sees PSPI on 0..16.
 *
 * <p>The formula has one overload per number type so that each caller keeps its arithmetic:
 * {@code int} (synthetic AU configurations, validated), {@code double} (dataset labels) and
 * {@code float} (UNBC FACS codes, float operations in the same order).
 */
public final class Pspi {
  /** The largest PSPI: 5 + 5 + 5 + 1. */
  public static final int MAX = 16;

  /** The largest FACS intensity (E); AU43 is 0 or 1. */
  public static final int MAX_INTENSITY = 5;

  /** The pain thresholds of the protocol: true PSPI at least 1, 2 or 3 counts as pain. */
  public static final List<Integer> THRESHOLDS = List.of(1, 2, 3);

  private Pspi() {}

  /**
   * The PSPI of an integer AU configuration, range-checked.
   *
   * @param au4 brow lowerer, 0..5
   * @param au6 cheek raiser, 0..5
   * @param au7 lid tightener, 0..5
   * @param au9 nose wrinkler, 0..5
   * @param au10 upper lip raiser, 0..5
   * @param au43 eyes closed, 0 or 1
   * @return the PSPI, 0..16
   * @throws IllegalArgumentException when an intensity is out of range
   */
  public static int of(int au4, int au6, int au7, int au9, int au10, int au43) {
    check("AU4", au4, MAX_INTENSITY);
    check("AU6", au6, MAX_INTENSITY);
    check("AU7", au7, MAX_INTENSITY);
    check("AU9", au9, MAX_INTENSITY);
    check("AU10", au10, MAX_INTENSITY);
    check("AU43", au43, 1);
    return au4 + Math.max(au6, au7) + Math.max(au9, au10) + au43;
  }

  /**
   * The formula on real-valued intensities (not range-checked).
   *
   * @param au4 AU4 intensity
   * @param au6 AU6 intensity
   * @param au7 AU7 intensity
   * @param au9 AU9 intensity
   * @param au10 AU10 intensity
   * @param au43 AU43 (0..1)
   * @return the PSPI score
   */
  public static double formula(
      double au4, double au6, double au7, double au9, double au10, double au43) {
    return au4 + Math.max(au6, au7) + Math.max(au9, au10) + au43;
  }

  /**
   * The formula in float arithmetic (not range-checked).
   *
   * @param au4 AU4 intensity
   * @param au6 AU6 intensity
   * @param au7 AU7 intensity
   * @param au9 AU9 intensity
   * @param au10 AU10 intensity
   * @param au43 AU43 (0..1)
   * @return the PSPI score
   */
  public static float formula(float au4, float au6, float au7, float au9, float au10, float au43) {
    return au4 + Math.max(au6, au7) + Math.max(au9, au10) + au43;
  }

  /**
   * @param pspi a value
   * @return it, when a valid PSPI
   * @throws IllegalArgumentException when outside 0..16
   */
  public static int checkRange(int pspi) {
    if (pspi < 0 || pspi > MAX) {
      throw new IllegalArgumentException("PSPI must be in 0.." + MAX + ", got " + pspi);
    }
    return pspi;
  }

  /**
   * Tells whether a value lies on the PSPI scale.
   *
   * @param pspi a value
   * @return true for 0 &lt;= pspi &lt;= 16 (false for NaN)
   */
  public static boolean inRange(double pspi) {
    return pspi >= 0 && pspi <= MAX;
  }

  /**
   * Clamps a prediction to the PSPI scale.
   *
   * @param pspi a finite value
   * @return it, limited to 0..16
   */
  public static double clamp(double pspi) {
    return Math.min(MAX, Math.max(0, pspi));
  }

  private static void check(String name, int v, int max) {
    if (v < 0 || v > max) {
      throw new IllegalArgumentException(name + " intensity must be in 0.." + max + ", got " + v);
    }
  }
}
