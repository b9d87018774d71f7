package org.pain3d.au;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.pain3d.pspi.Pspi;

/**
 * Integer FACS intensities for every {@link ActionUnit} (0 = absent, 1..5 = A..E; binary AUs
 * 0 or 1). Immutable; {@link #with} returns a changed copy.
 */
public final class AuIntensities {
  private static final AuIntensities NONE = new AuIntensities(new int[ActionUnit.values().length]);

  private final int[] values;

  private AuIntensities(int[] values) {
    this.values = values;
  }

  /** @return all AUs absent (a neutral face) */
  public static AuIntensities none() {
    return NONE;
  }

  /**
   * @param intensities intensity per AU (absent AUs are 0)
   * @return the configuration
   * @throws IllegalArgumentException when an intensity is outside 0..max
   */
  public static AuIntensities of(Map<ActionUnit, Integer> intensities) {
    AuIntensities r = NONE;
    for (Map.Entry<ActionUnit, Integer> e : intensities.entrySet()) {
      r = r.with(e.getKey(), e.getValue());
    }
    return r;
  }

  /**
   * Parses {@code "AU4=3,AU6=2,AU43=1"} (spaces allowed, {@code 4=3} also accepted).
   *
   * @param text the list; empty for none
   * @return the configuration
   * @throws IllegalArgumentException on unknown AUs, bad numbers, out-of-range values or repeats
   */
  public static AuIntensities parse(String text) {
    AuIntensities r = NONE;
    if (text == null || text.isBlank()) {
      return r;
    }
    java.util.Set<ActionUnit> seen = java.util.EnumSet.noneOf(ActionUnit.class);
    for (String part : text.split(",")) {
      String[] kv = part.split("=", -1);
      if (kv.length != 2) {
        throw new IllegalArgumentException("expected AU=intensity, got '" + part.trim() + "'");
      }
      ActionUnit au = ActionUnit.parse(kv[0]);
      if (!seen.add(au)) {
        throw new IllegalArgumentException(au + " is given twice");
      }
      int v;
      try {
        v = Integer.parseInt(kv[1].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            au + ": intensity must be an integer 0.." + au.maxIntensity() + ", got '" + kv[1].trim() + "'", e);
      }
      r = r.with(au, v);
    }
    return r;
  }

  /**
   * @param au an action unit
   * @return its intensity
   */
  public int get(ActionUnit au) {
    return values[au.ordinal()];
  }

  /**
   * @param au an action unit
   * @param intensity its new intensity, 0..{@link ActionUnit#maxIntensity()}
   * @return a copy with the change
   * @throws IllegalArgumentException when the intensity is out of range
   */
  public AuIntensities with(ActionUnit au, int intensity) {
    if (intensity < 0 || intensity > au.maxIntensity()) {
      throw new IllegalArgumentException(
          au + " intensity must be in 0.." + au.maxIntensity() + ", got " + intensity);
    }
    int[] v = values.clone();
    v[au.ordinal()] = intensity;
    return new AuIntensities(v);
  }

  /** @return the PSPI of this configuration */
  public int pspi() {
    return Pspi.of(get(ActionUnit.AU4), get(ActionUnit.AU6), get(ActionUnit.AU7),
        get(ActionUnit.AU9), get(ActionUnit.AU10), get(ActionUnit.AU43));
  }

  /** @return the active AUs (intensity above 0) with their intensities, in enum order */
  public Map<ActionUnit, Integer> active() {
    Map<ActionUnit, Integer> m = new EnumMap<>(ActionUnit.class);
    for (ActionUnit au : ActionUnit.values()) {
      if (values[au.ordinal()] > 0) {
        m.put(au, values[au.ordinal()]);
      }
    }
    return m;
  }

  /** @return every AU with its intensity (zeros included), in enum order */
  public Map<ActionUnit, Integer> all() {
    Map<ActionUnit, Integer> m = new EnumMap<>(ActionUnit.class);
    for (ActionUnit au : ActionUnit.values()) {
      m.put(au, values[au.ordinal()]);
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuIntensities a && Arrays.equals(values, a.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<ActionUnit, Integer> e : active().entrySet()) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(e.getKey()).append('=').append(e.getValue());
    }
    return sb.toString();
  }
}
