package org.pain3d.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mp4ReaderTest {
  private static final int W = 96;
  private static final int H = 64;
  private static final int N = 30;

  @TempDir Path dir;

  private Path encode() throws IOException {
    Path f = dir.resolve("v.mp4");
    try (Mp4Writer w = Mp4Writer.create(f, VideoFormat.square(W, 25).withSize(W, H))) {
      for (int k = 0; k < N; k++) {
        w.write(Mp4WriterTest.scene(k));
      }
    }
    return f;
  }

  @Test
  void decodesEveryFrameInOrderCloseToWhatWasWritten() throws IOException {
    Path f = encode();
    List<int[]> frames = new ArrayList<>();
    Mp4Reader.Info info = Mp4Reader.decode(f, (k, rgb, w, h) -> {
      assertThat(k).isEqualTo(frames.size());
      assertThat(w * h).isEqualTo(rgb.length);
      frames.add(rgb);
    });
    assertThat(info).isEqualTo(new Mp4Reader.Info(W, H, 25.0, N));
    for (int k = 0; k < N; k++) {
      assertThat(DebianFfmpeg.psnr(Mp4WriterTest.scene(k), frames.get(k))).isGreaterThan(35.0);
    }
    // frame k is frame k, not a neighbour: the moving disc makes neighbours clearly worse
    assertThat(DebianFfmpeg.psnr(Mp4WriterTest.scene(10), frames.get(10)))
        .isGreaterThan(DebianFfmpeg.psnr(Mp4WriterTest.scene(11), frames.get(10)) + 3);
    if (DebianFfmpeg.installed()) {
      List<int[]> theirs = DebianFfmpeg.decode(f, W, H);
      assertThat(theirs).hasSize(N);
      for (int k = 0; k < N; k++) {
        assertThat(DebianFfmpeg.psnr(theirs.get(k), frames.get(k))).isGreaterThan(40.0);
      }
    } else {
      System.out.println("Debian ffmpeg not installed: decoded frames not compared with it");
    }
  }

  @Test
  void corruptMissingAndNonVideoFilesAreRefused() throws IOException {
    Path f = encode();
    byte[] b = Files.readAllBytes(f);
    Path cut = dir.resolve("cut.mp4");
    Files.write(cut, Arrays.copyOf(b, b.length / 3));
    Path junk = dir.resolve("junk.mp4");
    Files.write(junk, "this is not a video at all".repeat(40).getBytes());
    Path missing = dir.resolve("missing.mp4");
    for (Path p : List.of(cut, junk, missing)) {
      assertThatThrownBy(() -> Mp4Reader.decode(p, (k, rgb, w, h) -> { }))
          .isInstanceOf(IOException.class).hasMessageContaining(p.getFileName().toString());
    }
  }
}
