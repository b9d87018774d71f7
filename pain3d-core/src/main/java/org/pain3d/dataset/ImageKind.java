package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an image shows the neutral face or a pain expression. Written to JSON as {@link #label()}. */
public enum ImageKind {
  /** The identity's neutral face (all AUs 0, PSPI 0). */
  NEUTRAL("neutral"),
  /** A pain expression. */
  PAIN("pain");

  private final String label;

  ImageKind(String label) {
    this.label = label;
  }

  /**
   * Returns the label written to JSON.
   *
   * @return the label
   */
  @JsonValue
  public String label() {
    return label;
  }

  /**
   * Parses a label.
   *
   * @param label the JSON label (case-sensitive)
   * @return the constant
   * @throws IllegalArgumentException for an unknown label
   */
  @JsonCreator
  public static ImageKind fromLabel(String label) {
    return EnumLabels.byLabel(ImageKind.class, ImageKind::label, label);
  }

  @Override
  public String toString() {
    return label;
  }
}
