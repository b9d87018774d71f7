package org.pain3d.unbc;


/** How {@link FaceCropper} resamples the square face box to the output size. */
public enum Resampling {
  /**
   * Bilinear interpolation at each output pixel's centre, whatever the scale. Aliases when
   * the box is much larger than the output.
   */
  BILINEAR,
  /**
   * Area averaging when downscaling (each output pixel is the mean of the source area it
   * covers, partial pixels weighted by their covered fraction); bilinear when upscaling.
   */
  AREA
}
