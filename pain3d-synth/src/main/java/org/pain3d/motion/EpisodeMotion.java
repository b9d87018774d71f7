package org.pain3d.motion;

import java.util.List;
import org.pain3d.au.ActionUnit;
import org.pain3d.au.IntensityCurve;

/**
 * Samples an {@link EpisodePlan} into a {@link MotionTrack}, and adds the background motion
 * (blinks, gaze, head sway) that every source shares.
 *
 * <p>Blinks drive AU45 so that the rig's lid weight equals the blink's closure exactly
 * (through the inverse of the intensity curve); the blink flag is set while the lids move.
 * Gaze drives AU61/62 (sideways) and AU63/64 (up, down); the head pose is the sway.
 */
public final class EpisodeMotion {
  private EpisodeMotion() {}

  /**
   * @param plan the episode
   * @param seconds clip length, s
   * @param fps frames per second
   * @param curve the rig's intensity curve (for the blink's AU45 intensity)
   * @return the track, {@code round(seconds * fps)} frames
   */
  public static MotionTrack track(EpisodePlan plan, double seconds, int fps, IntensityCurve curve) {
    int n = frames(seconds, fps);
    MotionTrack.Builder b = new MotionTrack.Builder(fps, n);
    List<ActionUnit> active = List.copyOf(plan.apex().active().keySet());
    for (int k = 0; k < n; k++) {
      double t = (double) k / fps;
      for (ActionUnit au : active) {
        b.intensity(k, au, plan.intensity(au, t));
      }
    }
    background(b, n, fps, plan.blinks(), plan.gaze(), plan.head(), curve);
    return b.build();
  }

  /**
   * Adds blinks, gaze and head sway to a track under construction.
   *
   * @param b the builder
   * @param n its frames
   * @param fps its frame rate
   * @param blinks blinks to add (empty: none)
   * @param gaze gaze fixations (null: leave the eye-turn AUs alone)
   * @param head head sway (null: leave the pose alone)
   * @param curve the rig's intensity curve
   */
  static void background(MotionTrack.Builder b, int n, int fps, List<Blink> blinks, Gaze gaze, HeadMotion head,
      IntensityCurve curve) {
    double[] pose = new double[3];
    double[] eyes = new double[2];
    for (int k = 0; k < n; k++) {
      double t = (double) k / fps;
      double c = 0;
      for (Blink bl : blinks) {
        c = Math.max(c, bl.closure(t));
      }
      if (!blinks.isEmpty()) {
        b.intensity(k, ActionUnit.AU45, curve.intensityFor(c)).blink(k, c > 0);
      }
      if (gaze != null) {
        gaze.at(t, eyes);
        b.intensity(k, ActionUnit.AU61, Math.max(0, eyes[0]) * Gaze.MAX_INTENSITY);
        b.intensity(k, ActionUnit.AU62, Math.max(0, -eyes[0]) * Gaze.MAX_INTENSITY);
        b.intensity(k, ActionUnit.AU63, Math.max(0, eyes[1]) * Gaze.MAX_INTENSITY);
        b.intensity(k, ActionUnit.AU64, Math.max(0, -eyes[1]) * Gaze.MAX_INTENSITY);
      }
      if (head != null) {
        head.pose(t, pose);
        b.pose(k, pose[0], pose[1], pose[2]);
      }
    }
  }

  /**
   * @param seconds clip length, s, positive
   * @param fps frames per second
   * @return the clip's frame count, at least 1
   */
  public static int frames(double seconds, int fps) {
    return Math.max(1, (int) Math.round(seconds * fps));
  }
}
