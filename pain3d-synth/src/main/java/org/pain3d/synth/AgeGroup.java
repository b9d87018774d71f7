package org.pain3d.synth;

/** The paper's age groups. */
public enum AgeGroup {
  /** Young adult. */
  YOUNG("young"),
  /** Elderly. */
  ELDERLY("elderly");

  private final String label;

  AgeGroup(String label) {
    this.label = label;
  }

  /** @return the label used in annotations */
  public String label() {
    return label;
  }
}
