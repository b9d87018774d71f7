package org.pain3d.unbc;

import java.util.Objects;

/**
 * Options of the UNBC archive scan.
 *
 * @param missingLabels what to do with a frame whose PSPI, FACS or landmark file is missing
 * @param keepBlackFrames keep the known black frames ({@code 095-tv095/tv095t2aeunaff},
 *     frames 1-6), which are left out by default
 */
public record UnbcScanOptions(MissingLabelPolicy missingLabels, boolean keepBlackFrames) {

  /**
   * Validates.
   *
   * @param missingLabels see {@link #missingLabels()}
   * @param keepBlackFrames see {@link #keepBlackFrames()}
   */
  public UnbcScanOptions {
    Objects.requireNonNull(missingLabels, "missingLabels");
  }

  /**
   * The defaults: error on a missing label, leave out the black frames.
   *
   * @return the default options
   */
  public static UnbcScanOptions defaults() {
    return new UnbcScanOptions(MissingLabelPolicy.ERROR, false);
  }

  /**
   * Returns a copy with another missing-label policy.
   *
   * @param policy the policy
   * @return the new options
   */
  public UnbcScanOptions withMissingLabels(MissingLabelPolicy policy) {
    return new UnbcScanOptions(policy, keepBlackFrames);
  }

  /**
   * Returns a copy that keeps (or leaves out) the known black frames.
   *
   * @param keep true to keep them
   * @return the new options
   */
  public UnbcScanOptions withKeepBlackFrames(boolean keep) {
    return new UnbcScanOptions(missingLabels, keep);
  }
}
