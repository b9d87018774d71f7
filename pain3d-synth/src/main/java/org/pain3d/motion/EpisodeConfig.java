package org.pain3d.motion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.pain3d.pspi.Pspi;
import org.pain3d.io.Json;

/**
 * The ranges a parametric pain episode is drawn from (all times in seconds).
 *
 * <p>An episode: a neutral lead-in of at least {@code leadInS}; onset (each active pain AU
 * rises to its apex intensity in {@code onset} seconds, after its own lag in {@code [0,
 * maxLagS]}); apex (every AU at its apex intensity at once, so the PSPI equals the target,
 * for {@code apex} seconds); offset (each AU falls back to 0 in {@code offset} seconds after
 * its own lag); then neutral to the clip's end. A no-pain clip (probability {@code
 * noPainFraction}) stays neutral. Blinks, head sway and gaze shifts run throughout.
 *
 * @param onsetS duration of the rise, s (default 0.3..1.0)
 * @param apexS duration of the apex, s, positive (default 0.5..1.5)
 * @param offsetS duration of the fall, s (default 0.4..1.2)
 * @param maxLagS largest lag of one AU behind the first, s, 0..2 (default 0.2)
 * @param leadInS shortest neutral time before the onset, s, 0..60 (default 0.3)
 * @param minPspi lowest apex PSPI of a pain clip, 1..16 (default 1)
 * @param maxPspi highest apex PSPI of a pain clip, minPspi..16 (default 16)
 * @param noPainFraction share of no-pain (baseline-only) clips, 0..1 (default 0.2: with PSPI
 *     1..16 each BioVid-style class BL1, PA1..PA4 gets about a fifth of the clips)
 * @param blinksPerMinute the range each clip's blink rate is drawn from (default 10..24,
 *     around the resting rate of 17 per minute)
 * @param headMotionScale multiplier of the default head sway, 0..5 (0 = still; default 1)
 * @param gazeShifts whether the eyes move between fixations (default true)
 */
public record EpisodeConfig(
    Range onsetS, Range apexS, Range offsetS, double maxLagS, double leadInS, int minPspi, int maxPspi,
    double noPainFraction, Range blinksPerMinute, double headMotionScale, boolean gazeShifts) {

  /** Validates each field on its own; {@link #checkFits} checks them against a clip length. */
  public EpisodeConfig {
    if (onsetS == null || apexS == null || offsetS == null || blinksPerMinute == null) {
      throw new IllegalArgumentException("episode ranges must be given");
    }
    if (!(apexS.min() > 0)) {
      throw new IllegalArgumentException("the apex must last more than 0 s, got " + apexS);
    }
    if (!(onsetS.max() <= 60) || !(apexS.max() <= 60) || !(offsetS.max() <= 60)) {
      throw new IllegalArgumentException("onset, apex and offset must each last at most 60 s");
    }
    if (!(maxLagS >= 0 && maxLagS <= 2)) {
      throw new IllegalArgumentException("the largest AU lag must be in 0..2 s, got " + maxLagS);
    }
    if (!(leadInS >= 0 && leadInS <= 60)) {
      throw new IllegalArgumentException("the neutral lead-in must be in 0..60 s, got " + leadInS);
    }
    if (minPspi < 1 || maxPspi > Pspi.MAX || minPspi > maxPspi) {
      throw new IllegalArgumentException("pain clips need 1 <= min PSPI <= max PSPI <= 16, got " + minPspi + ":" + maxPspi);
    }
    if (!(noPainFraction >= 0 && noPainFraction <= 1)) {
      throw new IllegalArgumentException("the no-pain fraction must be in 0..1, got " + noPainFraction);
    }
    if (!(blinksPerMinute.min() > 0) || !(blinksPerMinute.max() <= 60)) {
      throw new IllegalArgumentException("blink rates must be in (0, 60] per minute, got " + blinksPerMinute);
    }
    if (!(headMotionScale >= 0 && headMotionScale <= 5)) {
      throw new IllegalArgumentException("the head motion scale must be in 0..5, got " + headMotionScale);
    }
  }

  /** @return the defaults described above */
  public static EpisodeConfig defaults() {
    return new EpisodeConfig(new Range(0.3, 1.0), new Range(0.5, 1.5), new Range(0.4, 1.2), 0.2, 0.3, 1, Pspi.MAX,
        0.2, new Range(10, 24), 1.0, true);
  }

  /** @return the shortest time an episode can take: lead-in, shortest phases and two full lags, s */
  public double shortestEpisodeS() {
    return leadInS + onsetS.min() + apexS.min() + offsetS.min() + 2 * maxLagS;
  }

  /**
   * Checks that an episode fits in a clip.
   *
   * @param seconds the clip length, s
   * @throws IllegalArgumentException when even the shortest episode is longer
   */
  public void checkFits(double seconds) {
    if (shortestEpisodeS() > seconds + 1e-9) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "a pain episode needs at least %.2f s (lead-in %.2f + onset %.2f + apex %.2f + offset %.2f + 2 x lag %.2f)"
              + " but clips last %.2f s: shorten the phases or lengthen --seconds",
          shortestEpisodeS(), leadInS, onsetS.min(), apexS.min(), offsetS.min(), maxLagS, seconds));
    }
  }

  /** @return the config as JSON (for the clip dataset's config and resume check) */
  public ObjectNode toJson() {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("onset_s", onsetS.toString()).put("apex_s", apexS.toString()).put("offset_s", offsetS.toString())
        .put("max_lag_s", maxLagS).put("lead_in_s", leadInS).put("min_pspi", minPspi).put("max_pspi", maxPspi)
        .put("no_pain_fraction", noPainFraction).put("blinks_per_minute", blinksPerMinute.toString())
        .put("head_motion_scale", headMotionScale).put("gaze_shifts", gazeShifts);
    return n;
  }
}
