package org.pain3d.video;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_BITEXACT;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_PRI_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_MPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_TRC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;

/**
 * Writes RGB frames to an MP4 file: H.264 Constrained Baseline (OpenH264, constant
 * quantiser, single thread), {@code yuv420p} BT.709 limited range signalled in the stream,
 * {@code avcC} sample entry, {@code moov} first ({@code +faststart}), bit-exact muxing (no
 * library version strings, no creation time), so equal frames give equal bytes.
 *
 * <p>Frame {@code k} has the timestamp {@code k / fps} seconds. Not thread-safe; one per
 * file. {@link #close} finishes the file; after a failed {@link #write} the file is
 * incomplete and the caller should delete it (close still frees the native state).
 */
public final class Mp4Writer implements AutoCloseable {
  private static final String ENCODER = "libopenh264";

  private final Path file;
  private final VideoFormat format;
  private final byte[] y;
  private final byte[] u;
  private final byte[] v;
  private AVFormatContext container;
  private AVCodecContext codec;
  private AVStream stream;
  private AVFrame frame;
  private AVPacket packet;
  private int frames;
  private boolean closed;

  private Mp4Writer(Path file, VideoFormat format) {
    this.file = file;
    this.format = format;
    int w = format.width();
    int h = format.height();
    this.y = new byte[w * h];
    this.u = new byte[w * h / 4];
    this.v = new byte[w * h / 4];
  }

  /**
   * Creates (or replaces) an MP4 file and opens the encoder.
   *
   * @param file the file to write (its folder must exist)
   * @param format frame size, rate and quality
   * @return the open writer
   * @throws IOException when the file cannot be created or the encoder cannot start
   *     (including FFmpeg natives that cannot be loaded on this platform)
   */
  public static Mp4Writer create(Path file, VideoFormat format) throws IOException {
    FfmpegNatives.load();
    Mp4Writer w = new Mp4Writer(file, format);
    try {
      w.open();
      return w;
    } catch (IOException | RuntimeException e) {
      w.free();
      throw e;
    }
  }

