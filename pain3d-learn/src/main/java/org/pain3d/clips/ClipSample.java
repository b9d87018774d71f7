package org.pain3d.clips;

import java.nio.file.Path;
import java.util.Objects;
import org.pain3d.dataset.Split;

/**
 * One clip as training data: the frames the model sees and their labels.
 *
 * @param base the clip's base name ({@code sample_<id5>_clip_<kk>})
 * @param identity the identity's id
 * @param split its split
 * @param video the MP4 file
 * @param videoFrames frames in the video
 * @param frames the video frame numbers the model sees (every {@code stride}-th from 0)
 * @param pspi per-frame PSPI (0..16) of those frames
 * @param pain whether the clip's class is pain (PA1-PA4) rather than BL1
 * @param apexPspi the clip's apex PSPI
 */
public record ClipSample(String base, int identity, Split split, Path video, int videoFrames,
    int[] frames, float[] pspi, boolean pain, double apexPspi) {
  /** Validates. */
  public ClipSample {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(video, "video");
    if (frames.length == 0 || frames.length != pspi.length || frames[0] != 0) {
      throw new IllegalArgumentException("a clip needs frames from 0 with one PSPI each");
    }
  }

  /**
   * The token-store key of a video frame.
   *
   * @param frame the video frame number
   * @return {@code clip:<base>:<frame>}
   */
  public String key(int frame) {
    return "clip:" + base + ":" + frame;
  }
}
