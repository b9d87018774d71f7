package org.pain3d.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mp4WriterTest {
  private static final int W = 96;
  private static final int H = 64;
  private static final int FPS = 25;
  private static final int N = 30;

  @TempDir Path dir;

  /** A smooth moving scene: colour gradients and a soft disc travelling right. */
  static int[] scene(int k) {
    int[] rgb = new int[W * H];
    double cx = 20 + 2.0 * k;
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        double d = Math.hypot(x - cx, y - 32) / 14.0;
        double disc = Math.max(0, 1 - d * d);
        int r = (int) Math.round(60 + 120.0 * x / W + 70 * disc);
        int g = (int) Math.round(80 + 100.0 * y / H + 30 * disc);
        int b = (int) Math.round(150 - 60.0 * x / W + 40 * disc);
        rgb[y * W + x] = r << 16 | g << 8 | b;
      }
    }
    return rgb;
  }

  private Path encode(String name) throws IOException {
    Path f = dir.resolve(name);
    try (Mp4Writer w = Mp4Writer.create(f, VideoFormat.square(W, FPS).withSize(W, H))) {
      for (int k = 0; k < N; k++) {
        w.write(scene(k));
      }
      assertThat(w.frames()).isEqualTo(N);
    }
    return f;
  }

  @Test
  void sameFramesGiveSameBytesAndAWebFriendlyLayout() throws IOException {
    byte[] a = Files.readAllBytes(encode("a.mp4"));
    byte[] b = Files.readAllBytes(encode("b.mp4"));
    assertThat(a).isEqualTo(b);
    List<String> boxes = DebianFfmpeg.topLevelBoxes(a);
    assertThat(boxes.get(0)).isEqualTo("ftyp");
    assertThat(boxes.indexOf("moov")).isPositive().isLessThan(boxes.indexOf("mdat"));
    assertThat(new String(a, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("avcC").contains("avc1")
        .doesNotContain("Lavf");
  }

  @Test
  void anIndependentDecoderReadsEveryFrameCloseToTheInput() throws IOException {
    DebianFfmpeg.assumeInstalled();
    Path f = encode("c.mp4");
    JsonNode s = DebianFfmpeg.probe(f);
    assertThat(s.path("codec_name").asText()).isEqualTo("h264");
    assertThat(s.path("profile").asText()).isEqualTo("Constrained Baseline");
    assertThat(s.path("pix_fmt").asText()).isEqualTo("yuv420p");
    assertThat(s.path("color_range").asText()).isEqualTo("tv");
    assertThat(s.path("color_space").asText()).isEqualTo("bt709");
    assertThat(s.path("width").asInt()).isEqualTo(W);
    assertThat(s.path("height").asInt()).isEqualTo(H);
    assertThat(s.path("r_frame_rate").asText()).isEqualTo(FPS + "/1");
    assertThat(s.path("nb_read_frames").asInt()).isEqualTo(N);
    List<int[]> frames = DebianFfmpeg.decode(f, W, H);
    assertThat(frames).hasSize(N);
    List<Double> psnr = new ArrayList<>();
    for (int k = 0; k < N; k++) {
      psnr.add(DebianFfmpeg.psnr(scene(k), frames.get(k)));
    }
    assertThat(psnr).allSatisfy(p -> assertThat(p).isGreaterThan(35.0));
  }

  @Test
  void wrongFrameSizesAndOddSidesAreRefused() throws IOException {
    assertThatThrownBy(() -> VideoFormat.square(97, 25)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("even");
    try (Mp4Writer w = Mp4Writer.create(dir.resolve("d.mp4"), VideoFormat.square(W, FPS).withSize(W, H))) {
      assertThatThrownBy(() -> w.write(new int[10])).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void anUnwritableFileIsAnIoError() {
    assertThatThrownBy(() -> Mp4Writer.create(dir.resolve("missing/e.mp4"), VideoFormat.square(W, FPS)))
        .isInstanceOf(IOException.class).hasMessageContaining("cannot create");
  }
}
