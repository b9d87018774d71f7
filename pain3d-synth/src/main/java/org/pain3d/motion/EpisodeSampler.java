package org.pain3d.motion;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.pain3d.au.ActionUnit;
import org.pain3d.au.AuIntensities;
import org.pain3d.au.PainSampler;

/**
 * Draws {@link EpisodePlan}s from an {@link EpisodeConfig}.
 *
 * <p>Order of draws (fixed, so a seed gives one episode): the apex AUs ({@link PainSampler}),
 * the onset, apex and offset durations (redrawn up to {@value #TRIES} times until the episode
 * fits the clip, else their minimums), the lags, the onset start (uniform in the room left
 * after the lead-in), the blink rate and blinks, the head sway, the gaze.
 */
public final class EpisodeSampler {
  static final int TRIES = 100;

  private EpisodeSampler() {}

  /**
   * @param config the ranges
   * @param seconds clip length, s (the config must fit: {@link EpisodeConfig#checkFits})
   * @param targetPspi the apex PSPI, 0 for a no-pain clip, else 1..16
   * @param rng the random source
   * @return the episode
   */
  public static EpisodePlan sample(EpisodeConfig config, double seconds, int targetPspi, RandomGenerator rng) {
    config.checkFits(seconds);
    AuIntensities apex = targetPspi == 0 ? AuIntensities.none() : PainSampler.sample(targetPspi, rng);
    double lagRoom = 2 * config.maxLagS();
    double room = seconds - config.leadInS() - lagRoom;
    double on = config.onsetS().min();
    double hold = config.apexS().min();
    double off = config.offsetS().min();
    for (int i = 0; i < TRIES; i++) {
      double a = config.onsetS().sample(rng);
      double b = config.apexS().sample(rng);
      double c = config.offsetS().sample(rng);
      if (a + b + c <= room) {
        on = a;
        hold = b;
        off = c;
        break;
      }
    }
    Map<ActionUnit, Double> onLag = lags(apex, config.maxLagS(), rng);
    Map<ActionUnit, Double> offLag = lags(apex, config.maxLagS(), rng);
    double used = on + hold + off + max(onLag) + max(offLag);
    double start = config.leadInS() + rng.nextDouble() * Math.max(0, seconds - config.leadInS() - used);
    double rate = config.blinksPerMinute().sample(rng);
    List<Blink> blinks = BlinkSchedule.sample(rate, seconds, rng);
    HeadMotion head = config.headMotionScale() > 0 ? HeadMotion.sample(config.headMotionScale(), rng) : HeadMotion.still();
    Gaze gaze = config.gazeShifts() ? Gaze.sample(seconds, rng) : Gaze.ahead();
    EpisodePlan plan = new EpisodePlan(targetPspi == 0, targetPspi, apex, start, on, hold, off, onLag, offLag, rate,
        blinks, head, gaze);
    return withoutBlinksWhileShut(plan);
  }

  /** Lags in [0, max] per active AU, shifted so that the smallest is 0. */
  private static Map<ActionUnit, Double> lags(AuIntensities apex, double max, RandomGenerator rng) {
    Map<ActionUnit, Double> m = new EnumMap<>(ActionUnit.class);
    for (ActionUnit au : apex.active().keySet()) {
      m.put(au, max > 0 ? rng.nextDouble(0, max) : 0.0);
    }
    double min = m.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    m.replaceAll((au, v) -> v - min);
    return m;
  }

  private static double max(Map<ActionUnit, Double> m) {
    return m.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  /** Drops the blinks that overlap the time AU43 keeps the eyes (partly) closed. */
  private static EpisodePlan withoutBlinksWhileShut(EpisodePlan p) {
    if (p.apex().get(ActionUnit.AU43) == 0) {
      return p;
    }
    double from = p.onsetStartS() + p.onsetLagS().get(ActionUnit.AU43);
    double to = p.apexEndS() + p.offsetLagS().get(ActionUnit.AU43) + p.offsetS();
    List<Blink> kept = new ArrayList<>();
    for (Blink b : p.blinks()) {
      if (b.endS() <= from || b.startS() >= to) {
        kept.add(b);
      }
    }
    return new EpisodePlan(p.noPain(), p.targetPspi(), p.apex(), p.onsetStartS(), p.onsetS(), p.apexS(), p.offsetS(),
        p.onsetLagS(), p.offsetLagS(), p.blinksPerMinute(), kept, p.head(), p.gaze());
  }
}
