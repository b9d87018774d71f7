package org.pain3d.synth;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Encodes a clip's frames into a video file. The generator is pure Java and sees video
 * encoding only through this interface; the CLI supplies the MP4 encoder (pain3d-video).
 * Implementations must give the same bytes for the same frames (the dataset's determinism).
 */
public interface ClipEncoder {
  /**
   * Opens a video file.
   *
   * @param file the file to write (its folder exists)
   * @param width frame width, pixels
   * @param height frame height, pixels
   * @param fps frames per second
   * @param qp quality (H.264 quantiser)
   * @return the open video
   * @throws IOException when the file or the encoder cannot be opened
   */
  Video open(Path file, int width, int height, int fps, int qp) throws IOException;

  /** @return a short description for the manifest's provenance, e.g. the codec and library */
  String describe();

  /** An open video. */
  interface Video extends AutoCloseable {
    /**
     * @param rgb packed sRGB {@code 0xRRGGBB}, row-major, y down
     * @throws IOException when encoding fails
     */
    void write(int[] rgb) throws IOException;

    /**
     * Finishes the file.
     *
     * @throws IOException when it cannot be finished
     */
    @Override
    void close() throws IOException;

    /** Gives up without finishing (after a failure); the caller deletes the file. */
    void abort();
  }
}
