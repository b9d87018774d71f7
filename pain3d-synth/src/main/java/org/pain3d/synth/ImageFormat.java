package org.pain3d.synth;

/** The encoding of dataset images (heatmaps are always PNG: the raw map is 16-bit). */
public enum ImageFormat {
  /** Lossless PNG (fast deflate setting). */
  PNG("png"),
  /** JPEG at quality 0.95, as the published 3DPain images. */
  JPG("jpg");

  private final String extension;

  ImageFormat(String extension) {
    this.extension = extension;
  }

  /** @return the file extension without the dot */
  public String extension() {
    return extension;
  }
}
