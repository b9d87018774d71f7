package org.pain3d.motion;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Gaze shifts: the eyes rest on a target for a while (a fixation of 0.4-2.5 s), then jump to
 * the next in a short saccade (40 ms, eased). A target is a horizontal and a vertical
 * deflection in [-1, 1] (positive: the subject's left, and up), drawn around straight ahead
 * (standard deviation 0.35); a deflection of 1 drives the eye-turn AUs (AU61/62 sideways,
 * AU63/64 up and down) at {@link #MAX_INTENSITY}.
 *
 * @param fixations the fixations in time order; the first starts at 0
 */
public record Gaze(@JsonProperty("fixations") List<Fixation> fixations) {
  /** FACS intensity of the eye-turn AUs at a deflection of 1. */
  public static final double MAX_INTENSITY = 2.0;
  static final Range FIXATION_S = new Range(0.4, 2.5);
  static final double SACCADE_S = 0.04;
  static final double SPREAD = 0.35;

  /**
   * One fixation.
   *
   * @param startS when the saccade towards it starts, s
   * @param horizontal deflection, [-1, 1], positive to the subject's left
   * @param vertical deflection, [-1, 1], positive up
   */
  public record Fixation(
      @JsonProperty("start_s") double startS,
      @JsonProperty("horizontal") double horizontal,
      @JsonProperty("vertical") double vertical) {}

  /** Copies. */
  public Gaze {
    fixations = List.copyOf(fixations);
  }

  /** @return eyes straight ahead throughout */
  public static Gaze ahead() {
    return new Gaze(List.of(new Fixation(0, 0, 0)));
  }

  /**
   * @param seconds clip length, s
   * @param rng the random source
   * @return random fixations covering the clip
   */
  public static Gaze sample(double seconds, RandomGenerator rng) {
    List<Fixation> f = new ArrayList<>();
    double t = 0;
    while (t < seconds) {
      f.add(new Fixation(t, deflection(rng), deflection(rng)));
      t += FIXATION_S.sample(rng);
    }
    return new Gaze(f);
  }

  private static double deflection(RandomGenerator rng) {
    return Math.max(-1, Math.min(1, SPREAD * rng.nextGaussian()));
  }

  /**
   * @param t time, s
   * @param out receives the horizontal and vertical deflection, shape [2]
   */
  public void at(double t, double[] out) {
    int i = 0;
    while (i + 1 < fixations.size() && fixations.get(i + 1).startS() <= t) {
      i++;
    }
    Fixation cur = fixations.get(i);
    Fixation prev = i > 0 ? fixations.get(i - 1) : cur;
    double s = Ease.rise(t, cur.startS(), SACCADE_S);
    out[0] = prev.horizontal() + s * (cur.horizontal() - prev.horizontal());
    out[1] = prev.vertical() + s * (cur.vertical() - prev.vertical());
  }
}
