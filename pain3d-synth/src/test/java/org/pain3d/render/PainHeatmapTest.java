package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The table-driven colourise against the plain per-pixel colour(). */
class PainHeatmapTest {
  @Test
  void colouriseEqualsColourOfEveryPixel() {
    HeatmapScale scale = HeatmapScale.defaults();
    double max = scale.colourMaxMm();
    int n = 1 << 20;
    float[] mm = new float[n];
    byte[] mask = new byte[n];
    SplittableRandom rnd = new SplittableRandom(11);
    for (int i = 0; i < n; i++) {
      mm[i] = (float) rnd.nextDouble(-0.1 * max, 1.1 * max);
      mask[i] = (byte) (rnd.nextInt(8) == 0 ? 0 : 1);
    }
    // Knots of the ramp, the ends and values just around them.
    for (int k = 0; k <= 5; k++) {
      float at = (float) (k * max / 5);
      mm[3 * k] = at;
      mm[3 * k + 1] = Math.nextUp(at);
      mm[3 * k + 2] = Math.nextDown(at);
      mask[3 * k] = mask[3 * k + 1] = mask[3 * k + 2] = 1;
    }
    mm[20] = Float.NaN;
    mask[20] = 1;
    int[] out = new int[n];
    PainHeatmap.colourise(mm, mask, scale, 0x123456, out);
    for (int i = 0; i < n; i++) {
      int expected = mask[i] == 0 ? 0x123456 : PainHeatmap.colour(mm[i] / max);
      assertThat(out[i]).as("pixel %d, mm %s", i, mm[i]).isEqualTo(expected);
    }
  }
}
