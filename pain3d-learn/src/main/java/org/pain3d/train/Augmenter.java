package org.pain3d.train;

import java.util.List;
import java.util.SplittableRandom;
import org.pain3d.data.FaceCropper;

/**
 * Training augmentation on normalised CHW images ({@link AugmentConfig}). The horizontal flip is
 * drawn once per pair and applied to the pain image and its reference alike (so left and right
 * stay matched); the affine warp (rotation, zoom, shift), colour jitter (brightness, contrast,
 * saturation on RGB 0..1, clamped) and Gaussian blur are drawn per image. Pixels moved in from
 * outside are black (as torchvision's default fill). Hue jitter is not implemented.
 */
public final class Augmenter {
  private final AugmentConfig cfg;
  private final SplittableRandom rng;
  private final float[] black = new float[3];

  /**
   * @param cfg the strengths
   * @param seed the generator seed
   */
  public Augmenter(AugmentConfig cfg, long seed) {
    this.cfg = cfg;
    this.rng = new SplittableRandom(seed);
    for (int c = 0; c < 3; c++) {
      black[c] = -FaceCropper.mean(c) / FaceCropper.std(c);
    }
  }

  /**
   * Flip and colour only (no warp, no blur), for tests and simple runs.
   *
   * @param flipP flip probability
   * @param brightness brightness jitter
   * @param contrast contrast jitter
   * @param seed the seed
   */
  public Augmenter(double flipP, double brightness, double contrast, long seed) {
    this(new AugmentConfig(flipP, 0, 0, 1, 1, brightness, contrast, 0, 0), seed);
  }

  /**
   * Augments in place.
   *
   * @param pain pain images (each float[3 * S * S]); entries may be replaced
   * @param neutral their references, or {@code null}
   */
  public void apply(List<float[]> pain, List<float[]> neutral) {
    for (int i = 0; i < pain.size(); i++) {
      boolean flip = rng.nextDouble() < cfg.flipP();
      pain.set(i, one(pain.get(i).clone(), flip));
      if (neutral != null) {
        neutral.set(i, one(neutral.get(i).clone(), flip));
      }
    }
  }

  private float[] one(float[] chw, boolean flip) {
    if (flip) {
      flip(chw);
    }
    float[] img = chw;
    if (cfg.rotationDeg() > 0 || cfg.translate() > 0 || cfg.scaleMax() != 1 || cfg.scaleMin() != 1) {
      int n = (int) Math.round(Math.sqrt(chw.length / 3.0));
      double angle = (rng.nextDouble() * 2 - 1) * cfg.rotationDeg();
      double scale = cfg.scaleMin() + rng.nextDouble() * (cfg.scaleMax() - cfg.scaleMin());
      double dx = Math.round((rng.nextDouble() * 2 - 1) * cfg.translate() * n);
      double dy = Math.round((rng.nextDouble() * 2 - 1) * cfg.translate() * n);
      img = ImageWarp.affine(chw, angle, scale, dx, dy, black);
    }
    colour(img);
    if (cfg.blurKernel() > 0) {
      ImageWarp.blur(img, cfg.blurKernel(), 0.1 + rng.nextDouble() * 1.9);
    }
    return img;
  }

  private void colour(float[] chw) {
    float b = (float) (1 + (rng.nextDouble() * 2 - 1) * cfg.brightness());
    float c = (float) (1 + (rng.nextDouble() * 2 - 1) * cfg.contrast());
    float s = (float) (1 + (rng.nextDouble() * 2 - 1) * cfg.saturation());
    if (b == 1f && c == 1f && s == 1f) {
      return;
    }
    int plane = chw.length / 3;
    double mean = 0;
    for (int ch = 0; ch < 3; ch++) {
      for (int i = ch * plane; i < (ch + 1) * plane; i++) {
        chw[i] = clamp((chw[i] * FaceCropper.std(ch) + FaceCropper.mean(ch)) * b);
        mean += chw[i];
      }
    }
    float gray = (float) (mean / chw.length);
    for (int i = 0; i < plane; i++) {
      for (int ch = 0; ch < 3; ch++) {
        int k = ch * plane + i;
        chw[k] = clamp(gray + (chw[k] - gray) * c);
      }
      float lum = 0.299f * chw[i] + 0.587f * chw[plane + i] + 0.114f * chw[2 * plane + i];
      for (int ch = 0; ch < 3; ch++) {
        int k = ch * plane + i;
        chw[k] = (clamp(lum + (chw[k] - lum) * s) - FaceCropper.mean(ch)) / FaceCropper.std(ch);
      }
    }
  }

  private static float clamp(float v) {
    return Math.min(1f, Math.max(0f, v));
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
