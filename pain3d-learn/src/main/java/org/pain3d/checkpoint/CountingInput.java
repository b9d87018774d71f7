package org.pain3d.checkpoint;

import java.io.IOException;
import java.io.InputStream;

/** A pickle source of known length that counts what was read (mark / reset aware). */
final class CountingInput extends TorchUnpickler.PickleInput {
  private final InputStream in;
  private final long size;
  private long pos;
  private long markPos;

  /**
   * @param in a stream that supports mark / reset (e.g. a {@code BufferedInputStream})
   * @param start bytes of the source already consumed before {@code in}'s first byte
   * @param size total bytes of the source
   */
  CountingInput(InputStream in, long start, long size) {
    if (!in.markSupported()) {
      throw new IllegalArgumentException("the stream must support mark");
    }
    this.in = in;
    this.pos = start;
    this.size = size;
  }

  /** @return bytes of the source consumed so far */
  long position() {
    return pos;
  }

  @Override
  long remaining() {
    return size - pos;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      pos++;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      pos += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long k = in.skip(n);
    pos += k;
    return k;
  }

  @Override
  public boolean markSupported() {
    return true;
  }

  @Override
  public synchronized void mark(int readLimit) {
    in.mark(readLimit);
    markPos = pos;
  }

  @Override
  public synchronized void reset() throws IOException {
    in.reset();
    pos = markPos;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
