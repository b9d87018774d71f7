package org.pain3d.au;

/**
 * The Prkachin and Solomon Pain Intensity score: {@code PSPI = AU4 + max(AU6, AU7) +
 * max(AU9, AU10) + AU43}, an integer in 0..16.
 */
public final class Pspi {
  /** The largest PSPI: 5 + 5 + 5 + 1. */
  public static final int MAX = 16;

  private Pspi() {}

  /**
   * @param au a configuration (its intensities are range-checked on construction)
   * @return its PSPI, 0..16
   */
  public static int of(AuIntensities au) {
    return of(au.get(ActionUnit.AU4), au.get(ActionUnit.AU6), au.get(ActionUnit.AU7),
        au.get(ActionUnit.AU9), au.get(ActionUnit.AU10), au.get(ActionUnit.AU43));
  }

  /**
   * @param au4 brow lowerer, 0..5
   * @param au6 cheek raiser, 0..5
   * @param au7 lid tightener, 0..5
   * @param au9 nose wrinkler, 0..5
   * @param au10 upper lip raiser, 0..5
   * @param au43 eyes closed, 0 or 1
   * @return the PSPI
   * @throws IllegalArgumentException when an intensity is out of range
   */
  public static int of(int au4, int au6, int au7, int au9, int au10, int au43) {
    check("AU4", au4, 5);
    check("AU6", au6, 5);
    check("AU7", au7, 5);
    check("AU9", au9, 5);
    check("AU10", au10, 5);
    check("AU43", au43, 1);
    return au4 + Math.max(au6, au7) + Math.max(au9, au10) + au43;
  }

  /**
   * The PSPI of continuous intensities (a frame of a clip between integer FACS levels).
   *
   * @param au4 brow lowerer, 0..5
   * @param au6 cheek raiser, 0..5
   * @param au7 lid tightener, 0..5
   * @param au9 nose wrinkler, 0..5
   * @param au10 upper lip raiser, 0..5
   * @param au43 eyes closed, 0..1 (the fraction of closure)
   * @return the PSPI, 0..16; equal to {@link #of(int, int, int, int, int, int)} on integers
   */
  public static double continuous(double au4, double au6, double au7, double au9, double au10, double au43) {
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

  private static void check(String name, int v, int max) {
    if (v < 0 || v > max) {
      throw new IllegalArgumentException(name + " intensity must be in 0.." + max + ", got " + v);
    }
  }
}
