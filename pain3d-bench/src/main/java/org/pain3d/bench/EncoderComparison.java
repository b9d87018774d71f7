package org.pain3d.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.codecs.h264.encode.RateControl;
import org.jcodec.codecs.h264.io.model.SliceType;
import org.jcodec.common.Codec;
import org.jcodec.common.MuxerTrack;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.VideoEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;
import org.jcodec.containers.mp4.muxer.MP4Muxer;
import org.pain3d.video.Mp4Writer;
import org.pain3d.video.VideoFormat;

/**
 * Compares the two H.264 encoders DESIGN.md names on one rendered clip (real model, 256 px,
 * 100 frames of a pain episode with head sway, gaze and blinks): pain3d-video (FFmpeg's
 * OpenH264) and jcodec 0.2.5 (pure Java), each at a constant quantiser. Prints per encoder:
 * thread CPU ms per frame (after two warm-up passes), file size, the stream's profile and
 * pixel format, whether {@code moov} precedes {@code mdat}, and the PSNR of every decoded
 * frame against the rendered one (decoded by Debian's ffmpeg; skipped without it).
 *
 * <p>Run: {@code java -cp "pain3d-bench/target/classes:pain3d-bench/target/lib/*"
 * org.pain3d.bench.EncoderComparison} with {@code PAIN3D_FACE_MODEL} set.
 */
public final class EncoderComparison {
  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
  private static final int SIZE = 256;
  private static final int FPS = 25;

  private EncoderComparison() {}

  /**
   * @param args ignored
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    BenchClip clip = new BenchClip(SIZE, "studio", "full");
    int n = clip.track.frames();
    int[][] frames = new int[n][];
    for (int k = 0; k < n; k++) {
      frames[k] = clip.render(k).clone();
    }
    Path dir = Files.createTempDirectory("pain3d-encoders");
    for (int qp : new int[] {20, 24}) {
      report("pain3d-video (OpenH264) qp " + qp, dir.resolve("openh264-" + qp + ".mp4"), frames,
          f -> encodeOpenH264(f, frames, qp));
      report("jcodec 0.2.5 qp " + qp, dir.resolve("jcodec-" + qp + ".mp4"), frames, f -> encodeJcodec(f, frames, qp));
    }
  }

  /** Encodes all frames into a file. */
  @FunctionalInterface
  private interface Encoder {
    void encode(Path file) throws IOException;
  }

  private static void report(String name, Path file, int[][] frames, Encoder e) throws IOException {
    e.encode(file);
    e.encode(file);
    long t0 = MX.getCurrentThreadCpuTime();
    e.encode(file);
    double ms = (MX.getCurrentThreadCpuTime() - t0) / 1e6 / frames.length;
    byte[] bytes = Files.readAllBytes(file);
    String boxes = String.join(",", topLevelBoxes(bytes));
    String line = String.format(Locale.ROOT, "%-34s %6.2f ms/frame  %7d bytes  boxes %s", name, ms, bytes.length, boxes);
    if (ffmpegPresent()) {
      String probe = new String(run(List.of("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
          "stream=profile,pix_fmt,color_range", "-of", "csv=p=0", file.toString())), StandardCharsets.UTF_8).trim();
      byte[] raw = run(List.of("ffmpeg", "-v", "error", "-i", file.toString(), "-fps_mode", "passthrough", "-f",
          "rawvideo", "-pix_fmt", "rgb24", "-"));
      int px = SIZE * SIZE;
      int decoded = raw.length / (3 * px);
      double worst = Double.POSITIVE_INFINITY;
      double sum = 0;
      for (int k = 0; k < Math.min(decoded, frames.length); k++) {
        double p = psnr(frames[k], raw, 3 * px * k);
        worst = Math.min(worst, p);
        sum += p;
      }
      line += String.format(Locale.ROOT, "  %s  %d frames decoded  PSNR mean %.2f dB, worst %.2f dB", probe, decoded,
          sum / Math.max(1, decoded), worst);
    }
    System.out.println(line);
  }

  private static void encodeOpenH264(Path file, int[][] frames, int qp) throws IOException {
    try (Mp4Writer w = Mp4Writer.create(file, new VideoFormat(SIZE, SIZE, FPS, qp, FPS))) {
      for (int[] f : frames) {
        w.write(f);
      }
    }
  }

