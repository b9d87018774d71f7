package org.pain3d.clips;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Decodes a video file into frames. pain3d-learn has no video code; the CLI plugs in the MP4
 * reader of pain3d-video.
 */
@FunctionalInterface
public interface VideoFrames {
  /** Receives decoded frames in order. */
  @FunctionalInterface
  interface Sink {
    /**
     * @param index 0-based frame number
     * @param rgb packed {@code 0xRRGGBB}, row-major, y down, {@code width * height}
     * @param width pixels
     * @param height pixels
     * @throws IOException to stop decoding
     */
    void frame(int index, int[] rgb, int width, int height) throws IOException;
  }

  /**
   * What was decoded.
   *
   * @param frames frames decoded
   * @param fps the stream's frame rate (frames per second; 0 when unknown)
   */
  record Info(int frames, double fps) {}

  /**
   * Decodes every frame.
   *
   * @param video the file
   * @param sink receives the frames
   * @return frames decoded and the frame rate
   * @throws IOException when the file is missing, corrupt or not a video
   */
  Info decode(Path video, Sink sink) throws IOException;
}
