package org.pain3d.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Yuv420Test {
  /** The conversion's chroma as first written: BT.709 coefficients, floor division of the 2x2 sums. */
  private static byte chroma(long cr, long cg, long cb, int[] rgb, int i, int width) {
    long r = 0;
    long g = 0;
    long b = 0;
    for (int p : new int[] {rgb[i], rgb[i + 1], rgb[i + width], rgb[i + width + 1]}) {
      r += (p >> 16) & 0xff;
      g += (p >> 8) & 0xff;
      b += p & 0xff;
    }
    return (byte) (128 + Math.floorDiv(cr * r + cg * g + cb * b + 4 * (1L << 15), 4L << 16));
  }

  @Test
  void chromaIsTheFlooredMeanOfEachBlock() {
    int w = 64;
    int h = 32;
    int[] rgb = new int[w * h];
    SplittableRandom rng = new SplittableRandom(3);
    for (int i = 0; i < rgb.length; i++) {
      // Random colours, saturated primaries and greys: chroma of both signs and zero.
      rgb[i] = switch (i % 4) {
        case 0 -> rng.nextInt(1 << 24);
        case 1 -> new int[] {0xff0000, 0x00ff00, 0x0000ff, 0xffff00, 0x00ffff, 0xff00ff}[rng.nextInt(6)];
        case 2 -> rng.nextInt(256) * 0x010101;
        default -> rng.nextBoolean() ? 0 : 0xffffff;
      };
    }
    byte[] y = new byte[w * h];
    byte[] u = new byte[w * h / 4];
    byte[] v = new byte[w * h / 4];
    Yuv420.convert(rgb, w, h, y, u, v);
    long ur = Math.round(-0.2126 / 1.8556 * 224 / 255 * 65536);
    long ug = Math.round(-0.7152 / 1.8556 * 224 / 255 * 65536);
    long ub = Math.round(0.5 * 224 / 255 * 65536);
    long vr = Math.round(0.5 * 224 / 255 * 65536);
    long vg = Math.round(-0.7152 / 1.5748 * 224 / 255 * 65536);
    long vb = Math.round(-0.0722 / 1.5748 * 224 / 255 * 65536);
    for (int cy = 0; cy < h / 2; cy++) {
      for (int cx = 0; cx < w / 2; cx++) {
        int i = 2 * cy * w + 2 * cx;
        assertThat(u[cy * w / 2 + cx]).isEqualTo(chroma(ur, ug, ub, rgb, i, w));
        assertThat(v[cy * w / 2 + cx]).isEqualTo(chroma(vr, vg, vb, rgb, i, w));
      }
    }
  }
}
