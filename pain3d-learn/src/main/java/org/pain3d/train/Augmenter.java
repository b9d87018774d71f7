package org.pain3d.train;

import java.util.List;
import java.util.SplittableRandom;
import org.pain3d.data.FaceCropper;

/**
 * Training augmentation on normalised CHW images (a subset of SPEC.md's): a horizontal flip
 * with probability {@code flipP}, drawn once per pair and applied to the pain image and its
 * reference alike (so they stay aligned); brightness and contrast jitter drawn per image
 * (factors uniform in {@code [1 - b, 1 + b]} and {@code [1 - c, 1 + c]}, on RGB 0..1, clamped).
 * Rotation, translation, scale, saturation / hue jitter and blur are not implemented.
 */
public final class Augmenter {
  private final double flipP;
  private final double brightness;
  private final double contrast;
  private final SplittableRandom rng;

  /**
   * @param flipP flip probability
   * @param brightness brightness jitter
   * @param contrast contrast jitter
   * @param seed the generator seed
   */
  public Augmenter(double flipP, double brightness, double contrast, long seed) {
    if (!(flipP >= 0 && flipP <= 1) || !(brightness >= 0 && brightness < 1)
        || !(contrast >= 0 && contrast < 1)) {
      throw new IllegalArgumentException("flip probability in 0..1, jitter in [0, 1)");
    }
    this.flipP = flipP;
    this.brightness = brightness;
    this.contrast = contrast;
    this.rng = new SplittableRandom(seed);
  }

  /**
   * SPEC.md's synthetic settings (flip 0.3, brightness 0.3, contrast 0.3).
   *
   * @param seed the seed
   * @return the augmenter
   */
  public static Augmenter synthetic(long seed) {
    return new Augmenter(0.3, 0.3, 0.3, seed);
  }

  /**
   * SPEC.md's UNBC settings (flip 0.3, brightness 0.2, contrast 0.2).
   *
   * @param seed the seed
   * @return the augmenter
   */
  public static Augmenter unbc(long seed) {
    return new Augmenter(0.3, 0.2, 0.2, seed);
  }

  /**
   * Augments in place.
   *
   * @param pain pain images (each float[3 * S * S])
   * @param neutral their references, or {@code null}
   */
  public void apply(List<float[]> pain, List<float[]> neutral) {
    for (int i = 0; i < pain.size(); i++) {
      boolean flip = rng.nextDouble() < flipP;
      jitter(pain.get(i), flip);
      if (neutral != null) {
        jitter(neutral.get(i), flip);
      }
    }
  }

  private void jitter(float[] chw, boolean flip) {
    if (flip) {
      flip(chw);
    }
    float b = (float) (1 + (rng.nextDouble() * 2 - 1) * brightness);
    float c = (float) (1 + (rng.nextDouble() * 2 - 1) * contrast);
    int plane = chw.length / 3;
    double mean = 0;
    for (int ch = 0; ch < 3; ch++) {
      float m = FaceCropper.mean(ch);
      float s = FaceCropper.std(ch);
      for (int i = ch * plane; i < (ch + 1) * plane; i++) {
        chw[i] = Math.min(1f, Math.max(0f, (chw[i] * s + m) * b));
        mean += chw[i];
      }
    }
    float gray = (float) (mean / chw.length);
    for (int ch = 0; ch < 3; ch++) {
      float m = FaceCropper.mean(ch);
      float s = FaceCropper.std(ch);
      for (int i = ch * plane; i < (ch + 1) * plane; i++) {
        float v = Math.min(1f, Math.max(0f, gray + (chw[i] - gray) * c));
        chw[i] = (v - m) / s;
      }
    }
  }

  /**
   * Mirrors every row of a square CHW image.
   *
   * @param chw float[3 * S * S], changed in place
   */
  static void flip(float[] chw) {
    int side = (int) Math.round(Math.sqrt(chw.length / 3.0));
    for (int row = 0; row < 3 * side; row++) {
      int o = row * side;
      for (int x = 0; x < side / 2; x++) {
        float t = chw[o + x];
        chw[o + x] = chw[o + side - 1 - x];
        chw[o + side - 1 - x] = t;
      }
    }
  }
}
