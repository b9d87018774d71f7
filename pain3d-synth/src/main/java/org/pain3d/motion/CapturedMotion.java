package org.pain3d.motion;

import java.util.ArrayList;
import java.util.List;
import org.pain3d.au.ActionUnit;

/**
 * A recording of a real face's motion, already in the rig's terms: per source frame its
 * time, whether the tracker (or coder) succeeded, the AU intensities it measured, and
 * optionally the head pose and blink flags. {@link Retargeter} turns it into a clip's track.
 *
 * <p>AU channels the source does not measure are absent ({@link #has} false), not zero.
 * Times are seconds from the recording's first frame, strictly increasing. Pose: yaw,
 * pitch, roll in degrees in {@link org.pain3d.render.HeadPose}'s convention, as measured
 * (the retargeting removes the recording's median pose).
 */
public final class CapturedMotion {
  /** Where a recording comes from. */
  public enum Kind {
    /** An OpenFace 2.x FeatureExtraction CSV. */
    OPENFACE,
    /** A sequence of UNBC-McMaster frame FACS codes. */
    UNBC
  }

  private final String name;
  private final Kind kind;
  private final String fingerprint;
  private final double[] times;
  private final boolean[] valid;
  private final float[][] channels;
  private final float[][] pose;
  private final boolean[] blink;
  private final List<String> unmapped;

  private CapturedMotion(Builder b) {
    this.name = b.name;
    this.kind = b.kind;
    this.fingerprint = b.fingerprint;
    this.times = b.times;
    this.valid = b.valid;
    this.channels = b.channels;
    this.pose = b.pose;
    this.blink = b.blink;
    this.unmapped = List.copyOf(b.unmapped);
  }

  /** @return the recording's name (file or sequence name) */
  public String name() {
    return name;
  }

  /** @return its source */
  public Kind kind() {
    return kind;
  }

  /** @return a content hash of the source (SHA-256 hex), for the resume check */
  public String fingerprint() {
    return fingerprint;
  }

  /** @return number of source frames */
  public int frames() {
    return times.length;
  }

  /**
   * @param i source frame
   * @return its time, s from the first frame
   */
  public double time(int i) {
    return times[i];
  }

  /** @return the recording's length, s (last frame time) */
  public double durationS() {
    return times[times.length - 1];
  }

  /**
   * @param i source frame
   * @return whether it was tracked (coded)
   */
  public boolean valid(int i) {
    return valid[i];
  }

  /** @return how many frames were tracked */
  public int validFrames() {
    int n = 0;
    for (boolean v : valid) {
      n += v ? 1 : 0;
    }
    return n;
  }

  /**
   * @param au an action unit
   * @return whether the source measures it
   */
  public boolean has(ActionUnit au) {
    return channels[au.ordinal()] != null;
  }

  /**
   * @param i source frame
   * @param au a measured action unit
   * @return its intensity (meaningless on an invalid frame)
   */
  public float intensity(int i, ActionUnit au) {
    return channels[au.ordinal()][i];
  }

  /** @return whether the source has a head pose */
  public boolean hasPose() {
    return pose != null;
  }

  /**
   * @param i source frame
   * @param axis 0 yaw, 1 pitch, 2 roll
   * @return the angle, degrees
   */
  public float pose(int i, int axis) {
    return pose[axis][i];
  }

  /** @return whether the source flags blinks */
  public boolean hasBlinks() {
    return blink != null;
  }

  /**
   * @param i source frame
   * @return whether a blink is flagged
   */
  public boolean blink(int i) {
    return blink[i];
  }

  /** @return source columns or codes with no shape in the rig, e.g. {@code AU25_r} */
  public List<String> unmapped() {
    return unmapped;
  }

  /** Fills a recording frame by frame; {@link #build} checks it. */
  public static final class Builder {
    private final String name;
    private final Kind kind;
    private final double[] times;
    private final boolean[] valid;
    private final float[][] channels = new float[ActionUnit.values().length][];
    private final List<String> unmapped = new ArrayList<>();
    private String fingerprint = "";
    private float[][] pose;
    private boolean[] blink;

    /**
     * @param name the recording's name
     * @param kind its source
     * @param frames number of source frames, at least 1
     */
    public Builder(String name, Kind kind, int frames) {
      if (frames < 1) {
        throw new IllegalArgumentException("a recording needs at least one frame");
      }
      this.name = name;
      this.kind = kind;
      this.times = new double[frames];
      this.valid = new boolean[frames];
    }

    /**
     * @param hex SHA-256 hex of the source
     * @return this
     */
    public Builder fingerprint(String hex) {
      this.fingerprint = hex;
      return this;
    }

    /**
     * @param i frame
     * @param t its time, s
     * @param tracked whether it was tracked
     * @return this
     */
    public Builder frame(int i, double t, boolean tracked) {
      times[i] = t;
      valid[i] = tracked;
      return this;
    }

    /**
     * Declares a measured AU (all frames 0 until set).
     *
     * @param au the action unit
     * @return this
     */
    public Builder measures(ActionUnit au) {
      if (channels[au.ordinal()] == null) {
        channels[au.ordinal()] = new float[times.length];
      }
      return this;
    }

    /**
     * Sets an intensity; a second source code mapped to the same AU keeps the larger.
     *
     * @param i frame
     * @param au the action unit (declared with {@link #measures})
     * @param value intensity, clamped to 0..max
     * @return this
     */
    public Builder intensity(int i, ActionUnit au, double value) {
      measures(au);
      float v = (float) Math.max(0, Math.min(au.maxIntensity(), value));
      channels[au.ordinal()][i] = Math.max(channels[au.ordinal()][i], v);
      return this;
    }

    /**
     * @param i frame
     * @param yawDeg yaw, degrees
     * @param pitchDeg pitch, degrees
     * @param rollDeg roll, degrees
     * @return this
     */
    public Builder pose(int i, double yawDeg, double pitchDeg, double rollDeg) {
      if (pose == null) {
        pose = new float[3][times.length];
      }
      pose[0][i] = (float) yawDeg;
      pose[1][i] = (float) pitchDeg;
      pose[2][i] = (float) rollDeg;
      return this;
    }

    /**
     * @param i frame
     * @param on whether a blink is flagged
     * @return this
     */
    public Builder blink(int i, boolean on) {
      if (blink == null) {
        blink = new boolean[times.length];
      }
      blink[i] = on;
      return this;
    }

    /**
     * @param column a source column or code with no rig shape
     * @return this
     */
    public Builder unmapped(String column) {
      unmapped.add(column);
      return this;
    }

    /**
     * @return the recording
     * @throws IllegalArgumentException when times do not increase, no AU is measured or no
     *     frame is tracked (loaders turn it into a {@link MotionFormatException})
     */
    public CapturedMotion build() {
      for (int i = 1; i < times.length; i++) {
        if (!(times[i] > times[i - 1])) {
          throw new IllegalArgumentException("frame times must increase: frame " + (i + 1) + " is at " + times[i]
              + " s after " + times[i - 1] + " s");
        }
      }
      boolean any = false;
      for (float[] c : channels) {
        any |= c != null;
      }
      if (!any) {
        throw new IllegalArgumentException("no AU the rig can show is measured");
      }
      boolean tracked = false;
      for (boolean v : valid) {
        tracked |= v;
      }
      if (!tracked) {
        throw new IllegalArgumentException("no frame was tracked successfully");
      }
      return new CapturedMotion(this);
    }
  }
}
