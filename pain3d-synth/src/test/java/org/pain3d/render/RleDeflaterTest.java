package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The run-length deflater decodes with zlib's inflater; its PNGs decode with ImageIO. */
class RleDeflaterTest {
  private static byte[] inflate(byte[] z, int len, int expected) throws DataFormatException {
    Inflater inf = new Inflater();
    inf.setInput(z, 0, len);
    byte[] out = new byte[expected + 16];
    int n = 0;
    while (!inf.finished()) {
      int k = inf.inflate(out, n, out.length - n);
      if (k == 0 && (inf.needsInput() || inf.needsDictionary())) {
        break;
      }
      n += k;
    }
    assertThat(inf.finished()).isTrue();
    inf.end();
    return Arrays.copyOf(out, n);
  }

  @Test
  void roundTripsThroughZlib() throws DataFormatException {
    SplittableRandom r = new SplittableRandom(1);
    RleDeflater d = new RleDeflater();
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
      byte[] z = d.compress(in, in.length);
      assertThat(inflate(z, d.size(), in.length)).isEqualTo(in);
    }
    assertThat(d.compress(inputs[2], inputs[2].length).length).isGreaterThan(0);
    assertThat(d.size()).as("zeros compress to almost nothing").isLessThan(2000);
  }

  @Test
  void pngsDecodeToTheSamePixels() throws IOException {
    SplittableRandom r = new SplittableRandom(2);
    int w = 97;
    int h = 61;
    int[] rgb = new int[w * h];
    short[] grey = new short[w * h];
    byte[] grey8 = new byte[w * h];
    for (int i = 0; i < rgb.length; i++) {
      int x = i % w;
      rgb[i] = x < 40 ? 0x336699 : r.nextInt(1 << 24);
      grey[i] = (short) (x < 50 ? 0 : r.nextInt(65536));
      grey8[i] = (byte) (i / 7);
    }
    try (PngWriter png = PngWriter.rle()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      png.writeRgb(rgb, w, h, out);
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
      int[] back = img.getRGB(0, 0, w, h, null, 0, w);
      for (int i = 0; i < back.length; i++) {
        back[i] &= 0xFFFFFF;
      }
      assertThat(back).isEqualTo(rgb);
      out.reset();
      png.writeGray16(grey, w, h, out);
      Raster g = ImageIO.read(new ByteArrayInputStream(out.toByteArray())).getRaster();
      for (int i = 0; i < grey.length; i++) {
        assertThat(g.getSample(i % w, i / w, 0)).isEqualTo(grey[i] & 0xFFFF);
      }
      out.reset();
      png.writeGray8(grey8, w, h, out);
      Raster g8 = ImageIO.read(new ByteArrayInputStream(out.toByteArray())).getRaster();
      for (int i = 0; i < grey8.length; i++) {
        assertThat(g8.getSample(i % w, i / w, 0)).isEqualTo(grey8[i] & 0xFF);
      }
    }
  }
}
