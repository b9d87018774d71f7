package org.pain3d.unbc;

import java.util.List;
import java.util.Objects;

/**
 * One UNBC-McMaster sequence for the temporal model: its frames in order and the two sequence
 * ratings it is scored against.
 *
 * @param subject subject folder name, e.g. {@code 064-ak064}
 * @param sequence sequence folder name, e.g. {@code ak064t1aaaff}
 * @param frames the frames, ordered by frame number (at least one)
 * @param vas the self-reported visual analogue scale rating, 0..10
 * @param opr the observer pain intensity rating, 0..5
 */
public record UnbcSequence(String subject, String sequence, List<UnbcFrame> frames, double vas,
    double opr) {
  /** Validates. */
  public UnbcSequence {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(sequence, "sequence");
    frames = List.copyOf(frames);
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("a sequence needs frames");
    }
    if (!Double.isFinite(vas) || !Double.isFinite(opr)) {
      throw new IllegalArgumentException("VAS and OPR must be finite");
    }
  }

  /** @return {@code subject/sequence}, unique within the archive */
  public String key() {
    return subject + "/" + sequence;
  }

  /**
   * The neutral reference: the first frame with PSPI 0, else the frame with the lowest PSPI
   * (the earliest of those).
   *
   * @return its index in {@link #frames()}
   */
  public int neutralIndex() {
    int best = 0;
    for (int i = 0; i < frames.size(); i++) {
      if (frames.get(i).pspi() < frames.get(best).pspi()) {
        best = i;
      }
      if (frames.get(best).pspi() == 0f) {
        break;
      }
    }
    return best;
  }
}
