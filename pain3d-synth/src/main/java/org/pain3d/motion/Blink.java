package org.pain3d.motion;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One spontaneous blink: the lids close, stay shut briefly and reopen (reopening is the
 * slower phase; Stern, Walrath and Goldstein 1984).
 *
 * @param startS when the lids start to close, s from the clip start
 * @param closeS closing phase, s, positive
 * @param holdS fully closed, s, at least 0
 * @param openS reopening phase, s, positive
 */
public record Blink(
    @JsonProperty("start_s") double startS,
    @JsonProperty("close_s") double closeS,
    @JsonProperty("hold_s") double holdS,
    @JsonProperty("open_s") double openS) {
  /** Validates. */
  public Blink {
    if (!(startS >= 0) || !(closeS > 0) || !(holdS >= 0) || !(openS > 0)) {
      throw new IllegalArgumentException("bad blink timing: " + startS + ", " + closeS + ", " + holdS + ", " + openS);
    }
  }

  /** @return when the lids are open again, s */
  public double endS() {
    return startS + closeS + holdS + openS;
  }

  /**
   * @param t time, s
   * @return lid closure, 0 (open) .. 1 (shut)
   */
  public double closure(double t) {
    if (t <= startS || t >= endS()) {
      return 0;
    }
    double shut = startS + closeS;
    if (t < shut) {
      return Ease.rise(t, startS, closeS);
    }
    if (t <= shut + holdS) {
      return 1;
    }
    return 1 - Ease.rise(t, shut + holdS, openS);
  }
}
