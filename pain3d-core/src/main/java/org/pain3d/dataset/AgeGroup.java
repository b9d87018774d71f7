package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Age group of a synthetic identity, in the 3DPain paper's categories. Written to JSON as {@link #label()}. */
public enum AgeGroup {
  /** Young adult. */
  YOUNG("young"),
  /** Elderly. */
  ELDERLY("elderly");

  private final String label;

  AgeGroup(String label) {
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
  public static AgeGroup fromLabel(String label) {
    return EnumLabels.byLabel(AgeGroup.class, AgeGroup::label, label);
  }

  @Override
  public String toString() {
    return label;
  }
}
