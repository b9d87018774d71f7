package org.pain3d.dataset;

import java.util.Objects;

/**
 * One row of the split file: an annotation base name and its split.
 *
 * @param annotationBaseName e.g. {@code sample_00012_pain_3}
 * @param split its split
 */
public record SplitRow(String annotationBaseName, Split split) {

  /** Requires a base name without CSV-breaking characters. */
  public SplitRow {
    if (annotationBaseName == null || annotationBaseName.isBlank()) {
      throw new IllegalArgumentException("blank annotation base name");
    }
    if (annotationBaseName.contains(",") || annotationBaseName.contains("\n")
        || annotationBaseName.contains("\r") || annotationBaseName.contains("\"")
        || !annotationBaseName.strip().equals(annotationBaseName)) {
      throw new IllegalArgumentException("base name not CSV-safe: '" + annotationBaseName + "'");
    }
    Objects.requireNonNull(split, "split");
  }
}
