package org.pain3d.motion;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.au.ActionUnit;
import org.pain3d.au.AuIntensities;

/**
 * One drawn pain episode (see {@link EpisodeConfig}): everything needed to recompute its
 * frames at any frame rate, and what the clip's JSON records as the motion parameters.
 * Times are seconds from the clip start.
 *
 * @param noPain whether the clip stays at baseline (no pain AU moves)
 * @param targetPspi the apex PSPI, 0 for a no-pain clip
 * @param apex the AU configuration held at the apex (PSPI = target exactly)
 * @param onsetStartS when the first AU starts to rise
 * @param onsetS how long each AU takes to rise
 * @param apexS how long every AU is at its apex at once
 * @param offsetS how long each AU takes to fall
 * @param onsetLagS per active AU, its delay after {@code onsetStartS} (the smallest is 0)
 * @param offsetLagS per active AU, its delay after the apex end before it falls (smallest 0)
 * @param blinksPerMinute the clip's blink rate
 * @param blinks the blinks (none while the eyes are closed by AU43)
 * @param head the head sway
 * @param gaze the gaze fixations
 */
@JsonPropertyOrder({"no_pain", "target_pspi", "apex_aus", "onset_start_s", "onset_s", "apex_s", "offset_s",
    "apex_start_s", "apex_end_s", "offset_end_s", "onset_lag_s", "offset_lag_s", "blinks_per_minute", "blinks",
    "head", "gaze"})
public record EpisodePlan(
    @JsonProperty("no_pain") boolean noPain,
    @JsonProperty("target_pspi") int targetPspi,
    @JsonIgnore AuIntensities apex,
    @JsonProperty("onset_start_s") double onsetStartS,
    @JsonProperty("onset_s") double onsetS,
    @JsonProperty("apex_s") double apexS,
    @JsonProperty("offset_s") double offsetS,
    @JsonIgnore Map<ActionUnit, Double> onsetLagS,
    @JsonIgnore Map<ActionUnit, Double> offsetLagS,
    @JsonProperty("blinks_per_minute") double blinksPerMinute,
    @JsonProperty("blinks") List<Blink> blinks,
    @JsonProperty("head") HeadMotion head,
    @JsonProperty("gaze") Gaze gaze) {

  /** Checks that the apex reaches the target and every active AU has its lags. */
  public EpisodePlan {
    if (apex.pspi() != targetPspi || noPain != (targetPspi == 0)) {
      throw new IllegalArgumentException("the apex AUs must reach the target PSPI " + targetPspi);
    }
    onsetLagS = Collections.unmodifiableMap(new EnumMap<>(copy(onsetLagS)));
    offsetLagS = Collections.unmodifiableMap(new EnumMap<>(copy(offsetLagS)));
    for (ActionUnit au : apex.active().keySet()) {
      if (!onsetLagS.containsKey(au) || !offsetLagS.containsKey(au)) {
        throw new IllegalArgumentException(au + " has no lag");
      }
    }
    blinks = List.copyOf(blinks);
  }

  private static Map<ActionUnit, Double> copy(Map<ActionUnit, Double> m) {
    Map<ActionUnit, Double> c = new EnumMap<>(ActionUnit.class);
    c.putAll(m);
    return c;
  }

  /** @return when every AU has reached its apex intensity, s */
  @JsonProperty("apex_start_s")
  public double apexStartS() {
    return onsetStartS + maxLag(onsetLagS) + onsetS;
  }

  /** @return when the first AU starts to fall, s */
  @JsonProperty("apex_end_s")
  public double apexEndS() {
    return apexStartS() + apexS;
  }

  /** @return when every AU is back at 0, s */
  @JsonProperty("offset_end_s")
  public double offsetEndS() {
    return apexEndS() + maxLag(offsetLagS) + offsetS;
  }

  /** @return the apex intensities by AU name */
  @JsonProperty("apex_aus")
  public Map<String, Integer> apexAus() {
    Map<String, Integer> m = new LinkedHashMap<>();
    apex.active().forEach((au, v) -> m.put(au.name(), v));
    return m;
  }

  /** @return the onset lags by AU name */
  @JsonProperty("onset_lag_s")
  public Map<String, Double> onsetLagsByName() {
    return byName(onsetLagS);
  }

  /** @return the offset lags by AU name */
  @JsonProperty("offset_lag_s")
  public Map<String, Double> offsetLagsByName() {
    return byName(offsetLagS);
  }

  /**
   * The pain-episode intensity of one AU (blinks and gaze not included).
   *
   * @param au an action unit
   * @param t time, s
   * @return its intensity at {@code t}
   */
  public double intensity(ActionUnit au, double t) {
    int peak = apex.get(au);
    if (peak == 0) {
      return 0;
    }
    double up = Ease.rise(t, onsetStartS + onsetLagS.get(au), onsetS);
    double down = Ease.rise(t, apexEndS() + offsetLagS.get(au), offsetS);
    return peak * up * (1 - down);
  }

  private static double maxLag(Map<ActionUnit, Double> lags) {
    double m = 0;
    for (double v : lags.values()) {
      m = Math.max(m, v);
    }
    return m;
  }

  private static Map<String, Double> byName(Map<ActionUnit, Double> m) {
    Map<String, Double> out = new LinkedHashMap<>();
    m.forEach((au, v) -> out.put(au.name(), v));
    return out;
  }
}
