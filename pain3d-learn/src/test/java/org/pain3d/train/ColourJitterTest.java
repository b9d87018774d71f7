package org.pain3d.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pain3d.pairs.ImageNet;

/** Colour jitter: hue against java.awt's independent HSV code, contrast against the grey mean. */
class ColourJitterTest {
  @Test
  void hueShiftsAgreeWithJavaAwtHsb() {
    SplittableRandom r = new SplittableRandom(3);
    for (int n = 0; n < 2000; n++) {
      int[] c = {r.nextInt(256), r.nextInt(256), r.nextInt(256)};
      float shift = (float) (r.nextDouble() - 0.5);
      float[] px = {c[0] / 255f, c[1] / 255f, c[2] / 255f};
      ColourJitter.shiftHue(px, 1, 0, shift);
      float[] hsb = Color.RGBtoHSB(c[0], c[1], c[2], null);
      int want = Color.HSBtoRGB(hsb[0] + shift, hsb[1], hsb[2]);
      // HSBtoRGB rounds to 8 bits
      assertThat((double) px[0]).as("pixel %d", n).isCloseTo(((want >> 16) & 255) / 255.0, within(1.01 / 255));
      assertThat((double) px[1]).isCloseTo(((want >> 8) & 255) / 255.0, within(1.01 / 255));
      assertThat((double) px[2]).isCloseTo((want & 255) / 255.0, within(1.01 / 255));
    }
  }

  @Test
  void aThirdTurnMakesRedGreenAndGreyStaysGrey() {
    float[] red = {1f, 0f, 0f};
    ColourJitter.shiftHue(red, 1, 0, 1f / 3);
    assertThat(red[0]).isCloseTo(0f, within(1e-6f));
    assertThat(red[1]).isCloseTo(1f, within(1e-6f));
    assertThat(red[2]).isCloseTo(0f, within(1e-6f));
    float[] grey = {0.4f, 0.4f, 0.4f};
    ColourJitter.shiftHue(grey, 1, 0, 0.2f);
    assertThat(grey).containsExactly(0.4f, 0.4f, 0.4f);
  }

  @Test
  void zeroContrastGivesTheMeanGreyLevelEverywhere() {
    // two pixels, planar RGB 0..1, then normalised
    float[][] rgb = {{0.9f, 0.1f}, {0.2f, 0.6f}, {0.3f, 0.5f}};
    float[] chw = new float[6];
    for (int ch = 0; ch < 3; ch++) {
      for (int i = 0; i < 2; i++) {
        chw[ch * 2 + i] = (rgb[ch][i] - ImageNet.mean(ch)) / ImageNet.std(ch);
      }
    }
    double mean = 0;
    for (int i = 0; i < 2; i++) {
      mean += (0.299 * rgb[0][i] + 0.587 * rgb[1][i] + 0.114 * rgb[2][i]) / 2;
    }
    ColourJitter.apply(chw, 1f, 0f, 1f, 0f);
    for (int ch = 0; ch < 3; ch++) {
      for (int i = 0; i < 2; i++) {
        double back = chw[ch * 2 + i] * ImageNet.std(ch) + ImageNet.mean(ch);
        assertThat(back).isCloseTo(mean, within(1e-6));
      }
    }
  }

  @Test
  void noJitterLeavesTheImageAlone() {
    float[] chw = {0.1f, -0.3f, 1.2f, 0.5f, -1f, 2f};
    float[] copy = chw.clone();
    ColourJitter.apply(chw, 1f, 1f, 1f, 0f);
    assertThat(chw).containsExactly(copy);
  }
}
