package org.pain3d.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Face-framed image loading: normalisation, resizing, refusals. */
class FramedImagesTest {
  @TempDir Path tmp;

  @Test
  void aUniformImageGivesTheNormalisedColourEverywhere() {
    BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        img.setRGB(x, y, (200 << 16) | (100 << 8) | 50);
      }
    }
    float[] t = FramedImages.toTensor(img, 24);
    int plane = 24 * 24;
    float[] rgb = {200 / 255f, 100 / 255f, 50 / 255f};
    for (int c = 0; c < 3; c++) {
      float want = (rgb[c] - ImageNet.mean(c)) / ImageNet.std(c);
      for (int i = c * plane; i < (c + 1) * plane; i++) {
        assertThat(t[i]).isCloseTo(want, within(1e-5f));
      }
    }
  }

  @Test
  void resizingMatchesAPlainBilinearReference() {
    int n = 10;
    float[] src = new float[n * n];
    for (int i = 0; i < src.length; i++) {
      src[i] = (float) Math.sin(i * 0.37);
    }
    float[] out = new float[7 * 7];
    FramedImages.bilinear(src, n, out, 0, 7);
    for (int y = 0; y < 7; y++) {
      for (int x = 0; x < 7; x++) {
        double sy = Math.min(n - 1, Math.max(0, (y + 0.5) * n / 7.0 - 0.5));
        double sx = Math.min(n - 1, Math.max(0, (x + 0.5) * n / 7.0 - 0.5));
        double v = 0;
        for (int yy = 0; yy < n; yy++) {
          for (int xx = 0; xx < n; xx++) {
            double w = Math.max(0, 1 - Math.abs(sy - yy)) * Math.max(0, 1 - Math.abs(sx - xx));
            v += w * src[yy * n + xx];
          }
        }
        assertThat((double) out[y * 7 + x]).isCloseTo(v, within(1e-5));
      }
    }
  }

  @Test
  void nonSquareAndCorruptImagesAreRefusedWithTheirName() throws IOException {
    Path wide = tmp.resolve("wide.png");
    ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png", wide.toFile());
    assertThatThrownBy(() -> FramedImages.load(wide, 16))
        .isInstanceOf(ImageDataException.class).hasMessageContaining("wide.png").hasMessageContaining("30 x 20");
    Path bad = tmp.resolve("bad.png");
    Files.write(bad, new byte[] {1, 2, 3});
    assertThatThrownBy(() -> FramedImages.load(bad, 16))
        .isInstanceOf(ImageDataException.class).hasMessageContaining("bad.png");    Path dot = tmp.resolve("dot.png");
    ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", dot.toFile());
    assertThatThrownBy(() -> FramedImages.load(dot, 16))
        .isInstanceOf(ImageDataException.class)
        .hasMessageContaining("dot.png: image is 1 x 1 px, too small to show a face");
  }
}
