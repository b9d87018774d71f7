package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Our PNG files decode (with the JDK's ImageIO as the reference decoder) to the input. */
class PngWriterTest {

  @ParameterizedTest
  @EnumSource(PngFilter.class)
  void rgbRoundTrips(PngFilter filter) throws IOException {
    int w = 37;
    int h = 300;
    int[] rgb = new int[w * h];
    SplittableRandom rnd = new SplittableRandom(1);
    for (int i = 0; i < rgb.length; i++) {
      rgb[i] = i % 5 == 0 ? rnd.nextInt(1 << 24) : (i * 2654435) & 0xFFFFFF;
    }
    try (PngWriter png = new PngWriter(1, filter)) {
      for (int repeat = 0; repeat < 2; repeat++) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        png.writeRgb(rgb, w, h, out);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(img.getWidth()).isEqualTo(w);
        assertThat(img.getHeight()).isEqualTo(h);
        for (int i = 0; i < rgb.length; i++) {
          assertThat(img.getRGB(i % w, i / w) & 0xFFFFFF).isEqualTo(rgb[i]);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(PngFilter.class)
  void grey8And16RoundTrip(PngFilter filter) throws IOException {
    int w = 300;
    int h = 250;
    byte[] g8 = new byte[w * h];
    short[] g16 = new short[w * h];
    SplittableRandom rnd = new SplittableRandom(2);
    for (int i = 0; i < g8.length; i++) {
      g8[i] = (byte) rnd.nextInt(256);
      g16[i] = (short) (i % 7 == 0 ? rnd.nextInt(65536) : i * 3);
    }
    try (PngWriter png = new PngWriter(6, filter)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      png.writeGray8(g8, w, h, out);
      Raster r = ImageIO.read(new ByteArrayInputStream(out.toByteArray())).getRaster();
      for (int i = 0; i < g8.length; i++) {
        assertThat(r.getSample(i % w, i / w, 0)).isEqualTo(g8[i] & 255);
      }
      out.reset();
      png.writeGray16(g16, w, h, out);
      BufferedImage img16 = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
      assertThat(img16.getSampleModel().getSampleSize(0)).isEqualTo(16);
      Raster r16 = img16.getRaster();
      for (int i = 0; i < g16.length; i++) {
        assertThat(r16.getSample(i % w, i / w, 0)).isEqualTo(g16[i] & 0xFFFF);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(PngFilter.class)
  void rejectsBadArguments(PngFilter filter) {
    assertThatThrownBy(() -> new PngWriter(10, filter)).isInstanceOf(IllegalArgumentException.class);
    try (PngWriter png = new PngWriter(1, filter)) {
      assertThatThrownBy(() -> png.writeRgb(new int[0], 0, 1, new ByteArrayOutputStream()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void runLengthPngsDecodeToTheSamePixels() throws IOException {
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

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 131})
  void upFilteredRgbRowsStraightFromThePixelsGiveTheRowFillersBytes(int w) throws IOException {
    SplittableRandom r = new SplittableRandom(5);
    int h = 47;
    int[] rgb = new int[w * h];
    for (int i = 0; i < rgb.length; i++) {
      // Runs, random colours, and stray bits above the 24 colour bits (ignored by both paths).
      rgb[i] = i % w < Math.min(30, w / 2) ? 0xFF102030 : i % 5 == 0 ? r.nextInt() : r.nextInt(1 << 24);
    }
    try (PngWriter fused = PngWriter.rle(); PngWriter rows = PngWriter.rle()) {
      rows.fuseUpFilter(false);
      for (int round = 0; round < 2; round++) {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        fused.writeRgb(rgb, w, h, a);
        rows.writeRgb(rgb, w, h, b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
        rgb[7 * w + Math.min(3, w - 1)] ^= 0x00FF00;
      }
    }
  }
}
