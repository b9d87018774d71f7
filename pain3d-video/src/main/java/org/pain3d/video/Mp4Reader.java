package org.pain3d.video;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Reads the video stream of an MP4 (or any container FFmpeg opens) frame by frame, in
 * presentation order, as packed sRGB: FFmpeg's decoder (single thread) gives planar YUV 4:2:0,
 * which {@link Yuv420#toRgb} converts with the BT.709 limited-range matrix our {@link Mp4Writer}
 * signals. Frame {@code k} is the k-th decoded frame (the writer's frame {@code k}, timestamp
 * {@code k / fps}).
 */
public final class Mp4Reader {
  /** Receives decoded frames. */
  @FunctionalInterface
  public interface FrameSink {
    /**
     * @param index 0-based frame number
     * @param rgb packed {@code 0xRRGGBB}, row-major, y down, {@code width * height}; owned by
     *     the sink
     * @param width pixels
     * @param height pixels
     * @throws IOException to stop decoding
     */
    void frame(int index, int[] rgb, int width, int height) throws IOException;
  }

  /**
   * What a file holds.
   *
   * @param width frame width, pixels
   * @param height frame height, pixels
   * @param fps the stream's average frame rate (frames per second; 0 when unknown)
   * @param frames frames decoded
   */
  public record Info(int width, int height, double fps, int frames) {}

  private Mp4Reader() {}

  /**
   * Decodes every frame of the first video stream.
   *
   * @param file the video
   * @param sink receives each frame in order
   * @return the stream's size, rate and the number of frames decoded
   * @throws IOException when the file is missing, not a video FFmpeg can decode, has no video
   *     stream or no decodable frame, a pixel format other than 4:2:0, or the sink stops
   */
  public static Info decode(Path file, FrameSink sink) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no video file " + file);
    }
    FfmpegNatives.load();
    AVFormatContext fmt = new AVFormatContext(null);
    AVCodecContext ctx = null;
    AVPacket pkt = null;
    AVFrame frame = null;
    check(avformat_open_input(fmt, file.toAbsolutePath().toString(), null, null),
        "cannot open " + file + " as a video");
    try {
      check(avformat_find_stream_info(fmt, (PointerPointer<?>) null),
          "cannot read the streams of " + file);
      int si = av_find_best_stream(fmt, AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0);
      if (si < 0) {
        throw new IOException(file + " has no video stream");
      }
      AVStream st = fmt.streams(si);
      AVCodec dec = avcodec_find_decoder(st.codecpar().codec_id());
      if (dec == null || dec.isNull()) {
        throw new IOException(file + ": no decoder for its video codec");
      }
      ctx = avcodec_alloc_context3(dec);
      check(avcodec_parameters_to_context(ctx, st.codecpar()), "cannot set up the decoder");
      ctx.thread_count(1);
      check(avcodec_open2(ctx, dec, (AVDictionary) null), "cannot open the decoder");
      pkt = av_packet_alloc();
      frame = av_frame_alloc();
      Decoding d = new Decoding(file, ctx, frame, sink);
      while (av_read_frame(fmt, pkt) >= 0) {
        try {
          if (pkt.stream_index() == si) {
            d.send(pkt);
          }
        } finally {
          av_packet_unref(pkt);
        }
      }
      d.send(null);
      if (d.count == 0) {
        throw new IOException(file + " has no decodable video frame");
      }
      AVRational r = st.avg_frame_rate();
      double fps = r.den() == 0 ? 0 : r.num() / (double) r.den();
      return new Info(ctx.width(), ctx.height(), fps, d.count);
    } finally {
      if (frame != null) {
        av_frame_free(frame);
      }
      if (pkt != null) {
        av_packet_free(pkt);
      }
      if (ctx != null) {
        avcodec_free_context(ctx);
      }
      avformat_close_input(fmt);
    }
  }

  /** One decoding pass: sends packets, converts and hands over frames. */
  private static final class Decoding {
    private final Path file;
    private final AVCodecContext ctx;
    private final AVFrame frame;
    private final FrameSink sink;
    private int count;

    Decoding(Path file, AVCodecContext ctx, AVFrame frame, FrameSink sink) {
      this.file = file;
      this.ctx = ctx;
      this.frame = frame;
      this.sink = sink;
    }

    void send(AVPacket pkt) throws IOException {
      int r = avcodec_send_packet(ctx, pkt);
      if (r < 0 && r != AVERROR_EOF) {
        throw new IOException(file + " is corrupt: " + FfmpegNatives.describe(r)
            + " at frame " + count);
      }
      while (true) {
        r = avcodec_receive_frame(ctx, frame);
        if (r == AVERROR_EAGAIN() || r == AVERROR_EOF) {
          return;
        }
        if (r < 0) {
          throw new IOException(file + " is corrupt: " + FfmpegNatives.describe(r)
              + " at frame " + count);
        }
        sink.frame(count, rgb(), frame.width(), frame.height());
        count++;
      }
    }

    private int[] rgb() throws IOException {
      int f = frame.format();
      if (f != AV_PIX_FMT_YUV420P && f != AV_PIX_FMT_YUVJ420P) {
        throw new IOException(file + ": pixel format " + f + " is not 4:2:0 (yuv420p)");
      }
      int w = frame.width();
      int h = frame.height();
      byte[] y = plane(0, w, h);
      byte[] u = plane(1, (w + 1) / 2, (h + 1) / 2);
      byte[] v = plane(2, (w + 1) / 2, (h + 1) / 2);
      int[] out = new int[w * h];
      Yuv420.toRgb(y, u, v, w, h, f == AV_PIX_FMT_YUVJ420P, out);
      return out;
    }

    private byte[] plane(int p, int w, int h) {
      BytePointer src = frame.data(p);
      int stride = frame.linesize(p);
      byte[] out = new byte[w * h];
      for (int r = 0; r < h; r++) {
        src.position((long) r * stride).get(out, r * w, w);
      }
      src.position(0);
      return out;
    }
  }

  private static void check(int code, String what) throws IOException {
    if (code < 0) {
      throw new IOException(what + ": " + FfmpegNatives.describe(code));
    }
  }
}
