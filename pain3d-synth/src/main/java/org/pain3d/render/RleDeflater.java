package org.pain3d.render;

import java.util.Arrays;
import java.util.zip.Adler32;

/**
 * A fast zlib (RFC 1950) / deflate (RFC 1951) compressor for PNG scanlines: the only
 * matches it looks for are runs of one repeated byte (distance 1, as zlib's Z_RLE
 * strategy), coded with dynamic Huffman tables per block of at most 64 KiB of input.
 * Filtered image rows are mostly small residuals and runs of zeros, where this compresses
 * about as well as zlib's fastest level at several times its speed, in pure Java.
 *
 * <p>Not thread-safe: an instance keeps its token and output buffers between calls.
 */
public final class RleDeflater {
  private static final int BLOCK = 1 << 16;
  private static final int MIN_RUN = 4;
  private static final int MAX_RUN = 258;
  private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
    67, 83, 99, 115, 131, 163, 195, 227, 258};
  private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
    5, 5, 5, 5, 0};
  private static final int[] CL_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
  /** Per run length 3..258: its length symbol minus 257. */
  private static final byte[] LENGTH_CODE = new byte[MAX_RUN + 1];

  static {
    for (int c = 0; c < LENGTH_BASE.length; c++) {
      int end = c + 1 < LENGTH_BASE.length ? LENGTH_BASE[c + 1] : MAX_RUN + 1;
      for (int l = LENGTH_BASE[c]; l < end && l <= MAX_RUN; l++) {
        LENGTH_CODE[l] = (byte) c;
      }
    }
    LENGTH_CODE[MAX_RUN] = 28;
  }

  private int[] tokens = new int[BLOCK];
  private final int[] litFreq = new int[286];
  private final int[] litLen = new int[286];
  private final int[] litCode = new int[286];
  private final int[] distLen = new int[30];
  private final int[] distCode = new int[30];
  private final Adler32 adler = new Adler32();
  private byte[] out = new byte[1 << 16];
  private int outPos;
  private long bits;
  private int bitCount;

  /**
   * Compresses bytes into a zlib stream.
   *
   * @param in the input
   * @param len number of input bytes
   * @return the compressed bytes (a buffer reused by the next call); its first {@link #size()}
   *     bytes are the stream
   */
  public byte[] compress(byte[] in, int len) {
    outPos = 0;
    bits = 0;
    bitCount = 0;
    ensure(len + len / 8 + 1024);
    out[outPos++] = 0x78;
    out[outPos++] = 0x01;
    if (len == 0) {
      writeBits(1, 1);
      writeBits(1, 2);
      writeBits(0, 7);
    }
    for (int start = 0; start < len; start += BLOCK) {
      int end = Math.min(len, start + BLOCK);
      block(in, start, end, end == len);
    }
    flushBits();
    adler.reset();
    adler.update(in, 0, len);
    int a = (int) adler.getValue();
    ensure(4);
    out[outPos++] = (byte) (a >>> 24);
    out[outPos++] = (byte) (a >>> 16);
    out[outPos++] = (byte) (a >>> 8);
    out[outPos++] = (byte) a;
    return out;
  }

  /** Returns the length of the last compressed stream. */
  public int size() {
    return outPos;
  }

  private void block(byte[] in, int start, int end, boolean last) {
    int[] freq = litFreq;
    Arrays.fill(freq, 0);
    int[] tok = tokens;
    int n = 0;
    int i = start;
    if (i == 0) {
      int v = in[0] & 255;
      tok[n++] = v;
      freq[v]++;
      i = 1;
    }
    while (i < end) {
      byte b = in[i - 1];
      if (in[i] != b || i + MIN_RUN > end || in[i + 1] != b || in[i + 2] != b || in[i + 3] != b) {
        int v = in[i] & 255;
        tok[n++] = v;
        freq[v]++;
        i++;
        continue;
      }
      int limit = Math.min(end - i, MAX_RUN);
      int run = MIN_RUN;
      while (run < limit && in[i + run] == b) {
        run++;
      }
      tok[n++] = 256 + run;
      freq[257 + LENGTH_CODE[run]]++;
      i += run;
    }
    freq[256] = 1;
    HuffmanLengths.build(freq, 15, litLen);
    Arrays.fill(distLen, 0);
    distLen[0] = 1;
    distLen[1] = 1;
    canonical(litLen, litCode);
    canonical(distLen, distCode);
    writeBits(last ? 1 : 0, 1);
    writeBits(2, 2);
    writeTables();
    encode(n);
  }

  /** Writes the tokens with the block's codes; the bit buffer lives in locals here. */
  private void encode(int n) {
    int[] packed = new int[286];
    for (int s = 0; s < 286; s++) {
      packed[s] = litCode[s] | litLen[s] << 16;
    }
    ensure(4 * n + 64);
    byte[] o = out;
    int pos = outPos;
    long acc = bits;
    int cnt = bitCount;
    int dist = distCode[0] | distLen[0] << 16;
    int[] tok = tokens;
    for (int k = 0; k < n; k++) {
      int t = tok[k];
      int code;
      if (t < 256) {
        code = packed[t];
        acc |= (long) (code & 0xFFFF) << cnt;
        cnt += code >>> 16;
      } else {
        int run = t - 256;
        int c = LENGTH_CODE[run];
        code = packed[257 + c];
        acc |= (long) (code & 0xFFFF) << cnt;
        cnt += code >>> 16;
        acc |= (long) (run - LENGTH_BASE[c]) << cnt;
        cnt += LENGTH_EXTRA[c];
        acc |= (long) (dist & 0xFFFF) << cnt;
        cnt += dist >>> 16;
      }
      if (cnt >= 32) {
        o[pos] = (byte) acc;
        o[pos + 1] = (byte) (acc >>> 8);
        o[pos + 2] = (byte) (acc >>> 16);
        o[pos + 3] = (byte) (acc >>> 24);
        pos += 4;
        acc >>>= 32;
        cnt -= 32;
      }
    }
    outPos = pos;
    bits = acc;
    bitCount = cnt;
    writeCode(litCode[256], litLen[256]);
  }

  /** The dynamic block header: code counts, code-length code, run-length coded lengths. */
  private void writeTables() {
    int hlit = 286;
    while (hlit > 257 && litLen[hlit - 1] == 0) {
      hlit--;
    }
    int hdist = 2;
    int[] all = new int[hlit + hdist];
    System.arraycopy(litLen, 0, all, 0, hlit);
    System.arraycopy(distLen, 0, all, hlit, hdist);
    int[] syms = new int[all.length];
    int[] extra = new int[all.length];
    int ns = 0;
    int[] clFreq = new int[19];
    for (int i = 0; i < all.length;) {
      int v = all[i];
      int r = 1;
      while (i + r < all.length && all[i + r] == v) {
        r++;
      }
      if (v == 0 && r >= 3) {
        int take = Math.min(r, 138);
        syms[ns] = take >= 11 ? 18 : 17;
        extra[ns++] = take >= 11 ? take - 11 : take - 3;
        clFreq[take >= 11 ? 18 : 17]++;
        i += take;
      } else if (v != 0 && r >= 4) {
        syms[ns] = v;
        extra[ns++] = 0;
        clFreq[v]++;
        int take = Math.min(r - 1, 6);
        syms[ns] = 16;
        extra[ns++] = take - 3;
        clFreq[16]++;
        i += 1 + take;
      } else {
        syms[ns] = v;
        extra[ns++] = 0;
        clFreq[v]++;
        i++;
      }
    }
    int[] clLen = new int[19];
    int[] clCode = new int[19];
    HuffmanLengths.build(clFreq, 7, clLen);
    canonical(clLen, clCode);
    int hclen = 19;
    while (hclen > 4 && clLen[CL_ORDER[hclen - 1]] == 0) {
      hclen--;
    }
    writeBits(hlit - 257, 5);
    writeBits(hdist - 1, 5);
    writeBits(hclen - 4, 4);
    for (int k = 0; k < hclen; k++) {
      writeBits(clLen[CL_ORDER[k]], 3);
    }
    for (int k = 0; k < ns; k++) {
      int s = syms[k];
      writeCode(clCode[s], clLen[s]);
      if (s == 16) {
        writeBits(extra[k], 2);
      } else if (s == 17) {
        writeBits(extra[k], 3);
      } else if (s == 18) {
        writeBits(extra[k], 7);
      }
    }
  }

  /** Canonical codes from lengths (RFC 1951 3.2.2), stored bit-reversed for LSB-first output. */
  private static void canonical(int[] lengths, int[] codes) {
    int[] count = new int[16];
    for (int l : lengths) {
      count[l]++;
    }
    count[0] = 0;
    int[] next = new int[16];
    int code = 0;
    for (int b = 1; b < 16; b++) {
      code = (code + count[b - 1]) << 1;
      next[b] = code;
    }
    for (int s = 0; s < lengths.length; s++) {
      int l = lengths[s];
      if (l > 0) {
        codes[s] = Integer.reverse(next[l]++) >>> (32 - l);
      }
    }
  }

  private void writeCode(int code, int len) {
    writeBits(code, len);
  }

  private void writeBits(int value, int count) {
    bits |= (long) value << bitCount;
    bitCount += count;
    if (bitCount >= 32) {
      ensure(8);
      out[outPos++] = (byte) bits;
      out[outPos++] = (byte) (bits >>> 8);
      out[outPos++] = (byte) (bits >>> 16);
      out[outPos++] = (byte) (bits >>> 24);
      bits >>>= 32;
      bitCount -= 32;
    }
  }

  private void flushBits() {
    ensure(8);
    while (bitCount > 0) {
      out[outPos++] = (byte) bits;
      bits >>>= 8;
      bitCount -= 8;
    }
    bitCount = 0;
    bits = 0;
  }

  private void ensure(int more) {
    if (outPos + more > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, outPos + more));
    }
  }
}
