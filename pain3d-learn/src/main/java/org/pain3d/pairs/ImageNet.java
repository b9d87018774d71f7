package org.pain3d.pairs;


/**
 * The ImageNet normalisation of the backbones' inputs: per channel {@code (v - mean) / std}
 * on RGB in 0..1, CHW order.
 */
public final class ImageNet {
  private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
  private static final float[] STD = {0.229f, 0.224f, 0.225f};

  private ImageNet() {}

  /**
   * The ImageNet mean of a channel.
   *
   * @param channel 0 R, 1 G, 2 B
   * @return the mean on the 0..1 scale
   */
  public static float mean(int channel) {
    return MEAN[channel];
  }

  /**
   * The ImageNet standard deviation of a channel.
   *
   * @param channel 0 R, 1 G, 2 B
   * @return the standard deviation on the 0..1 scale
   */
  public static float std(int channel) {
    return STD[channel];
  }

  /**
   * ImageNet normalisation in place: {@code (v - mean[c]) / std[c]}.
   *
   * @param chw float[3 * h * w], CHW, RGB in 0..1; overwritten with normalised values
   */
  public static void normalize(float[] chw) {
    if (chw.length % 3 != 0) {
      throw new IllegalArgumentException("CHW array length must be a multiple of 3");
    }
    int plane = chw.length / 3;
    for (int c = 0; c < 3; c++) {
      float inv = 1f / STD[c];
      for (int i = c * plane, end = i + plane; i < end; i++) {
        chw[i] = (chw[i] - MEAN[c]) * inv;
      }
    }
  }
}
