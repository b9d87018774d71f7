package org.pain3d.clips;

import java.util.Locale;
import java.util.Objects;

/**
 * A video's predicted PSPI over time.
 *
 * @param frames video frame numbers scored (every stride-th)
 * @param timeS their times, s ({@code frame / fps}; the frame number when the video gives no
 *     rate)
 * @param pspi predicted PSPI per scored frame, 0..16
 * @param truth true PSPI per scored frame (from a label table beside the video), or {@code
 *     null}
 * @param painProbability the clip head's probability of pain (PA1-PA4); the largest over the
 *     windows of a video longer than the model's clips
 * @param causal whether each frame's PSPI used only frames up to it
 */
public record Timeline(int[] frames, double[] timeS, float[] pspi, double[] truth,
    double painProbability, boolean causal) {
  /** Validates. */
  public Timeline {
    Objects.requireNonNull(frames, "frames");
    if (timeS.length != frames.length || pspi.length != frames.length
        || (truth != null && truth.length != frames.length)) {
      throw new IllegalArgumentException("one time and PSPI per frame expected");
    }
  }

  /** @return the timeline as CSV: {@code frame,time_s,pspi_pred[,pspi_true]} */
  public String toCsv() {
    StringBuilder sb = new StringBuilder("frame,time_s,pspi_pred" + (truth != null
        ? ",pspi_true" : "") + "\n");
    for (int i = 0; i < frames.length; i++) {
      sb.append(String.format(Locale.ROOT, "%d,%.4f,%.4f", frames[i], timeS[i], pspi[i]));
      if (truth != null) {
        sb.append(String.format(Locale.ROOT, ",%.4f", truth[i]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
