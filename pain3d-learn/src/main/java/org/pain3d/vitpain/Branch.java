package org.pain3d.vitpain;

/** The two image branches of ViTPain. */
public enum Branch {
  /** The pain frame: the cross-attention's queries. */
  PAIN,
  /** The neutral reference of the same person: the cross-attention's keys and values. */
  NEUTRAL
}
