package org.pain3d.train;

/** What the student's AU-query attention over the patch grid is matched to (KL). */
public enum AttentionTarget {
  /** The heatmap teacher's AU-query attention on the same pain image. */
  TEACHER,
  /** The dataset's heatmap pooled to the patch grid, normalised to sum 1. */
  HEATMAP
}
