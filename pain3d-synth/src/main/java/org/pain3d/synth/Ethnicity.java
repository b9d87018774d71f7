package org.pain3d.synth;

/** The paper's ethnicity categories. */
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

  /** @return the label used in annotations */
  public String label() {
    return label;
  }
}
