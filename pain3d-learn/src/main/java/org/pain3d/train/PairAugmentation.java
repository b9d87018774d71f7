package org.pain3d.train;

/** Whether and how a pain image and its neutral reference are augmented during training. */
public enum PairAugmentation {
  /** No augmentation. */
  OFF,
  /**
   * The horizontal flip is drawn once per pair; warp, colour jitter and blur are drawn for each
   * image on its own (as the reference implementation's per-image transforms).
   */
  PER_IMAGE,
  /**
   * One draw per pair: both images get the same flip, warp, jitter and blur, so a synthetic pain
   * image stays pixel-aligned with its neutral image of the same view (what a backbone trained
   * from scratch learns the difference from).
   */
  SHARED,
  /**
   * As {@link #SHARED} without the affine warp (rotation, zoom, shift): flip, colour jitter and
   * blur only. For backbones trained from scratch on small sets, which the warp keeps at a
   * constant prediction.
   */
  SHARED_PHOTOMETRIC;

  /** @return whether one draw serves both images of a pair */
  public boolean shared() {
    return this == SHARED || this == SHARED_PHOTOMETRIC;
  }

  /**
   * @param strengths the data set's augmentation strengths
   * @return the strengths this mode applies (the warp removed for {@link #SHARED_PHOTOMETRIC})
   */
  public AugmentConfig applyTo(AugmentConfig strengths) {
    return this == SHARED_PHOTOMETRIC ? strengths.withoutWarp() : strengths;
  }
}