  private void open() throws IOException {
    String path = file.toAbsolutePath().toString();
    container = new AVFormatContext(null);
    check(avformat_alloc_output_context2(container, null, "mp4", path), "cannot set up an MP4 container");
    AVCodec encoder = avcodec_find_encoder_by_name(ENCODER);
    if (encoder == null || encoder.isNull()) {
      throw new IOException("this FFmpeg build has no " + ENCODER + " H.264 encoder");
    }
    stream = avformat_new_stream(container, null);
    codec = avcodec_alloc_context3(encoder);
    configure(codec);
    if ((container.oformat().flags() & AVFMT_GLOBALHEADER) != 0) {
      codec.flags(codec.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
    }
    AVDictionary options = new AVDictionary(null);
    av_dict_set(options, "rc_mode", "quality", 0);
    av_dict_set(options, "allow_skip_frames", "0", 0);
    try {
      check(avcodec_open2(codec, encoder, options), "cannot open the H.264 encoder");
    } finally {
      av_dict_free(options);
    }
    check(avcodec_parameters_from_context(stream.codecpar(), codec), "cannot describe the video stream");
    stream.time_base(codec.time_base());
    AVIOContext io = new AVIOContext(null);
    check(avio_open(io, path, AVIO_FLAG_WRITE), "cannot create " + file);
    container.pb(io);
    AVDictionary muxOptions = new AVDictionary(null);
    av_dict_set(muxOptions, "movflags", "+faststart", 0);
    av_dict_set(muxOptions, "fflags", "+bitexact", 0);
    try {
      check(avformat_write_header(container, muxOptions), "cannot write the MP4 header of " + file);
    } finally {
      av_dict_free(muxOptions);
    }
    frame = av_frame_alloc();
    frame.format(AV_PIX_FMT_YUV420P);
    frame.width(format.width());
    frame.height(format.height());
    check(av_frame_get_buffer(frame, 0), "cannot allocate a video frame");
    packet = av_packet_alloc();
  }

  private void configure(AVCodecContext c) {
    c.width(format.width());
    c.height(format.height());
    c.time_base(av_make_q(1, format.fps()));
    c.framerate(av_make_q(format.fps(), 1));
    c.pix_fmt(AV_PIX_FMT_YUV420P);
    c.gop_size(format.keyframeInterval());
    c.qmin(format.qp());
    c.qmax(format.qp());
    c.bit_rate(0);
    c.thread_count(1);
    c.flags(c.flags() | AV_CODEC_FLAG_BITEXACT);
    c.color_range(AVCOL_RANGE_MPEG);
    c.colorspace(AVCOL_SPC_BT709);
    c.color_primaries(AVCOL_PRI_BT709);
    c.color_trc(AVCOL_TRC_BT709);
  }

  /**
   * Encodes the next frame.
   *
   * @param rgb packed sRGB {@code 0xRRGGBB}, row-major, y down, {@code width * height}
   * @throws IOException when encoding or writing fails
   * @throws IllegalArgumentException when the frame has the wrong size
   */
  public void write(int[] rgb) throws IOException {
    if (closed) {
      throw new IllegalStateException("video already closed");
    }
    int w = format.width();
    int h = format.height();
    if (rgb.length != w * h) {
      throw new IllegalArgumentException("frame has " + rgb.length + " pixels, expected " + w + "x" + h);
    }
    Yuv420.convert(rgb, w, h, y, u, v);
    check(av_frame_make_writable(frame), "cannot write a video frame");
    copyPlane(0, y, w, h);
    copyPlane(1, u, w / 2, h / 2);
    copyPlane(2, v, w / 2, h / 2);
    frame.pts(frames);
    check(avcodec_send_frame(codec, frame), "cannot encode frame " + frames);
    drain();
    frames++;
  }

  private void copyPlane(int plane, byte[] src, int w, int h) {
    BytePointer dst = frame.data(plane);
    long stride = frame.linesize(plane);
    for (int r = 0; r < h; r++) {
      dst.position(r * stride).put(src, r * w, w);
    }
    dst.position(0);
  }

  private void drain() throws IOException {
    while (true) {
      int r = avcodec_receive_packet(codec, packet);
      if (r == AVERROR_EAGAIN() || r == AVERROR_EOF) {
        return;
      }
      check(r, "cannot encode");
      if (packet.duration() <= 0) {
        packet.duration(1);
      }
      av_packet_rescale_ts(packet, codec.time_base(), stream.time_base());
      packet.stream_index(stream.index());
      check(av_interleaved_write_frame(container, packet), "cannot write to " + file);
    }
  }

  /** @return frames written so far */
  public int frames() {
    return frames;
  }

  /** @return the format */
  public VideoFormat format() {
    return format;
  }

  /**
   * Flushes the encoder, writes the index ({@code moov}, moved to the front) and closes the
   * file. Always frees the native state, also when finishing fails.
   *
   * @throws IOException when the file cannot be finished
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      check(avcodec_send_frame(codec, null), "cannot flush the encoder");
      drain();
      check(av_write_trailer(container), "cannot finish " + file);
    } finally {
      free();
    }
  }

  /** Frees the native state without finishing the file (after a failure; delete the file). */
  public void abort() {
    closed = true;
    free();
  }

  private void free() {
    if (packet != null) {
      av_packet_free(packet);
      packet = null;
    }
    if (frame != null) {
      av_frame_free(frame);
      frame = null;
    }
    if (codec != null) {
      avcodec_free_context(codec);
      codec = null;
    }
    if (container != null) {
      if (container.pb() != null && !container.pb().isNull()) {
        avio_closep(container.pb());
      }
      avformat_free_context(container);
      container = null;
    }
  }

  private static void check(int code, String what) throws IOException {
    if (code < 0) {
      throw new IOException(what + ": " + FfmpegNatives.describe(code));
    }
  }
}
