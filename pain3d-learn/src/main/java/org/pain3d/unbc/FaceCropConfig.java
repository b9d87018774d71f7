package org.pain3d.unbc;

import java.util.Objects;

/**
 * How to cut a face out of a UNBC frame.
 *
 * <p>The crop is a square centred on the landmarks' bounding box, of side {@code max(box
 * width, box height) * (1 + 2 * margin)} pixels: {@code margin} is the fraction of the box's
 * larger side added on each side. The default margin 0.2 keeps the whole face from the
 * landmark box (jaw, brows, eyes, nose, mouth) plus some forehead and cheek context, and the
 * square keeps the aspect ratio when resizing.
 *
 * @param margin fraction of the landmark box's larger side added on every side, 0..2
 * @param size output width and height in pixels (224 for ViTPain)
 * @param resampling the resampling filter
 */
public record FaceCropConfig(double margin, int size, Resampling resampling) {

  /** Default margin: 0.2 of the landmark box's larger side on each side. */
  public static final double DEFAULT_MARGIN = 0.2;
  /** Default output size: 224 pixels, the ViTPain input. */
  public static final int DEFAULT_SIZE = 224;

  /**
   * Validates.
   *
   * @param margin see {@link #margin()}
   * @param size see {@link #size()}
   * @param resampling see {@link #resampling()}
   */
  public FaceCropConfig {
    if (!(margin >= 0 && margin <= 2)) {
      throw new IllegalArgumentException("margin must be in 0..2: " + margin);
    }
    if (size < 1 || size > 4096) {
      throw new IllegalArgumentException("size must be in 1..4096: " + size);
    }
    Objects.requireNonNull(resampling, "resampling");
  }

  /**
   * The defaults: margin 0.2, 224x224, area averaging when downscaling.
   *
   * @return the default config
   */
  public static FaceCropConfig defaults() {
    return new FaceCropConfig(DEFAULT_MARGIN, DEFAULT_SIZE, Resampling.AREA);
  }
}
