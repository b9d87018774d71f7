package org.pain3d.synth;

import java.nio.charset.StandardCharsets;

/**
 * Derives independent seeds from a master seed, a purpose and an index (SplitMix64 mixing),
 * so that any identity or sample can be regenerated alone, whatever the order of work.
 */
public final class Seeds {
  private Seeds() {}

  /**
   * @param master the run's seed
   * @param purpose what the seed is for, e.g. "identity" or "pain"
   * @param index identity or sample index
   * @return a well-mixed derived seed
   */
  public static long derive(long master, String purpose, long index) {
    long h = mix(master);
    for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
      h = mix(h ^ (b & 0xff));
    }
    return mix(h ^ mix(index + 0x632be59bd9b4e019L));
  }

  static long mix(long z) {
    z += 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
