package org.pain3d.unbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.pairs.ImageNet;

class FaceCropperTest {

  @TempDir Path dir;

  /** 66 landmarks spread over the box [x0, x1] x [y0, y1] (corners included). */
  static AamLandmarks box(float x0, float y0, float x1, float y1) {
    float[] xy = new float[132];
    for (int i = 0; i < 66; i++) {
      xy[2 * i] = x0 + (x1 - x0) * (i % 11) / 10f;
      xy[2 * i + 1] = y0 + (y1 - y0) * (i / 11) / 5f;
    }
    return new AamLandmarks(xy);
  }

  /** R = x + 5, G = y + 3, B = 128: a known linear gradient (x, y in pixels). */
  static BufferedImage gradient(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, ((x + 5) << 16) | ((y + 3) << 8) | 128);
      }
    }
    return img;
  }

  static float norm(double v255, int c) {
    return (float) ((v255 / 255.0 - ImageNet.mean(c)) / ImageNet.std(c));
  }

  @Test
  void boxIsTheSquareAroundTheLandmarksWithTheMargin() {
    FaceCropper c = new FaceCropper(FaceCropConfig.defaults());
    CropBox b = c.box(box(10, 20, 50, 40), 64, 48, null);
    // larger side 40, side 40 * 1.4 = 56, centre (30, 30)
    assertThat(b.side()).isCloseTo(56, within(1e-9));
    assertThat(b.left()).isCloseTo(2, within(1e-9));
    assertThat(b.top()).isCloseTo(2, within(1e-9));
    CropBox tall = new FaceCropper(new FaceCropConfig(0, 32, Resampling.AREA))
        .box(box(10, 0, 20, 30), 64, 48, null);
    assertThat(tall.side()).isCloseTo(30, within(1e-9));
    assertThat(tall.left()).isCloseTo(0, within(1e-9));
  }

  @Test
  void upscaledGradientPixelMatchesHandComputedValue() {
    // Box 100x100 -> side 140 -> 224 px: 0.625 source px per output px (bilinear path).
    BufferedImage img = gradient(240, 240);
    FaceCropper c = new FaceCropper(FaceCropConfig.defaults());
    float[] out = c.crop(img, box(70, 60, 170, 160));
    double left = 120 - 70;
    double top = 110 - 70;
    double s = 140.0 / 224;
    int plane = 224 * 224;
    for (int[] uv : new int[][] {{10, 20}, {0, 0}, {223, 223}, {100, 37}}) {
      int u = uv[0];
      int v = uv[1];
      double sx = left + (u + 0.5) * s;
      double sy = top + (v + 0.5) * s;
      assertThat(out[v * 224 + u]).isCloseTo(norm(sx + 5, 0), within(2e-5f));
      assertThat(out[plane + v * 224 + u]).isCloseTo(norm(sy + 3, 1), within(2e-5f));
      assertThat(out[2 * plane + v * 224 + u]).isCloseTo(norm(128, 2), within(2e-5f));
    }
    // One value worked out by hand: u = 10 -> sx = 50 + 10.5 * 0.625 = 56.5625, R = 61.5625;
    // (61.5625 / 255 - 0.485) / 0.229 = -1.0636613
    assertThat(out[20 * 224 + 10]).isCloseTo(-1.0636613f, within(1e-6f));
  }

  @Test
  void downscaledGradientPixelMatchesHandComputedValue() {
    // Margin 0, box 112x112 from (60.5, 50.5) -> 56 px: each output pixel averages exactly
    // 2x2 source pixels (area path), so the mean of the ramp is its value at the middle.
    BufferedImage img = gradient(240, 240);
    FaceCropper c = new FaceCropper(new FaceCropConfig(0, 56, Resampling.AREA));
    AamLandmarks lm = box(60.5f, 50.5f, 172.5f, 162.5f);
    assertThat(c.box(lm, 240, 240, null)).isEqualTo(new CropBox(60.5, 50.5, 112));
    float[] out = c.crop(img, lm);
    int plane = 56 * 56;
    for (int u = 0; u < 56; u += 5) {
      int v = 55 - u;
      // output u averages source columns 61 + 2u and 62 + 2u
      assertThat(out[v * 56 + u]).isCloseTo(norm(61.5 + 2 * u + 5, 0), within(2e-5f));
      assertThat(out[plane + v * 56 + u]).isCloseTo(norm(51.5 + 2 * v + 3, 1), within(2e-5f));
    }
    // By hand: u = 10 -> R = (81 + 82) / 2 + 5 = 86.5; (86.5 / 255 - 0.485) / 0.229 = -0.6366127
    assertThat(out[5 * 56 + 10]).isCloseTo(-0.6366127f, within(1e-6f));
  }

  @Test
  void fastPathMatchesPlainReference() {
    SplittableRandom rng = new SplittableRandom(2024);
    AamLandmarks[] cases = {
      box(20, 15, 70, 60), // inside
      box(-10, -5, 30, 40), // over the top-left corner: edge pixels repeat
      box(60, 30, 110, 90), // over the bottom-right corner
      box(40.3f, 30.7f, 43.9f, 33.2f) // tiny: strong upscaling
    };
    for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR,
        BufferedImage.TYPE_INT_RGB}) {
      BufferedImage img = new BufferedImage(97, 71, type);
      for (int y = 0; y < 71; y++) {
        for (int x = 0; x < 97; x++) {
          img.setRGB(x, y, 0xff000000 | rng.nextInt(1 << 24));
        }
      }
      for (Resampling r : Resampling.values()) {
        for (int size : new int[] {7, 32, 224}) {
          FaceCropper c = new FaceCropper(new FaceCropConfig(0.25, size, r));
          for (AamLandmarks lm : cases) {
            float[] fast = c.crop(img, lm);
            double[] ref = CropReference.crop(img, c.box(lm, 97, 71, null), size, r);
            for (int i = 0; i < fast.length; i++) {
              float want = norm(ref[i], i / (size * size));
              if (Math.abs(fast[i] - want) > 1e-4f) {
                throw new AssertionError("type " + type + " " + r + " size " + size + " " + lm
                    + " at " + i + ": " + fast[i] + " vs " + want);
              }
            }
          }
        }
      }
    }
  }

  @Test
  void callerOwnedBufferIsOverwritten() {
    FaceCropper c = new FaceCropper(new FaceCropConfig(0.2, 16, Resampling.AREA));
    BufferedImage img = gradient(64, 48);
    float[] out = new float[c.outputLength()];
    Arrays.fill(out, Float.NaN);
    c.crop(img, box(10, 10, 40, 40), null, out);
    assertThat(out).doesNotContain(Float.NaN).containsExactly(c.crop(img, box(10, 10, 40, 40)));
    assertThatThrownBy(() -> c.crop(img, box(10, 10, 40, 40), null, new float[5]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void greyImageGivesItsStoredValueInEveryChannel() {
    BufferedImage g = new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 40; x++) {
        g.getRaster().setSample(x, y, 0, 128);
      }
    }
    float[] out = new FaceCropper(new FaceCropConfig(0.1, 8, Resampling.AREA))
        .crop(g, box(10, 10, 30, 30));
    assertThat(out[0]).isCloseTo(norm(128, 0), within(1e-5f));
    assertThat(out[64]).isCloseTo(norm(128, 1), within(1e-5f));
    assertThat(out[128 + 63]).isCloseTo(norm(128, 2), within(1e-5f));
  }

  @Test
  void loadsAFixtureFrame() {
    UnbcFixture.Archive fx = UnbcFixture.builder().subjects(1).sequencesPerSubject(1)
        .framesPerSequence(2).write(dir);
    UnbcFrame f = UnbcArchive.open(dir).frames().get(1);
    assertThat(f.pspi()).isEqualTo((float) fx.frames().get(1).pspi());
    FaceCropper c = new FaceCropper(FaceCropConfig.defaults());
    float[] out = c.load(f);
    assertThat(out).hasSize(3 * 224 * 224);
    int centre = 112 * 224 + 112; // inside the face ellipse: R = 60 + 10 PSPI, G 150, B 120
    assertThat(out[centre]).isCloseTo(norm(60 + 10 * f.pspi(), 0), within(1e-5f));
    assertThat(out[224 * 224 + centre]).isCloseTo(norm(150, 1), within(1e-5f));
    assertThat(out[2 * 224 * 224 + centre]).isCloseTo(norm(120, 2), within(1e-5f));
  }

  @Test
  void corruptMissingOrTruncatedImagesAreClearErrors() throws IOException {
    Path garbage = Files.write(dir.resolve("a.png"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    assertThatThrownBy(() -> FaceCropper.readImage(garbage))
        .isInstanceOf(UnbcDataException.class)
        .hasMessageStartingWith(garbage + ": ");
    Path good = dir.resolve("b.png");
    ImageIO.write(gradient(64, 48), "png", good.toFile());
    byte[] bytes = Files.readAllBytes(good);
    Path truncated = Files.write(dir.resolve("c.png"), Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> FaceCropper.readImage(truncated))
        .isInstanceOf(UnbcDataException.class)
        .hasMessageStartingWith(truncated + ": damaged PNG: truncated");
    assertThatThrownBy(() -> FaceCropper.readImage(dir.resolve("none.png")))
        .hasMessage(dir.resolve("none.png") + ": image file does not exist");
    assertThat(FaceCropper.readImage(good).getWidth()).isEqualTo(64);
  }

  @Test
  void corruptFrameImageNamesTheFile() throws IOException {
    UnbcFixture.Archive fx = UnbcFixture.builder().write(dir);
    Path png = fx.frames().get(2).image();
    Files.writeString(png, "not a png");
    UnbcFrame f = UnbcArchive.open(dir).frames().get(2);
    assertThatThrownBy(() -> new FaceCropper(FaceCropConfig.defaults()).load(f))
        .isInstanceOf(UnbcDataException.class)
        .hasMessageStartingWith(png + ": not a readable image");
  }

  @Test
  void landmarksOutsideTheImageOrDegenerate() {
    FaceCropper c = new FaceCropper(FaceCropConfig.defaults());
    Path p = Path.of("frame.png");
    assertThatThrownBy(() -> c.box(box(100, 10, 140, 40), 64, 48, p))
        .isInstanceOf(UnbcDataException.class)
        .hasMessage("frame.png: landmarks (x 100.0..140.0, y 10.0..40.0) lie outside the 64x48"
            + " image (image and landmark file do not match?)");
    // Landmarks of a 320x240 frame on a half-size copy: partly inside, centre outside.
    assertThatThrownBy(() -> c.box(box(50, 10, 90, 40), 64, 48, p))
        .hasMessageContaining("lie outside the 64x48 image");
    assertThatThrownBy(() -> c.crop(gradient(64, 48), box(10, -90, 40, -60)))
        .hasMessageContaining("lie outside the 64x48 image");
    assertThatThrownBy(() -> c.box(box(10, 10, 10.5f, 10.5f), 64, 48, p))
        .hasMessageStartingWith("frame.png: landmarks span less than one pixel");
  }

  @Test
  void unnormalizedCropThenNormalizeEqualsCrop() {
    FaceCropper c = new FaceCropper(new FaceCropConfig(0.2, 24, Resampling.AREA));
    BufferedImage img = gradient(64, 48);
    AamLandmarks lm = box(10, 10, 40, 40);
    float[] raw = new float[c.outputLength()];
    c.cropUnnormalized(img, lm, null, raw);
    for (float v : raw) {
      assertThat(v).isBetween(0f, 1f);
    }
    // blue is 128 everywhere
    assertThat(raw[2 * 24 * 24 + 100]).isCloseTo(128f / 255f, within(1e-6f));
    ImageNet.normalize(raw);
    assertThat(raw).containsExactly(c.crop(img, lm), within(1e-5f));
    assertThatThrownBy(() -> ImageNet.normalize(new float[4]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
