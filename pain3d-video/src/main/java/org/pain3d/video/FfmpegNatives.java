package org.pain3d.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_QUIET;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.javacpp.Loader;

/**
 * Loads the FFmpeg natives once (JavaCPP extracts them from the linux-x86_64 jar into its
 * cache, {@code ~/.javacpp/cache}) and silences FFmpeg's own logging: errors reach the caller
 * as exceptions, never as lines on the terminal.
 */
final class FfmpegNatives {
  private static volatile boolean loaded;

  private FfmpegNatives() {}

  /**
   * Loads the natives.
   *
   * @throws IOException when they cannot be loaded (another platform than linux-x86_64, or an
   *     unwritable JavaCPP cache)
   */
  static void load() throws IOException {
    if (loaded) {
      return;
    }
    synchronized (FfmpegNatives.class) {
      if (loaded) {
        return;
      }
      try {
        Loader.load(avcodec.class);
        Loader.load(avformat.class);
      } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
        throw new IOException("cannot load the FFmpeg natives (bundled for linux-x86_64 only; this is "
            + Loader.getPlatform() + "): " + e.getMessage(), e);
      }
      av_log_set_level(AV_LOG_QUIET);
      loaded = true;
    }
  }

  /**
   * @param code a negative FFmpeg error code
   * @return FFmpeg's description of it
   */
  static String describe(int code) {
    byte[] buf = new byte[256];
    if (av_strerror(code, buf, buf.length) < 0) {
      return "FFmpeg error " + code;
    }
    int n = 0;
    while (n < buf.length && buf[n] != 0) {
      n++;
    }
    return new String(buf, 0, n, StandardCharsets.UTF_8);
  }
}
