package org.pain3d.render.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.pain3d.testing.ImageDiffs;

/** The JPEG round trip: the fast DCT against the definition, the result against the JDK's codec. */
class JpegArtifactsTest {
  /** The orthonormal 2D DCT-II by its definition (the plain reference). */
  private static double[] dct(float[] f) {
    double[] out = new double[64];
    for (int u = 0; u < 8; u++) {
      for (int v = 0; v < 8; v++) {
        double s = 0;
        for (int y = 0; y < 8; y++) {
          for (int x = 0; x < 8; x++) {
            s += f[y * 8 + x] * Math.cos((2 * y + 1) * u * Math.PI / 16) * Math.cos((2 * x + 1) * v * Math.PI / 16);
          }
        }
        double cu = u == 0 ? Math.sqrt(0.5) : 1;
        double cv = v == 0 ? Math.sqrt(0.5) : 1;
        out[u * 8 + v] = 0.25 * cu * cv * s;
      }
    }
    return out;
  }

  @Test
  void fastDctMatchesTheDefinitionAndInvertsExactly() {
    SplittableRandom r = new SplittableRandom(3);
    for (int trial = 0; trial < 20; trial++) {
      float[] block = new float[64];
      for (int i = 0; i < 64; i++) {
        block[i] = (float) r.nextDouble(-128, 128);
      }
      double[] ref = dct(block);
      float[] b = block.clone();
      JpegArtifacts.forward(b);
      for (int u = 0; u < 8; u++) {
        for (int v = 0; v < 8; v++) {
          double scale = 8 * JpegArtifacts.AAN[u] * JpegArtifacts.AAN[v];
          assertThat(b[u * 8 + v] / scale).isCloseTo(ref[u * 8 + v], org.assertj.core.data.Offset.offset(1e-3));
        }
      }
      // Inverse takes coefficients scaled by a(u) a(v) and returns 8 x the samples.
      for (int u = 0; u < 8; u++) {
        for (int v = 0; v < 8; v++) {
          b[u * 8 + v] = (float) (ref[u * 8 + v] * JpegArtifacts.AAN[u] * JpegArtifacts.AAN[v]);
        }
      }
      JpegArtifacts.inverse(b);
      for (int i = 0; i < 64; i++) {
        assertThat(b[i] / 8).isCloseTo(block[i], org.assertj.core.data.Offset.offset(1e-3f));
      }
    }
  }

  @Test
  void roundTripLooksLikeTheJdkCodecAtTheSameQuality() throws IOException {
    int w = 96;
    int h = 64;
    int[] img = new int[w * h];
    SplittableRandom r = new SplittableRandom(5);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int base = (int) (128 + 60 * Math.sin(x * 0.15) * Math.cos(y * 0.11));
        int red = Math.max(0, Math.min(255, base + (x > 40 && x < 60 ? 70 : 0) + r.nextInt(-6, 7)));
        int g = Math.max(0, Math.min(255, base - 20 + r.nextInt(-6, 7)));
        int b = Math.max(0, Math.min(255, 255 - base + r.nextInt(-6, 7)));
        img[y * w + x] = red << 16 | g << 8 | b;
      }
    }
    for (int quality : new int[] {30, 75}) {
      int[] ours = img.clone();
      JpegArtifacts.apply(ours, w, h, quality);
      int[] jdk = jdk(img, w, h, quality);
      double oursErr = ImageDiffs.meanAbsolute(ours, img);
      double jdkErr = ImageDiffs.meanAbsolute(jdk, img);
      assertThat(oursErr).as("quality %d", quality).isGreaterThan(0.5).isBetween(0.6 * jdkErr, 1.5 * jdkErr);
      assertThat(ImageDiffs.meanAbsolute(ours, jdk)).as("quality %d", quality).isLessThan(0.8 * jdkErr + 1);
    }
  }

  private static int[] jdk(int[] rgb, int w, int h, int quality) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, w, h, rgb, 0, w);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(ios);
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(quality / 100f);
      writer.write(null, new IIOImage(img, null, null), p);
    } finally {
      writer.dispose();
    }
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    int[] out = back.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < out.length; i++) {
      out[i] &= 0xFFFFFF;
    }
    return out;
  }
}
