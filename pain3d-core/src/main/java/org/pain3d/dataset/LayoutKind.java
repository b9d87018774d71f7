package org.pain3d.dataset;

/**
 * The two directory layouts the reader understands.
 *
 * <p>They share annotation, heatmap and split-file naming and the image-name parsing rules
 * ({@link DatasetNaming#baseNameOfImage}); they differ in where images live and in how a
 * neutral reference is chosen.
 */
public enum LayoutKind {
  /**
   * Ours: images under {@code images/}, a {@code manifest.json} at the root; the neutral
   * reference of an image is the identity's neutral image of the same view.
   */
  OURS,
  /**
   * The published 3DPain layout as the reference Python loader reads it: images under
   * {@code meshes_inpainted/} (or {@code images/} when that is absent); the neutral
   * reference is any neutral image of the subject.
   */
  PUBLISHED
}
