package org.pain3d.train;

import java.util.List;
import java.util.SplittableRandom;
import org.pain3d.pairs.ImageNet;

/**
 * Training augmentation on normalised CHW images ({@link AugmentConfig}): horizontal flip,
 * affine warp (rotation, zoom, shift), colour jitter ({@link ColourJitter}: brightness,
 * contrast, saturation, hue) and Gaussian blur. The flip is always drawn once per pair and
 * applied to the pain image and its reference alike (so left and right stay matched); the rest
 * is drawn per image or, with {@code shared}, once per pair ({@link PairAugmentation}). Pixels
 * moved in from outside are black (as torchvision's default fill).
 *
 * <p>The blur's sigma range is defined at the paper's 224 px input and scaled with the input
 * side (sigma 0.1-2.0 at 224 px is 0.03-0.57 at 64 px): unscaled, a 64 px face is blurred as a
 * 224 px one by a 10-tap kernel, which wipes out the few-pixel eye and mouth changes; a
 * from-scratch tiny model then never leaves the constant prediction (PyTorch reference run:
 * validation PCC 0.01 unscaled vs 0.88 scaled).
 */
public final class Augmenter {
  private final AugmentConfig cfg;
  private final boolean shared;
  private final SplittableRandom rng;
  private final float[] black = new float[3];

  /**
   * @param cfg the strengths
   * @param shared one draw per pair (warp, jitter, blur as well as the flip)
   * @param seed the generator seed
   */
  public Augmenter(AugmentConfig cfg, boolean shared, long seed) {
    this.cfg = cfg;
    this.shared = shared;
    this.rng = new SplittableRandom(seed);
    for (int c = 0; c < 3; c++) {
      black[c] = -ImageNet.mean(c) / ImageNet.std(c);
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
    this(new AugmentConfig(flipP, 0, 0, 1, 1, brightness, contrast, 0, 0, 0), false, seed);
  }

  /**
   * Augments in place.
   *
   * @param pain pain images (each float[3 * S * S]); entries may be replaced
   * @param neutral their references, or {@code null}
   */
  public void apply(List<float[]> pain, List<float[]> neutral) {
    for (int i = 0; i < pain.size(); i++) {
      Draw d = draw(rng.nextDouble() < cfg.flipP());
      pain.set(i, apply(pain.get(i).clone(), d));
      if (neutral != null) {
        neutral.set(i, apply(neutral.get(i).clone(), shared ? d : draw(d.flip())));
      }
    }
  }

  /** One image's random transform: angle in degrees, zoom, shift in pixels, jitter factors. */
  private record Draw(boolean flip, double angle, double scale, double dx, double dy,
      float brightness, float contrast, float saturation, float hue, double sigma) {}

  private boolean warps() {
    return cfg.rotationDeg() > 0 || cfg.translate() > 0 || cfg.scaleMax() != 1
        || cfg.scaleMin() != 1;
  }

  private Draw draw(boolean flip) {
    double angle = 0;
    double scale = 1;
    double dx = 0;
    double dy = 0;
    if (warps()) {
      angle = (rng.nextDouble() * 2 - 1) * cfg.rotationDeg();
      scale = cfg.scaleMin() + rng.nextDouble() * (cfg.scaleMax() - cfg.scaleMin());
      dx = rng.nextDouble() * 2 - 1;
      dy = rng.nextDouble() * 2 - 1;
    }
    float b = (float) (1 + (rng.nextDouble() * 2 - 1) * cfg.brightness());
    float c = (float) (1 + (rng.nextDouble() * 2 - 1) * cfg.contrast());
    float s = (float) (1 + (rng.nextDouble() * 2 - 1) * cfg.saturation());
    float h = (float) ((rng.nextDouble() * 2 - 1) * cfg.hue());
    double sigma = cfg.blurKernel() > 0 ? 0.1 + rng.nextDouble() * 1.9 : 0;
    return new Draw(flip, angle, scale, dx, dy, b, c, s, h, sigma);
  }

  private float[] apply(float[] chw, Draw d) {
    if (d.flip()) {
      flip(chw);
    }
    float[] img = chw;
    if (warps()) {
      int n = (int) Math.round(Math.sqrt(chw.length / 3.0));
      img = ImageWarp.affine(chw, d.angle(), d.scale(), Math.round(d.dx() * cfg.translate() * n),
          Math.round(d.dy() * cfg.translate() * n), black);
    }
    ColourJitter.apply(img, d.brightness(), d.contrast(), d.saturation(), d.hue());
    if (cfg.blurKernel() > 0) {
      int n = (int) Math.round(Math.sqrt(chw.length / 3.0));
      ImageWarp.blur(img, cfg.blurKernel(), d.sigma() * n / AugmentConfig.REFERENCE_SIDE);
    }
    return img;
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
