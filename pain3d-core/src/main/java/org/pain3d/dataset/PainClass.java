package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A clip-level pain class in the style of BioVid Heat Pain Part A: BL1 (baseline, no pain)
 * and PA1..PA4 (rising pain). BioVid's classes are stimulus temperatures, four equally spaced
 * steps from the pain threshold to the tolerance; ours come from the expression, by the
 * clip's apex PSPI cut into four equal bins of 1..16:
 *
 * <pre>
 * BL1  apex PSPI &lt; 1      (no pain AU at trace level together)
 * PA1  1 &lt;= PSPI &lt; 5     (1-4 for integer apexes)
 * PA2  5 &lt;= PSPI &lt; 9     (5-8)
 * PA3  9 &lt;= PSPI &lt; 13    (9-12)
 * PA4  13 &lt;= PSPI &lt;= 16  (13-16)
 * </pre>
 *
 * The binary task of the video paper (BL1 against PA1-PA4) is {@link #isPain()}.
 */
public enum PainClass {
  /** Baseline: no pain. */
  BL1,
  /** Pain level 1. */
  PA1,
  /** Pain level 2. */
  PA2,
  /** Pain level 3. */
  PA3,
  /** Pain level 4. */
  PA4;

  /**
   * @param apexPspi the clip's largest per-frame PSPI, 0..16
   * @return its class
   */
  public static PainClass ofApexPspi(double apexPspi) {
    if (!(apexPspi >= 0 && apexPspi <= 16)) {
      throw new IllegalArgumentException("apex PSPI must be in 0..16, got " + apexPspi);
    }
    if (apexPspi < 1) {
      return BL1;
    }
    return values()[Math.min(4, 1 + (int) Math.floor((apexPspi - 1) / 4))];
  }

  /** @return whether the class is one of PA1..PA4 */
  public boolean isPain() {
    return this != BL1;
  }

  /** @return the name as written in JSON, e.g. {@code PA2} */
  @JsonValue
  public String label() {
    return name();
  }
}
