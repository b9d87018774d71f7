package org.pain3d.clips;

import java.nio.file.Path;
import java.util.Objects;
import org.pain3d.dataset.Split;

/**
 * One clip as training data: the frames the model sees and their labels. A generated clip's
 * frames are every {@code stride}-th from 0 and its neutral reference is its frame 0; a window
 * of a UNBC-McMaster sequence ({@link UnbcSequenceCv}) names the
 * sequence's frames it covers and the sequence's neutral frame.
 *
 * @param base the clip's base name ({@code sample_<id5>_clip_<kk>}), or {@code
 *     subject/sequence} of a UNBC sequence (the token keys are per base and frame)
 * @param identity the identity's id (a UNBC subject's index)
 * @param split its split
 * @param video the MP4 file (a UNBC sequence's image folder)
 * @param videoFrames frames in the video (in the sequence)
 * @param frames the video frame numbers the model sees, ascending
 * @param pspi per-frame PSPI (0..16) of those frames
 * @param pain whether the clip's class is pain (PA1-PA4) rather than BL1 (a UNBC sequence's
 *     OPR at or above the threshold)
 * @param apexPspi the clip's apex PSPI
 * @param neutral the video frame number of the neutral reference
 */
public record ClipSample(String base, int identity, Split split, Path video, int videoFrames,
    int[] frames, float[] pspi, boolean pain, double apexPspi, int neutral) {
  /** Validates. */
  public ClipSample {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(video, "video");
    if (frames.length == 0 || frames.length != pspi.length || frames[0] < 0) {
      throw new IllegalArgumentException("a clip needs frames >= 0 with one PSPI each");
    }
    for (int i = 1; i < frames.length; i++) {
      if (frames[i] <= frames[i - 1]) {
        throw new IllegalArgumentException("a clip's frames must ascend");
      }
    }
    if (neutral < 0 || neutral >= videoFrames) {
      throw new IllegalArgumentException("neutral frame " + neutral + " outside the clip's "
          + videoFrames + " frames");
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
