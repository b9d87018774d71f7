package org.pain3d.unbc;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a scan of a UNBC archive found, for logs and provenance.
 *
 * @param root the archive folder
 * @param frames frames kept
 * @param subjects subjects with at least one kept frame
 * @param sequences sequences with at least one kept frame
 * @param neutralFrames kept frames with PSPI 0
 * @param excludedBlackFrames known black frames left out
 * @param skippedMissingPspi frames left out for a missing PSPI file ({@link
 *     MissingLabelPolicy#SKIP})
 * @param skippedMissingFacs frames left out for a missing FACS file
 * @param skippedMissingLandmarks frames left out for a missing landmark file
 * @param labelFilesWithoutImage PSPI, FACS or landmark files with no matching image
 * @param ignoredFiles files in the trees that fit no layout rule (wrong depth or extension)
 * @param uncodedAuRows FACS rows naming an AU outside the ten coded ones (ignored)
 * @param sequencesWithLabels kept sequences with at least one sequence-level rating
 * @param pspiMismatches frames whose PSPI label differs from the PSPI of their FACS rows
 * @param pspiMismatchExamples the first few of those (at most {@link #MAX_EXAMPLES}), sorted
 */
public record UnbcScanSummary(
    Path root,
    int frames,
    int subjects,
    int sequences,
    int neutralFrames,
    int excludedBlackFrames,
    int skippedMissingPspi,
    int skippedMissingFacs,
    int skippedMissingLandmarks,
    int labelFilesWithoutImage,
    int ignoredFiles,
    long uncodedAuRows,
    int sequencesWithLabels,
    int pspiMismatches,
    List<PspiMismatch> pspiMismatchExamples) {

  /** Most mismatches listed in {@link #pspiMismatchExamples}. */
  public static final int MAX_EXAMPLES = 20;

  /**
   * Validates and copies.
   *
   * @param root see {@link #root()}
   * @param frames see {@link #frames()}
   * @param subjects see {@link #subjects()}
   * @param sequences see {@link #sequences()}
   * @param neutralFrames see {@link #neutralFrames()}
   * @param excludedBlackFrames see {@link #excludedBlackFrames()}
   * @param skippedMissingPspi see {@link #skippedMissingPspi()}
   * @param skippedMissingFacs see {@link #skippedMissingFacs()}
   * @param skippedMissingLandmarks see {@link #skippedMissingLandmarks()}
   * @param labelFilesWithoutImage see {@link #labelFilesWithoutImage()}
   * @param ignoredFiles see {@link #ignoredFiles()}
   * @param uncodedAuRows see {@link #uncodedAuRows()}
   * @param sequencesWithLabels see {@link #sequencesWithLabels()}
   * @param pspiMismatches see {@link #pspiMismatches()}
   * @param pspiMismatchExamples see {@link #pspiMismatchExamples()}
   */
  public UnbcScanSummary {
    Objects.requireNonNull(root, "root");
    pspiMismatchExamples = List.copyOf(pspiMismatchExamples);
    if (pspiMismatchExamples.size() > Math.min(MAX_EXAMPLES, pspiMismatches)) {
      throw new IllegalArgumentException("more mismatch examples than mismatches");
    }
  }

  /**
   * One line for logs.
   *
   * @return a summary line
   */
  public String describe() {
    return String.format(
        "%d frames (%d with PSPI 0), %d subjects, %d sequences; left out: %d black, %d without"
            + " PSPI, %d without FACS, %d without landmarks; %d PSPI labels differ from FACS;"
            + " %d label files without image; %d other files ignored",
        frames,
        neutralFrames,
        subjects,
        sequences,
        excludedBlackFrames,
        skippedMissingPspi,
        skippedMissingFacs,
        skippedMissingLandmarks,
        pspiMismatches,
        labelFilesWithoutImage,
        ignoredFiles);
  }
}
