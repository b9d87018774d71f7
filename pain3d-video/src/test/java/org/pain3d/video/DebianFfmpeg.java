package org.pain3d.video;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The independent decoder of the tests: Debian's {@code ffprobe} and {@code ffmpeg} command
 * line tools ({@code apt-get install -y ffmpeg}; CI installs them). Tests that need them call
 * {@link #assumeInstalled()} and are skipped with a message when they are missing.
 */
public final class DebianFfmpeg {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Boolean installed;

  private DebianFfmpeg() {}

  /** Skips the calling test when ffmpeg or ffprobe is not on the PATH. */
  public static void assumeInstalled() {
    assumeTrue(installed(), "ffmpeg/ffprobe not installed (apt-get install -y ffmpeg): "
        + "independent MP4 decoding checks skipped");
  }

  /** @return whether both tools run */
  public static synchronized boolean installed() {
    if (installed == null) {
      try {
        installed = run(List.of("ffprobe", "-version")).length > 0 && run(List.of("ffmpeg", "-version")).length > 0;
      } catch (IOException e) {
        installed = false;
      }
    }
    return installed;
  }

  /**
   * The first video stream as ffprobe reports it, frames counted by decoding.
   *
   * @param file an MP4 file
   * @return the stream object (codec_name, profile, width, height, pix_fmt, r_frame_rate,
   *     nb_read_frames, color_range, ...)
   * @throws IOException when ffprobe fails
   */
  public static JsonNode probe(Path file) throws IOException {
    byte[] out = run(List.of("ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
        "-show_streams", "-show_format", "-of", "json", file.toString()));
    JsonNode root = JSON.readTree(out);
    return root.path("streams").path(0);
  }

  /**
   * Decodes every frame to packed RGB (ffmpeg's own YUV to RGB conversion, with the colour
   * description of the stream), in presentation order, without dropping or duplicating.
   *
   * @param file an MP4 file
   * @param width frame width
   * @param height frame height
   * @return frames of packed {@code 0xRRGGBB}
   * @throws IOException when ffmpeg fails
   */
  public static List<int[]> decode(Path file, int width, int height) throws IOException {
    byte[] raw = run(List.of("ffmpeg", "-v", "error", "-i", file.toString(), "-fps_mode", "passthrough",
        "-f", "rawvideo", "-pix_fmt", "rgb24", "-"));
    int n = width * height;
    List<int[]> frames = new ArrayList<>();
    for (int off = 0; off + 3 * n <= raw.length; off += 3 * n) {
      int[] f = new int[n];
      for (int i = 0; i < n; i++) {
        int o = off + 3 * i;
        f[i] = (raw[o] & 0xff) << 16 | (raw[o + 1] & 0xff) << 8 | raw[o + 2] & 0xff;
      }
      frames.add(f);
    }
    return frames;
  }

  /**
   * PSNR of two packed RGB images over all three channels.
   *
   * @param a packed RGB
   * @param b packed RGB, same length
   * @return dB (infinite when equal)
   */
  public static double psnr(int[] a, int[] b) {
    double se = 0;
    for (int i = 0; i < a.length; i++) {
      for (int s = 0; s <= 16; s += 8) {
        int d = ((a[i] >> s) & 0xff) - ((b[i] >> s) & 0xff);
        se += d * d;
      }
    }
    double mse = se / (3.0 * a.length);
    return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
  }

  private static byte[] run(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out;
    try (InputStream in = p.getInputStream()) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      in.transferTo(buf);
      out = buf.toByteArray();
    }
    try {
      if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IOException(String.join(" ", command) + " failed (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return out;
  }

  /**
   * The top-level MP4 boxes of a file, in order (for checking that {@code moov} precedes
   * {@code mdat}).
   *
   * @param data the file's bytes
   * @return box type names
   */
  public static List<String> topLevelBoxes(byte[] data) {
    List<String> types = new ArrayList<>();
    long off = 0;
    while (off + 8 <= data.length) {
      long size = readUint32(data, (int) off);
      String type = new String(data, (int) off + 4, 4, StandardCharsets.ISO_8859_1);
      if (size == 1) {
        size = readUint32(data, (int) off + 8) << 32 | readUint32(data, (int) off + 12);
      } else if (size == 0) {
        size = data.length - off;
      }
      types.add(type);
      if (size < 8) {
        break;
      }
      off += size;
    }
    return types;
  }

  private static long readUint32(byte[] d, int o) {
    return (d[o] & 0xffL) << 24 | (d[o + 1] & 0xffL) << 16 | (d[o + 2] & 0xffL) << 8 | d[o + 3] & 0xffL;
  }
}
