package org.pain3d.dataset;

import java.util.Objects;

/**
 * The annotation of one pain set: the official labels and our extras. Written as {@code
 * annotations/<base>_annotations.json} by {@link AnnotationCodec}.
 *
 * <p>The file is one JSON object: the official keys {@code AU4 AU6 AU7 AU9 AU10 AU43 PSPI}
 * first, as numbers (integral values are written without a fraction), then the extras
 * ({@link AnnotationExtras}) under their own keys.
 *
 * <p>Unlike a file read back leniently, this record is strict: PSPI must equal the formula
 * and the six official AUs in {@code au_intensities} must equal the top-level keys.
 *
 * @param labels the official labels
 * @param extras everything else
 */
public record PainAnnotation(PainLabels labels, AnnotationExtras extras) {

  /** Checks that labels and extras agree. */
  public PainAnnotation {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(extras, "extras");
    if (!labels.pspiConsistent()) {
      throw new IllegalArgumentException(
          "PSPI " + labels.pspi() + " differs from the formula " + labels.formulaPspi());
    }
    String mismatch = auMismatch(labels, extras);
    if (mismatch != null) {
      throw new IllegalArgumentException(mismatch);
    }
  }

  /**
   * Returns the annotation base name, {@code sample_<id5>_pain_<k>}.
   *
   * @return the base name
   */
  public String baseName() {
    return extras.baseName();
  }

  /**
   * Describes the first official AU whose value in {@code au_intensities} differs from the
   * top-level key.
   *
   * @param labels the top-level labels
   * @param extras the extras
   * @return a message, or null when they agree
   */
  public static String auMismatch(PainLabels labels, AnnotationExtras extras) {
    for (String k : PainLabels.AU_KEYS) {
      double inMap = extras.auIntensities().get(k);
      if (Math.abs(inMap - labels.get(k)) > PainLabels.PSPI_TOLERANCE) {
        return "au_intensities." + k + " = " + inMap + " differs from the top-level " + k
            + " = " + labels.get(k);
      }
    }
    return null;
  }
}
