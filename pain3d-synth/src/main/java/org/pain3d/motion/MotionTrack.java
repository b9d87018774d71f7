package org.pain3d.motion;

import org.pain3d.au.ActionUnit;
import org.pain3d.pspi.Pspi;

/**
 * Per-frame motion of one clip: every AU's continuous FACS intensity, the head pose and
 * whether a blink is under way, at a constant frame rate. Frame {@code k} is at {@code k /
 * fps} seconds from the clip start.
 *
 * <p>Intensities: graded AUs 0..5 (continuous between the A..E levels), AU43 0..1 (the
 * fraction of eye closure). Head pose: yaw, pitch, roll in degrees, as {@link
 * org.pain3d.render.HeadPose} defines them. Immutable once built ({@link Builder}).
 */
public final class MotionTrack {
  /** Number of AU columns, one per {@link ActionUnit}. */
  public static final int AUS = ActionUnit.values().length;

  private final int fps;
  private final int frames;
  private final float[] aus;
  private final float[] pose;
  private final boolean[] blink;

  private MotionTrack(Builder b) {
    this.fps = b.fps;
    this.frames = b.frames;
    this.aus = b.aus.clone();
    this.pose = b.pose.clone();
    this.blink = b.blink.clone();
  }

  /** @return frames per second */
  public int fps() {
    return fps;
  }

  /** @return number of frames */
  public int frames() {
    return frames;
  }

  /**
   * @param frame frame index
   * @return its time, s
   */
  public double time(int frame) {
    return (double) frame / fps;
  }

  /**
   * @param frame frame index
   * @param au an action unit
   * @return its intensity in that frame
   */
  public float intensity(int frame, ActionUnit au) {
    return aus[frame * AUS + au.ordinal()];
  }

  /**
   * @param frame frame index
   * @param out receives every AU's intensity, indexed by ordinal, shape [AUS]
   */
  public void intensities(int frame, float[] out) {
    System.arraycopy(aus, frame * AUS, out, 0, AUS);
  }

  /**
   * @param frame frame index
   * @return the continuous PSPI of that frame, 0..16
   */
  public double pspi(int frame) {
    return Pspi.formula(intensity(frame, ActionUnit.AU4), intensity(frame, ActionUnit.AU6),
        intensity(frame, ActionUnit.AU7), intensity(frame, ActionUnit.AU9), intensity(frame, ActionUnit.AU10),
        intensity(frame, ActionUnit.AU43));
  }

  /**
   * @param frame frame index
   * @param axis 0 yaw, 1 pitch, 2 roll
   * @return the head angle, degrees
   */
  public float pose(int frame, int axis) {
    return pose[frame * 3 + axis];
  }

  /**
   * @param frame frame index
   * @return whether a blink is under way
   */
  public boolean blink(int frame) {
    return blink[frame];
  }

  /** @return the first frame with the largest PSPI */
  public int apexFrame() {
    int best = 0;
    for (int f = 1; f < frames; f++) {
      if (pspi(f) > pspi(best) + 1e-9) {
        best = f;
      }
    }
    return best;
  }

  /** Fills a track frame by frame. */
  public static final class Builder {
    private final int fps;
    private final int frames;
    private final float[] aus;
    private final float[] pose;
    private final boolean[] blink;

    /**
     * @param fps frames per second, 1..240
     * @param frames number of frames, at least 1
     */
    public Builder(int fps, int frames) {
      if (fps < 1 || fps > 240 || frames < 1) {
        throw new IllegalArgumentException("a track needs 1..240 fps and at least one frame, got " + fps + " fps, "
            + frames + " frames");
      }
      this.fps = fps;
      this.frames = frames;
      this.aus = new float[frames * AUS];
      this.pose = new float[frames * 3];
      this.blink = new boolean[frames];
    }

    /**
     * @param frame frame index
     * @param au an action unit
     * @param value its intensity, clamped to 0..max
     * @return this
     */
    public Builder intensity(int frame, ActionUnit au, double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(au + " intensity of frame " + frame + " is not finite");
      }
      aus[frame * AUS + au.ordinal()] = (float) Math.max(0, Math.min(au.maxIntensity(), value));
      return this;
    }

    /**
     * @param frame frame index
     * @param yawDeg yaw, degrees
     * @param pitchDeg pitch, degrees
     * @param rollDeg roll, degrees
     * @return this
     */
    public Builder pose(int frame, double yawDeg, double pitchDeg, double rollDeg) {
      pose[frame * 3] = (float) yawDeg;
      pose[frame * 3 + 1] = (float) pitchDeg;
      pose[frame * 3 + 2] = (float) rollDeg;
      return this;
    }

    /**
     * @param frame frame index
     * @param on whether a blink is under way
     * @return this
     */
    public Builder blink(int frame, boolean on) {
      blink[frame] = on;
      return this;
    }

    /** @return the track */
    public MotionTrack build() {
      return new MotionTrack(this);
    }
  }
}
