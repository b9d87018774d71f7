package org.pain3d.synth;

/** The paper's gender categories. */
public enum Gender {
  /** Man. */
  MAN("man"),
  /** Woman. */
  WOMAN("woman");

  private final String label;

  Gender(String label) {
    this.label = label;
  }

  /** @return the label used in annotations */
  public String label() {
    return label;
  }
}
