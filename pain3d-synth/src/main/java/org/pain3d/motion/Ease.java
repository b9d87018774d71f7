package org.pain3d.motion;

/** Smooth 0-to-1 transitions of the motion models (cosine ease: zero slope at both ends). */
final class Ease {
  private Ease() {}

  /**
   * @param t time, s
   * @param start transition start, s
   * @param duration transition length, s (0 = a step at {@code start})
   * @return 0 before {@code start}, 1 after {@code start + duration}, cosine-eased between
   */
  static double rise(double t, double start, double duration) {
    if (t <= start) {
      return 0;
    }
    if (t >= start + duration) {
      return 1;
    }
    return 0.5 - 0.5 * Math.cos(Math.PI * (t - start) / duration);
  }
}
