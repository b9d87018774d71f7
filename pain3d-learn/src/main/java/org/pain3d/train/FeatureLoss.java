package org.pain3d.train;

/** How projected student tokens are compared with the teacher's (feature distillation). */
public enum FeatureLoss {
  /** {@code 1 - cos} per token, averaged. */
  COSINE,
  /** Mean squared difference per element. */
  MSE
}
