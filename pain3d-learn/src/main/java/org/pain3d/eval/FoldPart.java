package org.pain3d.eval;

import java.util.Locale;
import org.pain3d.dataset.EnumLabels;

/** Which part of a cross-validation fold a prediction belongs to. */
public enum FoldPart {
  /** Training rows of the fold: used only to calibrate the F1 decision thresholds. */
  TRAIN,
  /** Held-out test rows of the fold: every reported metric is computed on these. */
  TEST;

  /**
   * The lower-case name used in files ({@code train} or {@code test}).
   *
   * @return the file name of this split
   */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a file name, ignoring case and surrounding blanks.
   *
   * @param text {@code train} or {@code test}
   * @return the split
   * @throws IllegalArgumentException for any other text
   */
  public static FoldPart parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return EnumLabels.find(FoldPart.class, FoldPart::fileName, t).orElseThrow(() ->
        new IllegalArgumentException("unknown split '" + text + "' (expected train or test)"));
  }
}
