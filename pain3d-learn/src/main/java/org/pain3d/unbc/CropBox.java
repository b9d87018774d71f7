package org.pain3d.unbc;


/**
 * A square region of a frame, in continuous image coordinates (pixels, x right, y down) where
 * pixel {@code (i, j)} covers {@code [i - 0.5, i + 0.5) x [j - 0.5, j + 0.5)}: its centre is
 * at {@code (i, j)}, the landmarks' convention. The box may reach beyond the image; {@link
 * FaceCropper} then repeats the edge pixels.
 *
 * @param left x of the left edge
 * @param top y of the top edge
 * @param side width and height
 */
public record CropBox(double left, double top, double side) {

  /**
   * Validates.
   *
   * @param left see {@link #left()}
   * @param top see {@link #top()}
   * @param side see {@link #side()}
   */
  public CropBox {
    if (!(Double.isFinite(left) && Double.isFinite(top) && side > 0 && Double.isFinite(side))) {
      throw new IllegalArgumentException("bad crop box " + left + ", " + top + ", " + side);
    }
  }
}