  private static void encodeJcodec(Path file, int[][] frames, int qp) throws IOException {
    try (SeekableByteChannel ch = NIOUtils.writableChannel(file.toFile())) {
      MP4Muxer mux = MP4Muxer.createMP4MuxerToChannel(ch);
      MuxerTrack track = mux.addVideoTrack(Codec.H264,
          VideoCodecMeta.createSimpleVideoCodecMeta(new Size(SIZE, SIZE), ColorSpace.YUV420J));
      H264Encoder enc = new H264Encoder(new ConstantQp(qp));
      enc.setKeyInterval(FPS);
      Picture pic = Picture.create(SIZE, SIZE, ColorSpace.YUV420J);
      ByteBuffer buf = ByteBuffer.allocate(SIZE * SIZE * 6);
      for (int k = 0; k < frames.length; k++) {
        toYuv(frames[k], pic);
        buf.clear();
        VideoEncoder.EncodedFrame ef = enc.encodeFrame(pic, buf);
        track.addFrame(Packet.createPacket(ef.getData(), k, FPS, 1, k,
            ef.isKeyFrame() ? Packet.FrameType.KEY : Packet.FrameType.INTER, null));
      }
      mux.finish();
    }
  }

  /** jcodec's own rate control clamps the quantiser to 12..30 and adapts it; this holds it. */
  private static final class ConstantQp implements RateControl {
    private final int qp;

    ConstantQp(int qp) {
      this.qp = qp;
    }

    @Override
    public int startPicture(Size size, int maxSize, SliceType type) {
      return qp;
    }

    @Override
    public int initialQpDelta() {
      return 0;
    }

    @Override
    public int accept(int bits) {
      return 0;
    }
  }

  /**
   * BT.601 limited range, what decoders assume for a stream without colour description
   * (jcodec writes none); jcodec's planes hold value - 128.
   */
  private static void toYuv(int[] rgb, Picture p) {
    byte[] y = p.getPlaneData(0);
    byte[] u = p.getPlaneData(1);
    byte[] v = p.getPlaneData(2);
    for (int i = 0; i < rgb.length; i++) {
      int r = rgb[i] >> 16 & 255;
      int g = rgb[i] >> 8 & 255;
      int b = rgb[i] & 255;
      y[i] = (byte) (Math.round(16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255) - 128);
    }
    int h = SIZE / 2;
    for (int cy = 0; cy < h; cy++) {
      for (int cx = 0; cx < h; cx++) {
        double cb = 0;
        double cr = 0;
        for (int d = 0; d < 4; d++) {
          int q = rgb[(2 * cy + d / 2) * SIZE + 2 * cx + d % 2];
          int r = q >> 16 & 255;
          int g = q >> 8 & 255;
          int b = q & 255;
          cb += (-37.797 * r - 74.203 * g + 112.0 * b) / 255;
          cr += (112.0 * r - 93.786 * g - 18.214 * b) / 255;
        }
        u[cy * h + cx] = (byte) (Math.round(128 + cb / 4) - 128);
        v[cy * h + cx] = (byte) (Math.round(128 + cr / 4) - 128);
      }
    }
  }

  private static double psnr(int[] a, byte[] raw, int off) {
    double se = 0;
    for (int i = 0; i < a.length; i++) {
      for (int c = 0; c < 3; c++) {
        int d = (a[i] >> (16 - 8 * c) & 255) - (raw[off + 3 * i + c] & 255);
        se += d * d;
      }
    }
    double mse = se / (3.0 * a.length);
    return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
  }

  private static List<String> topLevelBoxes(byte[] d) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    long off = 0;
    while (off + 8 <= d.length) {
      int o = (int) off;
      long size = (d[o] & 0xffL) << 24 | (d[o + 1] & 0xffL) << 16 | (d[o + 2] & 0xffL) << 8 | d[o + 3] & 0xffL;
      out.add(new String(d, o + 4, 4, StandardCharsets.ISO_8859_1));
      if (size == 1 && o + 16 <= d.length) {
        size = 0;
        for (int i = 8; i < 16; i++) {
          size = size << 8 | (d[o + i] & 0xffL);
        }
      } else if (size == 0) {
        size = d.length - off;
      }
      if (size < 8) {
        break;
      }
      off += size;
    }
    return out;
  }

  private static boolean ffmpegPresent() {
    try {
      return run(List.of("ffprobe", "-version")).length > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static byte[] run(List<String> cmd) throws IOException {
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = p.getInputStream()) {
      in.transferTo(out);
    }
    try {
      if (p.waitFor() != 0) {
        throw new IOException(String.join(" ", cmd) + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return out.toByteArray();
  }
}
