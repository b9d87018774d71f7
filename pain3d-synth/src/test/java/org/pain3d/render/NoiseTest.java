package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NoiseTest {
  @Test
  void cachedNoiseGivesTheSameValuesAsThePlainOne() {
    Noise.Cached cached = new Noise.Cached(42);
    SplittableRandom rnd = new SplittableRandom(3);
    float x = 0;
    float y = 5;
    for (int i = 0; i < 100_000; i++) {
      // Mostly small steps (shared cells), sometimes jumps (new cells, negative too).
      if (rnd.nextInt(50) == 0) {
        x = (float) rnd.nextDouble(-100, 100);
        y = (float) rnd.nextDouble(-100, 100);
      } else {
        x += (float) rnd.nextDouble(0, 0.2);
      }
      assertThat(cached.value(x, y)).isEqualTo(Noise.value(x, y, 42));
    }
  }
}
