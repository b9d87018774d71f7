package org.pain3d.unbc;

import java.nio.file.Path;
import java.util.Objects;
import org.pain3d.pspi.Pspi;

/**
 * One frame of the UNBC-McMaster archive with all its labels.
 *
 * @param subject subject folder name, e.g. {@code 064-ak064}
 * @param sequence sequence folder name, e.g. {@code ak064t1aaaff}
 * @param frameId image file name without {@code .png}, e.g. {@code ak064t1aaaff001}
 * @param image the frame's PNG (about 320x240 pixels)
 * @param pspi PSPI from {@code Frame_Labels/PSPI}, 0..16 (the archive's label, not recomputed)
 * @param facs the AU coding from {@code Frame_Labels/FACS}
 * @param landmarks the 66 AAM landmarks in image pixels (y down)
 * @param sequenceLabels the sequence's ratings, {@link SequenceLabels#NONE} when absent
 */
public record UnbcFrame(
    String subject,
    String sequence,
    String frameId,
    Path image,
    float pspi,
    FacsCoding facs,
    AamLandmarks landmarks,
    SequenceLabels sequenceLabels) {

  /**
   * Validates.
   *
   * @param subject see {@link #subject()}
   * @param sequence see {@link #sequence()}
   * @param frameId see {@link #frameId()}
   * @param image see {@link #image()}
   * @param pspi see {@link #pspi()}
   * @param facs see {@link #facs()}
   * @param landmarks see {@link #landmarks()}
   * @param sequenceLabels see {@link #sequenceLabels()}
   */
  public UnbcFrame {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(sequence, "sequence");
    Objects.requireNonNull(frameId, "frameId");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(facs, "facs");
    Objects.requireNonNull(landmarks, "landmarks");
    Objects.requireNonNull(sequenceLabels, "sequenceLabels");
    if (!Pspi.inRange(pspi)) {
      throw new IllegalArgumentException("PSPI out of 0.." + Pspi.MAX + ": " + pspi);
    }
  }

  /**
   * Whether the frame can serve as a neutral reference.
   *
   * @return true when PSPI is 0
   */
  public boolean neutral() {
    return pspi == 0f;
  }

  /**
   * The frame number: the trailing digits of the frame id ({@code ak064t1aaaff001} gives 1).
   *
   * @return the number, or -1 when the id does not end in digits
   */
  public int frameNumber() {
    return UnbcLayout.trailingNumber(frameId);
  }

  /**
   * The ViTPain AU targets.
   *
   * @return float[6]: AU4, AU6, AU7, AU9, AU10 intensities and AU43 binarised
   */
  public float[] painTargets() {
    return facs.painTargets();
  }

  /**
   * A stable key unique within the archive.
   *
   * @return {@code subject/sequence/frameId}
   */
  public String key() {
    return subject + "/" + sequence + "/" + frameId;
  }
}
