package org.pain3d.render.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Image degradations: determinism, flat images, noise statistics, blur direction. */
class CameraEffectsTest {
  private static final int W = 64;

  private static int[] flat(int rgb) {
    int[] img = new int[W * W];
    Arrays.fill(img, rgb);
    return img;
  }

  @Test
  void blursLeaveFlatImagesAloneAndAreDeterministic() {
    int[] img = flat(0x808080);
    new CameraEffects(2, 5, 30, 0, 0, 1).apply(img, W, W);
    assertThat(img).containsOnly(0x808080);
    int[] a = flat(0x406080);
    int[] b = flat(0x406080);
    a[W * 30 + 30] = 0xFFFFFF;
    b[W * 30 + 30] = 0xFFFFFF;
    new CameraEffects(1.5, 3, 45, 3, 70, 9).apply(a, W, W);
    new CameraEffects(1.5, 3, 45, 3, 70, 9).apply(b, W, W);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void noiseHasTheConfiguredSpread() {
    int[] img = flat(0x888888);
    double sigma = 4;
    new CameraEffects(0, 0, 0, sigma, 0, 3).apply(img, W, W);
    double sum = 0;
    double sq = 0;
    for (int c : img) {
      int g = c >> 8 & 255;
      sum += g - 0x88;
      sq += (g - 0x88) * (g - 0x88);
    }
    double mean = sum / img.length;
    double sd = Math.sqrt(sq / img.length - mean * mean);
    double expected = sigma * (0.6 + 0.8 * Math.sqrt((0x88 + 8) / 255.0));
    assertThat(mean).isCloseTo(0, offset(0.3));
    assertThat(sd).isCloseTo(expected, offset(0.1 * expected));
  }

  @Test
  void horizontalMotionSmearsAlongRowsOnly() {
    int[] img = flat(0);
    for (int y = 0; y < W; y++) {
      img[y * W + 32] = 0xFFFFFF;
    }
    new CameraEffects(0, 4, 0, 0, 0, 1).apply(img, W, W);
    int row = 10 * W;
    assertThat(img[row + 32] & 255).isEqualTo(51);
    assertThat(img[row + 30] & 255).isEqualTo(51);
    assertThat(img[row + 34] & 255).isEqualTo(51);
    assertThat(img[row + 35] & 255).isZero();
    assertThat(img[row + 29] & 255).isZero();
    int[] diag = flat(0);
    diag[20 * W + 20] = 0xFFFFFF;
    new CameraEffects(0, 2, 45, 0, 0, 1).apply(diag, W, W);
    assertThat(diag[21 * W + 21] & 255).isEqualTo(85);
    assertThat(diag[19 * W + 19] & 255).isEqualTo(85);
    assertThat(diag[20 * W + 21] & 255).isZero();
  }

  @Test
  void defocusSpreadsAPointSymmetrically() {
    int[] img = flat(0);
    img[32 * W + 32] = 0xFF0000;
    new CameraEffects(1.5, 0, 0, 0, 0, 1).apply(img, W, W);
    int centre = img[32 * W + 32] >> 16 & 255;
    assertThat(centre).isBetween(10, 254);
    assertThat(img[32 * W + 31]).isEqualTo(img[32 * W + 33]).isEqualTo(img[31 * W + 32]).isEqualTo(img[33 * W + 32]);
    assertThat(img[32 * W + 32] & 0xFFFF).isZero();
  }
}
