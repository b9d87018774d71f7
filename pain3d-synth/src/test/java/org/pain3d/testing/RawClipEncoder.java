package org.pain3d.testing;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pain3d.synth.ClipEncoder;

/**
 * A stand-in video encoder for tests of the pure-Java generator: a header line ({@code RAW w
 * h fps qp}) then every frame's packed RGB ints, big-endian. Deterministic, like the real one.
 */
public final class RawClipEncoder implements ClipEncoder {
  /** Fails every write after this many frames in all (for crash tests); negative: never. */
  private final int failAfter;
  private int written;

  /** An encoder that never fails. */
  public RawClipEncoder() {
    this(-1);
  }

  /** @param failAfter fail the write after this many frames (over all videos) */
  public RawClipEncoder(int failAfter) {
    this.failAfter = failAfter;
  }

  @Override
  public Video open(Path file, int width, int height, int fps, int qp) throws IOException {
    OutputStream os = Files.newOutputStream(file);
    DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(os));
    out.writeBytes("RAW " + width + " " + height + " " + fps + " " + qp + "\n");
    return new Video() {
      @Override
      public void write(int[] rgb) throws IOException {
        synchronized (RawClipEncoder.this) {
          if (failAfter >= 0 && written++ >= failAfter) {
            throw new IOException("simulated encoder failure");
          }
        }
        for (int p : rgb) {
          out.writeInt(p);
        }
      }

      @Override
      public void close() throws IOException {
        out.close();
      }

      @Override
      public void abort() {
        try {
          out.close();
        } catch (IOException e) {
          // test stand-in
        }
      }
    };
  }

  @Override
  public String describe() {
    return "raw RGB (test)";
  }
}
