package org.pain3d.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws spontaneous blinks over a clip: a renewal process whose inter-blink intervals are a
 * refractory pause plus an exponential wait, so the long-run rate equals the requested one.
 *
 * <p>Rates: at rest adults blink about 17 times a minute, 26 in conversation and 4.5 while
 * reading (Bentivoglio et al. 1997, 150 subjects); the default range of {@link
 * EpisodeConfig} spans rest-like rates. Durations: closing 60-100 ms, fully shut 0-50 ms,
 * reopening 120-200 ms (160-350 ms in all; endogenous blinks close in about 100 ms and reopen
 * more slowly, Stern, Walrath and Goldstein 1984).
 */
public final class BlinkSchedule {
  /** The shortest pause between two blinks, s. */
  public static final double REFRACTORY_S = 0.5;
  static final Range CLOSE_S = new Range(0.06, 0.10);
  static final Range HOLD_S = new Range(0.0, 0.05);
  static final Range OPEN_S = new Range(0.12, 0.20);

  private BlinkSchedule() {}

  /**
   * @param perMinute mean blinks per minute, in (0, 60 / (REFRACTORY_S + 0.5)]
   * @param seconds clip length, s
   * @param rng the random source
   * @return the blinks that start within the clip, in time order
   */
  public static List<Blink> sample(double perMinute, double seconds, RandomGenerator rng) {
    double meanInterval = 60.0 / perMinute;
    if (!(meanInterval >= REFRACTORY_S + 0.5)) {
      throw new IllegalArgumentException("blink rate must be in (0, 60] per minute, got " + perMinute);
    }
    double waitMean = meanInterval - REFRACTORY_S;
    List<Blink> out = new ArrayList<>();
    // Stationary start: the first blink falls anywhere within one mean interval.
    double t = rng.nextDouble() * meanInterval;
    while (t < seconds) {
      Blink b = new Blink(t, CLOSE_S.sample(rng), HOLD_S.sample(rng), OPEN_S.sample(rng));
      out.add(b);
      t = b.startS() + REFRACTORY_S + exponential(waitMean, rng);
    }
    return out;
  }

  private static double exponential(double mean, RandomGenerator rng) {
    return -mean * Math.log(1 - rng.nextDouble());
  }
}
