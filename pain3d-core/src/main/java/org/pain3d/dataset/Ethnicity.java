package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Ethnicity of a synthetic identity, in the 3DPain paper's categories. Written to JSON as {@link #label()}. */
public enum Ethnicity {
  /** Latino. */
  LATINO("Latino"),
  /** Middle Eastern. */
  MIDDLE_EASTERN("Middle Eastern"),
  /** South Asian. */
  SOUTH_ASIAN("South Asian"),
  /** White. */
  WHITE("White"),
  /** East Asian. */
  EAST_ASIAN("East Asian"),
  /** Black. */
  BLACK("Black");

  private final String label;

  Ethnicity(String label) {
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
  public static Ethnicity fromLabel(String label) {
    return EnumLabels.byLabel(Ethnicity.class, Ethnicity::label, label);
  }

  @Override
  public String toString() {
    return label;
  }
}
