package org.pain3d.motion;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.pain3d.au.ActionUnit;
import org.pain3d.au.IntensityCurve;
import org.pain3d.pspi.Pspi;

/**
 * Turns a {@link CapturedMotion} into a clip's {@link MotionTrack}: any avatar can be driven
 * by one recording (the rig works in AU intensities, not in the source person's geometry).
 *
 * <ul>
 *   <li>Failed frames are bridged: each channel is interpolated linearly between the nearest
 *       tracked frames before and after; failures at the start or end hold the first or last
 *       tracked value.
 *   <li>Resampling: output frame {@code k} takes the source at {@code start + k / fps} seconds
 *       (linear interpolation), so any source rate maps onto the clip's rate.
 *   <li>Eyes: a source without AU43 (OpenFace) gets its eye closure from AU45, the closure
 *       fraction being the rig's lid weight for that AU45 intensity; blink flags come from
 *       the source ({@code AU45_c}) or, failing that, AU45 at 1 or more.
 *   <li>Head: the recording's pose minus its median (so the avatar faces the camera on
 *       average), clamped to +-{@value #MAX_POSE_DEG} degrees. What the source lacks (pose,
 *       blinks when it has no eye channel, gaze always) comes from a background {@link
 *       EpisodePlan} (its head sway, blinks and gaze shifts).
 * </ul>
 */
public final class Retargeter {
  /** Largest head angle kept from a recording, degrees. */
  public static final double MAX_POSE_DEG = 30;

  private Retargeter() {}

  /**
   * Chooses the part of a recording a clip shows: around its PSPI peak, the peak falling at a
   * random 25..75 % of the clip; the whole recording from 0 when it is not longer than the
   * clip.
   *
   * @param m the recording
   * @param seconds clip length, s
   * @param rng the random source
   * @return the window's start, s into the recording
   */
  public static double windowStart(CapturedMotion m, double seconds, RandomGenerator rng) {
    double u = rng.nextDouble(0.25, 0.75);
    double room = m.durationS() - seconds;
    if (room <= 0) {
      return 0;
    }
    int peak = -1;
    double best = -1;
    for (int i = 0; i < m.frames(); i++) {
      if (m.valid(i)) {
        double p = pspi(m, i);
        if (p > best + 1e-9) {
          best = p;
          peak = i;
        }
      }
    }
    return Math.max(0, Math.min(room, m.time(peak) - u * seconds));
  }

  private static double pspi(CapturedMotion m, int i) {
    double eyes = m.has(ActionUnit.AU43) ? get(m, i, ActionUnit.AU43)
        : IntensityCurve.facs().weight(ActionUnit.AU45, get(m, i, ActionUnit.AU45));
    return Pspi.formula(get(m, i, ActionUnit.AU4), get(m, i, ActionUnit.AU6), get(m, i, ActionUnit.AU7),
        get(m, i, ActionUnit.AU9), get(m, i, ActionUnit.AU10), eyes);
  }

  private static double get(CapturedMotion m, int i, ActionUnit au) {
    return m.has(au) ? m.intensity(i, au) : 0;
  }

