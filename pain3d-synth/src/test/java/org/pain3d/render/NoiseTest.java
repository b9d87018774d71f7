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

  @Test
  void gridNoiseGivesThePlainValuesBitForBit() {
    SplittableRandom rnd = new SplittableRandom(5);
    for (float scale : new float[] {6, 12, 30, 190, 0.7f, 513.3f}) {
      for (int size : new int[] {512, 37}) {
        int width = 3 * size;
        long seed = rnd.nextLong();
        Noise.Grid grid = new Noise.Grid(seed, scale, width, size);
        // Rows in order (shared lattice rows), then jumps back and forth.
        int[] rows = new int[size + 40];
        for (int i = 0; i < size; i++) {
          rows[i] = i;
        }
        for (int i = size; i < rows.length; i++) {
          rows[i] = rnd.nextInt(size);
        }
        for (int y : rows) {
          grid.row(y);
          for (int x = 0; x < width; x++) {
            float plain = Noise.value((float) x / size * scale, (float) y / size * scale, seed);
            if (Float.floatToRawIntBits(grid.at(x)) != Float.floatToRawIntBits(plain)) {
              throw new AssertionError("scale " + scale + ", size " + size + ", texel (" + x + ", " + y + "): grid "
                  + grid.at(x) + ", plain " + plain);
            }
          }
        }
      }
    }
  }

  @Test
  void gridNoiseIsNotAConstant() {
    Noise.Grid grid = new Noise.Grid(1, 12, 64, 64);
    grid.row(10);
    assertThat(grid.at(3)).isNotEqualTo(grid.at(40));
  }
}
