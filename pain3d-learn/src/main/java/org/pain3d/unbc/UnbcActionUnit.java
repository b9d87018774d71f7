package org.pain3d.unbc;

import java.util.List;

/**
 * The ten FACS action units coded frame by frame in the UNBC-McMaster archive, in the order
 * of {@link FacsCoding#intensities()}. Intensities are FACS 0..5 (0 absent, A..E = 1..5);
 * AU43 (eyes closed) is an occurrence code, 0 or 1.
 */
public enum UnbcActionUnit {
  /** AU4, brow lowerer (pain AU). */
  AU4(4),
  /** AU6, cheek raiser (pain AU). */
  AU6(6),
  /** AU7, lid tightener (pain AU). */
  AU7(7),
  /** AU9, nose wrinkler (pain AU). */
  AU9(9),
  /** AU10, upper lip raiser (pain AU). */
  AU10(10),
  /** AU12, lip corner puller. */
  AU12(12),
  /** AU20, lip stretcher. */
  AU20(20),
  /** AU25, lips part. */
  AU25(25),
  /** AU26, jaw drop. */
  AU26(26),
  /** AU43, eyes closed (pain AU, binary). */
  AU43(43);

  /** The six pain AUs in the order of the ViTPain AU head: 4, 6, 7, 9, 10, 43. */
  public static final List<UnbcActionUnit> PAIN = List.of(AU4, AU6, AU7, AU9, AU10, AU43);

  private static final UnbcActionUnit[] VALUES = values();

  private final int code;

  UnbcActionUnit(int code) {
    this.code = code;
  }

  /**
   * The FACS number.
   *
   * @return the AU number, e.g. 43
   */
  public int code() {
    return code;
  }

  /**
   * Looks up a coded AU by its FACS number.
   *
   * @param code the FACS number
   * @return the AU, or {@code null} when the archive does not code it
   */
  public static UnbcActionUnit ofCode(int code) {
    for (UnbcActionUnit au : VALUES) {
      if (au.code == code) {
        return au;
      }
    }
    return null;
  }
}