  /**
   * @param m the recording
   * @param startS the window's start, s into the recording
   * @param seconds clip length, s
   * @param fps the clip's frame rate
   * @param curve the rig's intensity curve
   * @param background supplies head sway, blinks and gaze the recording lacks
   * @return the clip's track
   */
  public static MotionTrack track(CapturedMotion m, double startS, double seconds, int fps, IntensityCurve curve,
      EpisodePlan background) {
    int n = EpisodeMotion.frames(seconds, fps);
    MotionTrack.Builder b = new MotionTrack.Builder(fps, n);
    for (ActionUnit au : ActionUnit.values()) {
      if (m.has(au)) {
        Signal s = Signal.of(m, i -> m.intensity(i, au));
        for (int k = 0; k < n; k++) {
          b.intensity(k, au, s.at(startS + (double) k / fps));
        }
      }
    }
    boolean eyes = m.has(ActionUnit.AU43) || m.has(ActionUnit.AU45);
    if (!m.has(ActionUnit.AU43) && m.has(ActionUnit.AU45)) {
      Signal s = Signal.of(m, i -> m.intensity(i, ActionUnit.AU45));
      for (int k = 0; k < n; k++) {
        b.intensity(k, ActionUnit.AU43, curve.weight(ActionUnit.AU45, Math.min(5, s.at(startS + (double) k / fps))));
      }
    }
    blinks(m, b, n, startS, fps);
    if (m.hasPose()) {
      pose(m, b, n, startS, fps);
    }
    EpisodeMotion.background(b, n, fps, eyes ? List.of() : background.blinks(), background.gaze(),
        m.hasPose() ? null : background.head(), curve);
    return b.build();
  }

  private static void blinks(CapturedMotion m, MotionTrack.Builder b, int n, double startS, int fps) {
    if (m.hasBlinks()) {
      Signal s = Signal.of(m, i -> m.blink(i) ? 1 : 0);
      for (int k = 0; k < n; k++) {
        b.blink(k, s.nearest(startS + (double) k / fps) >= 0.5);
      }
    } else if (m.has(ActionUnit.AU45)) {
      Signal s = Signal.of(m, i -> m.intensity(i, ActionUnit.AU45));
      for (int k = 0; k < n; k++) {
        b.blink(k, s.at(startS + (double) k / fps) >= 1);
      }
    }
  }

  private static void pose(CapturedMotion m, MotionTrack.Builder b, int n, double startS, int fps) {
    Signal[] axes = new Signal[3];
    double[] median = new double[3];
    for (int a = 0; a < 3; a++) {
      int axis = a;
      axes[a] = Signal.of(m, i -> m.pose(i, axis));
      median[a] = axes[a].median();
    }
    for (int k = 0; k < n; k++) {
      double t = startS + (double) k / fps;
      b.pose(k, clamp(axes[0].at(t) - median[0]), clamp(axes[1].at(t) - median[1]), clamp(axes[2].at(t) - median[2]));
    }
  }

  private static double clamp(double deg) {
    return Math.max(-MAX_POSE_DEG, Math.min(MAX_POSE_DEG, deg));
  }

  /** One channel at its tracked frames only: times and values, interpolated in between. */
  private static final class Signal {
    private final double[] t;
    private final double[] v;

    private Signal(double[] t, double[] v) {
      this.t = t;
      this.v = v;
    }

    static Signal of(CapturedMotion m, java.util.function.IntToDoubleFunction value) {
      int n = m.validFrames();
      double[] t = new double[n];
      double[] v = new double[n];
      int j = 0;
      for (int i = 0; i < m.frames(); i++) {
        if (m.valid(i)) {
          t[j] = m.time(i);
          v[j++] = value.applyAsDouble(i);
        }
      }
      return new Signal(t, v);
    }

    /** Linear interpolation, holding the first and last values outside. */
    double at(double time) {
      return sample(time, true);
    }

    /** The value of the tracked frame nearest in time (earlier on ties). */
    double nearest(double time) {
      return sample(time, false);
    }

    private double sample(double time, boolean interpolate) {
      int i = Arrays.binarySearch(t, time);
      if (i >= 0) {
        return v[i];
      }
      int hi = -i - 1;
      if (hi == 0) {
        return v[0];
      }
      if (hi == t.length) {
        return v[t.length - 1];
      }
      double f = (time - t[hi - 1]) / (t[hi] - t[hi - 1]);
      if (!interpolate) {
        return f <= 0.5 ? v[hi - 1] : v[hi];
      }
      return v[hi - 1] + f * (v[hi] - v[hi - 1]);
    }

    double median() {
      double[] s = v.clone();
      Arrays.sort(s);
      return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }
  }
}
