package org.pain3d.render.scene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pain3d.render.View;

/** Painted backgrounds are never one flat colour, repeat for a seed and follow the light level. */
class BackdropTest {
  private static final int S = 96;

  private static double[] stats(int[] img) {
    double sum = 0;
    double sq = 0;
    for (int c : img) {
      double l = 0.2126 * (c >> 16 & 255) + 0.7152 * (c >> 8 & 255) + 0.0722 * (c & 255);
      sum += l;
      sq += l * l;
    }
    double mean = sum / img.length;
    return new double[] {mean, Math.sqrt(sq / img.length - mean * mean)};
  }

  @Test
  void everyKindHasStructure() {
    for (BackdropKind k : BackdropKind.values()) {
      int[] a = new int[S * S];
      int[] b = new int[S * S];
      BackdropSpec spec = new BackdropSpec(k, 0xD9CFBF, 0x6F8FA8, 0.01, 7);
      Backdrop.paint(spec, View.yaw(20), S, S, 1, a);
      Backdrop.paint(spec, View.yaw(20), S, S, 1, b);
      assertThat(a).as("%s repeats", k).isEqualTo(b);
      assertThat(stats(a)[1]).as("%s is not flat", k).isGreaterThan(2);
      int[] dim = new int[S * S];
      Backdrop.paint(spec, View.yaw(20), S, S, 0.2, dim);
      assertThat(stats(dim)[0]).as("%s follows the light", k).isLessThan(0.7 * stats(a)[0]);
    }
  }
}
