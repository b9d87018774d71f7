package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Gender of a synthetic identity, in the 3DPain paper's categories. Written to JSON as {@link #label()}. */
public enum Gender {
  /** Man. */
  MAN("man"),
  /** Woman. */
  WOMAN("woman");

  private final String label;

  Gender(String label) {
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
  public static Gender fromLabel(String label) {
    return EnumLabels.byLabel(Gender.class, Gender::label, label);
  }

  @Override
  public String toString() {
    return label;
  }
}
