/**
 * MP4 video files for pain3d's clips: H.264 (Constrained Baseline, OpenH264) in an MP4
 * container with the {@code avcC} sample entry, {@code yuv420p} in BT.709 limited range, and
 * the {@code moov} box before the media data ("faststart"), so that ffmpeg, browsers and
 * HTML5 players read the files as they are.
 *
 * <p>Encoding goes through FFmpeg 7.1 (the JavaCPP presets {@code org.bytedeco:ffmpeg}, whose
 * LGPL build bundles OpenH264 as its H.264 encoder); only the linux-x86_64 natives are on the
 * class path. The RGB to YUV conversion is ours ({@link org.pain3d.video.Yuv420}: integer
 * arithmetic, 2x2 box-filtered chroma), so the same frames give the same bytes on every
 * machine; the encoder runs single-threaded for the same reason.
 *
 * <p>This module depends on no other pain3d module: the generator (pain3d-synth, pure Java)
 * sees it through its own small encoder interface, wired in by the CLI.
 */
package org.pain3d.video;
