package org.pain3d.train;

/**
 * Augmentation strengths (SPEC.md section 5).
 *
 * @param flipP horizontal flip probability (drawn once per pair, applied to both images)
 * @param rotationDeg rotation uniform in {@code [-r, r]} degrees
 * @param translate shift uniform in {@code [-t, t]} x image side, per axis
 * @param scaleMin smallest zoom factor
 * @param scaleMax largest zoom factor
 * @param brightness brightness factor uniform in {@code [1 - b, 1 + b]}
 * @param contrast contrast factor uniform in {@code [1 - c, 1 + c]}
 * @param saturation saturation factor uniform in {@code [1 - s, 1 + s]}
 * @param hue hue shift uniform in {@code [-h, h]} turns of the colour wheel ({@code h <= 0.5})
 * @param blurKernel Gaussian blur kernel size (odd; 0 = off), sigma uniform in 0.1..2.0 at
 *     {@link #REFERENCE_SIDE} px, scaled with the input side
 */
public record AugmentConfig(double flipP, double rotationDeg, double translate, double scaleMin,
    double scaleMax, double brightness, double contrast, double saturation, double hue,
    int blurKernel) {
  /** Input side (px) at which the strengths are defined: the paper's 224. */
  public static final int REFERENCE_SIDE = 224;

  /** Validates. */
  public AugmentConfig {
    if (!(flipP >= 0 && flipP <= 1) || !(rotationDeg >= 0) || !(translate >= 0 && translate < 0.5)
        || !(scaleMin > 0 && scaleMax >= scaleMin) || !(brightness >= 0 && brightness < 1)
        || !(contrast >= 0 && contrast < 1) || !(saturation >= 0 && saturation < 1)
        || !(hue >= 0 && hue <= 0.5)
        || blurKernel < 0 || blurKernel != 0 && blurKernel % 2 == 0) {
      throw new IllegalArgumentException("invalid augmentation settings");
    }
  }

  /**
   * Synthetic pretraining: flip 0.3, rotation 5 deg, jitter 0.3 / 0.3 / 0.2 / 0.1, translate
   * 0.1, scale 0.9-1.1, blur 3.
   *
   * @return the config
   */
  public static AugmentConfig synthetic() {
    return new AugmentConfig(0.3, 5, 0.1, 0.9, 1.1, 0.3, 0.3, 0.2, 0.1, 3);
  }

  /**
   * UNBC fine-tuning: flip 0.3, rotation 15 deg, brightness / contrast 0.2.
   *
   * @return the config
   */
  public static AugmentConfig unbc() {
    return new AugmentConfig(0.3, 15, 0, 1, 1, 0.2, 0.2, 0, 0, 0);
  }

  /** @return the same strengths without rotation, zoom or shift */
  public AugmentConfig withoutWarp() {
    return new AugmentConfig(flipP, 0, 0, 1, 1, brightness, contrast, saturation, hue, blurKernel);
  }
}
