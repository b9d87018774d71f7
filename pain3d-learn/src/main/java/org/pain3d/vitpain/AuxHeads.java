package org.pain3d.vitpain;

/**
 * Optional heads beside the paper's (issue 14).
 *
 * @param region whether the dense region head is built: LN and Linear(D, 1) on every fused patch
 *     token, a sigmoid giving the pain-region heatmap on the patch grid as a fraction of {@link
 *     org.pain3d.pairs.Heatmaps#COLOUR_MAX_MM} (child {@code region})
 * @param projectTo width of the feature-distillation projector (Linear(D, projectTo) on the fused
 *     tokens, child {@code project}: the teacher's token width), or 0 for none
 */
public record AuxHeads(boolean region, int projectTo) {
  /** No extra heads (every run before issue 14). */
  public static final AuxHeads NONE = new AuxHeads(false, 0);

  /** Validates. */
  public AuxHeads {
    if (projectTo < 0) {
      throw new IllegalArgumentException("projector width must be >= 0, got " + projectTo);
    }
  }

  /** @return whether any extra head is built */
  public boolean any() {
    return region || projectTo > 0;
  }

  /**
   * Jackson's value filter: {@code model.json} leaves out {@link #NONE} (and {@link Modality#RGB}),
   * so runs without extra heads keep their bytes.
   */
  public static final class DefaultFilter {
    @Override
    public boolean equals(Object o) {
      return o == null || NONE.equals(o) || o == org.pain3d.pairs.Modality.RGB;
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }
}
