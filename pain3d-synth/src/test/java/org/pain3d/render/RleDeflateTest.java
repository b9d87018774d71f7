package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** The run-length deflate against zlib's inflater (the independent reference decoder). */
class RleDeflateTest {
  private static byte[] inflate(byte[] z, int n, int expected) throws DataFormatException {
    Inflater inf = new Inflater();
    inf.setInput(Arrays.copyOf(z, n));
    byte[] out = new byte[expected + 16];
    int got = inf.inflate(out);
    assertThat(inf.finished()).as("stream complete").isTrue();
    inf.end();
    return Arrays.copyOf(out, got);
  }

  private static void roundTrip(RleDeflate rle, byte[] data) throws DataFormatException {
    byte[] z = rle.compress(data, data.length);
    assertThat(inflate(z, rle.size(), data.length)).isEqualTo(data);
  }

  @Test
  void edgeCasesRoundTrip() throws DataFormatException {
    RleDeflate rle = new RleDeflate();
    roundTrip(rle, new byte[0]);
    roundTrip(rle, new byte[] {7});
    roundTrip(rle, new byte[] {7, 7});
    roundTrip(rle, new byte[] {7, 7, 7, 7});
    roundTrip(rle, new byte[100_000]);
    byte[] runs = new byte[5000];
    for (int i = 0; i < runs.length; i++) {
      runs[i] = (byte) (i / 259);
    }
    roundTrip(rle, runs);
  }

  @Test
  void randomAndImageLikeDataRoundTrip() throws DataFormatException {
    RleDeflate rle = new RleDeflate();
    SplittableRandom rnd = new SplittableRandom(3);
    for (int trial = 0; trial < 20; trial++) {
      byte[] d = new byte[rnd.nextInt(1, 200_000)];
      double zeros = rnd.nextDouble();
      for (int i = 0; i < d.length; i++) {
        d[i] = rnd.nextDouble() < zeros ? 0 : (byte) rnd.nextInt(256);
      }
      roundTrip(rle, d);
    }
  }

  @Test
  void compressesFilteredImageRowsAboutAsWellAsZlibLevelOne() throws DataFormatException {
    // A smooth gradient with noise, UP-filtered: long zero runs and small residuals.
    int w = 3 * 256;
    int h = 256;
    byte[] d = new byte[h * (w + 1)];
    SplittableRandom rnd = new SplittableRandom(5);
    byte[] prev = new byte[w];
    for (int y = 0; y < h; y++) {
      d[y * (w + 1)] = 2;
      for (int x = 0; x < w; x++) {
        byte v = (byte) (x < w / 2 ? 90 : 90 + y / 8 + (rnd.nextInt(8) == 0 ? rnd.nextInt(3) : 0));
        d[y * (w + 1) + 1 + x] = (byte) (v - prev[x]);
        prev[x] = v;
      }
    }
    RleDeflate rle = new RleDeflate();
    rle.compress(d, d.length);
    Deflater def = new Deflater(1);
    def.setInput(d);
    def.finish();
    byte[] buf = new byte[d.length];
    int zn = 0;
    while (!def.finished()) {
      zn += def.deflate(buf, zn, buf.length - zn);
    }
    def.end();
    assertThat((double) rle.size()).isLessThan(1.25 * zn);
    roundTrip(rle, d);
  }

  @Test
  void emptyOneByteLongZeroRunsAndRunsAcrossTheWindowRoundTrip() throws DataFormatException {
    SplittableRandom r = new SplittableRandom(1);
    RleDeflate rle = new RleDeflate();
    byte[][] inputs = new byte[7][];
    inputs[0] = new byte[0];
    inputs[1] = new byte[] {42};
    inputs[2] = new byte[200_000];
    inputs[3] = new byte[150_000];
    r.nextBytes(inputs[3]);
    inputs[4] = new byte[140_001];
    for (int i = 0; i < inputs[4].length; i++) {
      inputs[4][i] = (byte) ((i / 300) % 3 == 0 ? 7 : r.nextInt(-3, 4));
    }
    inputs[5] = new byte[65_536 + 5];
    Arrays.fill(inputs[5], 65_530, inputs[5].length, (byte) 9);
    inputs[6] = new byte[3000];
    for (int i = 0; i < inputs[6].length; i++) {
      inputs[6][i] = (byte) (i % 7 < 5 ? 0 : i);
    }
    for (byte[] in : inputs) {
      roundTrip(rle, in);
    }
    rle.compress(inputs[2], inputs[2].length);
    assertThat(rle.size()).as("zeros compress to almost nothing").isLessThan(2000);
  }

  @Test
  void fastLoopWritesTheSameStreamAsThePlainOne() {
    RleDeflate fast = new RleDeflate();
    RleDeflate plain = new RleDeflate();
    SplittableRandom rnd = new SplittableRandom(9);
    for (int trial = 0; trial < 40; trial++) {
      byte[] d = new byte[trial < 8 ? trial : rnd.nextInt(1, 100_000)];
      // Mixed stretches of noise, noise of three values (equal neighbours, runs of every short
      // length, next to literals at every offset), short repeats (1..20) and long runs (to 600)
      // of few values.
      int i = 0;
      while (i < d.length) {
        int kind = rnd.nextInt(4);
        int n = Math.min(d.length - i, kind <= 1 ? rnd.nextInt(1, 50) : kind == 2 ? rnd.nextInt(1, 21)
            : rnd.nextInt(1, 600));
        byte v = (byte) rnd.nextInt(4);
        for (int k = 0; k < n; k++, i++) {
          d[i] = kind == 0 ? (byte) rnd.nextInt(256) : kind == 1 ? (byte) rnd.nextInt(3) : v;
        }
      }
      byte[] a = Arrays.copyOf(fast.compress(d, d.length), fast.size());
      byte[] b = Arrays.copyOf(plain.compressPlain(d, d.length), plain.size());
      assertThat(a).as("trial %d, %d bytes", trial, d.length).isEqualTo(b);
    }
  }
}
