package org.pain3d.pairs;

/**
 * What the pain branch sees.
 *
 * <ul>
 *   <li>{@link #RGB}: the face image (the paper's student, every run before issue 14);
 *   <li>{@link #HEATMAP}: the pain set's raw 16-bit pain-region heatmap (displacement from the
 *       neutral face in mm, {@link Heatmaps}) as a grey image replicated to three
 *       channels: the cross-modal teacher. Its neutral counterpart would be the zero map, so a
 *       heatmap model has no reference branch.
 * </ul>
 */
public enum Modality {
  /** Face images. */
  RGB,
  /** Pain-region heatmaps (the teacher). */
  HEATMAP
}
