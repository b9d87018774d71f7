package org.pain3d.train;

import org.pain3d.pairs.ImageNet;

/**
 * torchvision's {@code ColorJitter} maths on an ImageNet-normalised CHW image, applied in the
 * fixed order brightness, contrast, saturation, hue (torchvision draws the order at random): the
 * image is taken back to RGB 0..1, then
 *
 * <ul>
 *   <li>brightness: {@code x * b}, clamped;
 *   <li>contrast: blend with the image's mean grey level {@code m} ({@code 0.299 R + 0.587 G +
 *       0.114 B} averaged over the image), {@code m + (x - m) c}, clamped;
 *   <li>saturation: blend with the pixel's grey level, {@code g + (x - g) s}, clamped;
 *   <li>hue: RGB to HSV, {@code H = (H + h) mod 1}, back to RGB (grey pixels unchanged);
 * </ul>
 *
 * and normalised again.
 */
final class ColourJitter {
  private ColourJitter() {}

  /**
   * Jitters in place.
   *
   * @param chw normalised {@code float[3 * S * S]}
   * @param b brightness factor (1 = unchanged)
   * @param c contrast factor (1 = unchanged)
   * @param s saturation factor (1 = unchanged)
   * @param h hue shift in turns, {@code [-0.5, 0.5]} (0 = unchanged)
   */
  static void apply(float[] chw, float b, float c, float s, float h) {
    if (b == 1f && c == 1f && s == 1f && h == 0f) {
      return;
    }
    int plane = chw.length / 3;
    for (int ch = 0; ch < 3; ch++) {
      for (int i = ch * plane; i < (ch + 1) * plane; i++) {
        chw[i] = clamp((chw[i] * ImageNet.std(ch) + ImageNet.mean(ch)) * b);
      }
    }
    double sum = 0;
    for (int i = 0; i < plane; i++) {
      sum += grey(chw, plane, i);
    }
    float mean = (float) (sum / plane);
    for (int i = 0; i < plane; i++) {
      for (int ch = 0; ch < 3; ch++) {
        int k = ch * plane + i;
        chw[k] = clamp(mean + (chw[k] - mean) * c);
      }
      float g = grey(chw, plane, i);
      for (int ch = 0; ch < 3; ch++) {
        int k = ch * plane + i;
        chw[k] = clamp(g + (chw[k] - g) * s);
      }
      if (h != 0f) {
        shiftHue(chw, plane, i, h);
      }
      for (int ch = 0; ch < 3; ch++) {
        int k = ch * plane + i;
        chw[k] = (chw[k] - ImageNet.mean(ch)) / ImageNet.std(ch);
      }
    }
  }

  private static float grey(float[] chw, int plane, int i) {
    return 0.299f * chw[i] + 0.587f * chw[plane + i] + 0.114f * chw[2 * plane + i];
  }

  /**
   * Rotates one pixel's hue (RGB 0..1, planar layout) through HSV.
   *
   * @param rgb planar RGB values
   * @param plane plane size
   * @param i pixel index
   * @param shift hue shift in turns
   */
  static void shiftHue(float[] rgb, int plane, int i, float shift) {
    float r = rgb[i];
    float g = rgb[plane + i];
    float b = rgb[2 * plane + i];
    float max = Math.max(r, Math.max(g, b));
    float delta = max - Math.min(r, Math.min(g, b));
    if (delta <= 0f) {
      return;
    }
    float hue;
    if (max == r) {
      hue = (g - b) / delta;
    } else if (max == g) {
      hue = (b - r) / delta + 2f;
    } else {
      hue = (r - g) / delta + 4f;
    }
    hue = hue / 6f + shift;
    hue -= (float) Math.floor(hue);
    float sat = delta / max;
    float h6 = hue * 6f;
    int sector = Math.min(5, (int) h6);
    float f = h6 - sector;
    float p = max * (1f - sat);
    float q = max * (1f - sat * f);
    float t = max * (1f - sat * (1f - f));
    float[] out = switch (sector) {
      case 0 -> new float[] {max, t, p};
      case 1 -> new float[] {q, max, p};
      case 2 -> new float[] {p, max, t};
      case 3 -> new float[] {p, q, max};
      case 4 -> new float[] {t, p, max};
      default -> new float[] {max, p, q};
    };
    rgb[i] = out[0];
    rgb[plane + i] = out[1];
    rgb[2 * plane + i] = out[2];
  }

  private static float clamp(float v) {
    return Math.min(1f, Math.max(0f, v));
  }
}
