package org.pain3d.app;

import java.io.IOException;
import java.nio.file.Path;
import org.pain3d.synth.ClipEncoder;
import org.pain3d.video.Mp4Writer;
import org.pain3d.video.VideoFormat;

/**
 * The clip generator's video encoder: MP4 files from pain3d-video (H.264 through FFmpeg's
 * OpenH264), one keyframe per second.
 */
final class Mp4ClipEncoder implements ClipEncoder {
  @Override
  public Video open(Path file, int width, int height, int fps, int qp) throws IOException {
    Mp4Writer mp4 = Mp4Writer.create(file, new VideoFormat(width, height, fps, qp, fps));
    return new Video() {
      @Override
      public void write(int[] rgb) throws IOException {
        mp4.write(rgb);
      }

      @Override
      public void close() throws IOException {
        mp4.close();
      }

      @Override
      public void abort() {
        mp4.abort();
      }
    };
  }

  @Override
  public String describe() {
    return "MP4, H.264 Constrained Baseline (OpenH264 through FFmpeg 7.1, org.bytedeco:ffmpeg 7.1-1.5.11), "
        + "constant quantiser, yuv420p BT.709 limited range, one keyframe per second, moov first";
  }
}
