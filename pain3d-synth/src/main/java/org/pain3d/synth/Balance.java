package org.pain3d.synth;

/** How demographics are balanced over the identities of a dataset. */
public enum Balance {
  /** The 3DPain paper's marginals ({@link DemographicMarginals#paper()}). */
  PAPER,
  /** Equal shares of every category ({@link DemographicMarginals#uniform()}). */
  UNIFORM;

  /** @return the target marginals */
  public DemographicMarginals marginals() {
    return switch (this) {
      case PAPER -> DemographicMarginals.paper();
      case UNIFORM -> DemographicMarginals.uniform();
    };
  }
}
