package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The camera's tone curve: its shape, and its table against the curve computed per pixel. */
class CameraToneTest {
  @Test
  void keepsBlackMidGreyAndWhiteAndSteepensTheMidTones() {
    assertThat(CameraTone.curve(0)).isEqualTo(0);
    assertThat(CameraTone.curve(0.5)).isCloseTo(0.5, within(1e-12));
    assertThat(CameraTone.curve(1)).isCloseTo(1, within(1e-12));
    double h = 1e-6;
    assertThat((CameraTone.curve(0.5 + h) - CameraTone.curve(0.5 - h)) / (2 * h))
        .isCloseTo(1 + CameraTone.STRENGTH / 2, within(1e-6));
    assertThat(CameraTone.STRENGTH).isGreaterThan(0).isLessThanOrEqualTo(1);
    // deeper shadows, brighter highlights, and rising everywhere
    assertThat(CameraTone.curve(0.25)).isLessThan(0.25);
    assertThat(CameraTone.curve(0.75)).isGreaterThan(0.75);
    for (int i = 1; i <= 1000; i++) {
      assertThat(CameraTone.curve(i / 1000.0)).isGreaterThan(CameraTone.curve((i - 1) / 1000.0));
    }
  }

  @Test
  void tonesEachChannelOfEachPixelAsTheCurveSays() {
    SplittableRandom rnd = new SplittableRandom(5);
    int[] rgb = new int[4096];
    for (int i = 0; i < rgb.length; i++) {
      rgb[i] = rnd.nextInt(1 << 24);
    }
    int[] toned = rgb.clone();
    CameraTone.apply(toned, rgb.length - 1);
    for (int i = 0; i < rgb.length - 1; i++) {
      for (int shift = 0; shift <= 16; shift += 8) {
        int x = rgb[i] >> shift & 255;
        double v = x / 255.0;
        long want = Math.round(255 * (v + CameraTone.STRENGTH * (3 * Math.pow(v, 2) - 2 * Math.pow(v, 3) - v)));
        assertThat(toned[i] >> shift & 255).as("pixel %d, shift %d, value %d", i, shift, x).isEqualTo((int) want);
      }
      assertThat(toned[i] >>> 24).isZero();
    }
    assertThat(toned[rgb.length - 1]).as("beyond the count").isEqualTo(rgb[rgb.length - 1]);
  }
}
