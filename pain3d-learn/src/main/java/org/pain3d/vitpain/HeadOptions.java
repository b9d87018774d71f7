package org.pain3d.vitpain;

/**
 * Which parts of ViTPain are active (the paper's ablations).
 *
 * @param reference whether the neutral reference branch and the cross-attention are used
 *     (without it the heads see the pain tokens directly)
 * @param auHead whether the AU query head is built and trained
 * @param binaryHeads whether the three PSPI threshold heads are built and trained
 */
public record HeadOptions(boolean reference, boolean auHead, boolean binaryHeads) {
  /** @return everything on, as in the paper */
  public static HeadOptions full() {
    return new HeadOptions(true, true, true);
  }
}
