package org.pain3d.unbc;


/**
 * The four sequence-level pain ratings of the UNBC archive, one folder each under {@code
 * Sequence_Labels/}.
 */
public enum SequenceScale {
  /** Affective-motivational scale, self-reported. */
  AFF,
  /** Observer pain intensity rating. */
  OPR,
  /** Sensory scale, self-reported. */
  SEN,
  /** Visual analogue scale, self-reported. */
  VAS
}
