package org.pain3d.render;

import java.util.Arrays;
import java.util.zip.Adler32;

/**
 * A fast zlib (RFC 1950) compressor for filtered PNG scanlines: deflate (RFC 1951) with one
 * dynamic-Huffman block whose only back-references are runs (distance 1), like zlib's
 * {@code Z_RLE} strategy. On UP-filtered renders, where smooth rows turn into runs of zeros,
 * this compresses about as well as zlib's level 1 in less time: no hash chains, the
 * Huffman code built from symbol counts of one slice in eight, then one pass that finds
 * the runs and writes the codes.
 *
 * <p>Reusable and not thread-safe (it keeps its buffers).
 */
public final class RleDeflate {
  /** Bytes of each sampled slice and the distance between slices (frequency estimate). */
  private static final int SAMPLE = 4096;
  private static final int STRIDE = 8 * SAMPLE;
  private static final int MAX_RUN = 258;
  private static final int END = 256;
  private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
    67, 83, 99, 115, 131, 163, 195, 227, 258};
  private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
    5, 5, 5, 5, 0};
  /** Order of the code length code lengths in the block header. */
  private static final int[] CL_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
  /** Per run length 3..258: its length code index (0..28). */
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

  private final int[] litFreq = new int[286];
  private final int[] distFreq = new int[30];
  private final Huffman lit = new Huffman(286, 15);
  private final Huffman dist = new Huffman(30, 15);
  private final Huffman cl = new Huffman(19, 7);
  private final Adler32 adler = new Adler32();
  private byte[] out = new byte[0];
  private int pos;
  private long bits;
  private int nbits;

  /**
   * Compresses data into a zlib stream.
   *
   * @param data the bytes (filtered scanlines)
   * @param length how many bytes of data to compress
   * @return the zlib stream in a buffer owned by this compressor (valid until the next call);
   *     its length is {@link #size()}
   */
  public byte[] compress(byte[] data, int length) {
    sample(data, length);
    lit.build(litFreq);
    dist.build(distFreq);
    int worst = 64 + length + length / 8;
    if (out.length < worst) {
      out = new byte[worst];
    }
    pos = 0;
    bits = 0;
    nbits = 0;
    out[pos++] = 0x78;
    out[pos++] = 0x01;
    header();
    encode(data, length);
    put(lit.code[END], lit.length[END]);
    flushBits();
    adler.reset();
    adler.update(data, 0, length);
    int a = (int) adler.getValue();
    out[pos++] = (byte) (a >>> 24);
    out[pos++] = (byte) (a >>> 16);
    out[pos++] = (byte) (a >>> 8);
    out[pos++] = (byte) a;
    return out;
  }

  /** @return the length of the last compressed stream, bytes */
  public int size() {
    return pos;
  }

  /**
   * Estimates the symbol frequencies from one {@value #SAMPLE} byte slice in every
   * {@value #STRIDE} (the code is built before the single coding pass); every literal, run
   * length and the end code get at least 1, so any data can be coded.
   */
  private void sample(byte[] d, int length) {
    Arrays.fill(litFreq, 1);
    Arrays.fill(distFreq, 0);
    distFreq[0] = 1;
    for (int start = 0; start < length; start += STRIDE) {
      int end = Math.min(length, start + SAMPLE);
      int i = Math.max(1, start);
      while (i < end) {
        byte prev = d[i - 1];
        if (d[i] == prev && i + 2 < length && d[i + 1] == prev && d[i + 2] == prev) {
          int run = 3;
          int limit = Math.min(MAX_RUN, length - i);
          while (run < limit && d[i + run] == prev) {
            run++;
          }
          litFreq[257 + LENGTH_CODE[run]] += 8;
          distFreq[0] += 8;
          i += run;
        } else {
          litFreq[d[i] & 255] += 8;
          i++;
        }
      }
    }
  }

  /** Finds literals and runs (distance 1) and writes their codes, with locals only (the hot loop). */
  private void encode(byte[] d, int length) {
    final int[] lc = lit.code;
    final int[] ll = lit.length;
    final int dc = dist.code[0];
    final int dl = dist.length[0];
    final byte[] o = out;
    long b = bits;
    int nb = nbits;
    int p = pos;
    int i = 0;
    while (i < length) {
      byte cur = d[i];
      if (i > 0 && cur == d[i - 1] && i + 2 < length && d[i + 1] == cur && d[i + 2] == cur) {
        int run = 3;
        int limit = Math.min(MAX_RUN, length - i);
        while (run < limit && d[i + run] == cur) {
          run++;
        }
        int c = LENGTH_CODE[run];
        b |= (long) lc[257 + c] << nb;
        nb += ll[257 + c];
        b |= (long) (run - LENGTH_BASE[c]) << nb;
        nb += LENGTH_EXTRA[c];
        b |= (long) dc << nb;
        nb += dl;
        i += run;
      } else {
        int v = cur & 255;
        b |= (long) lc[v] << nb;
        nb += ll[v];
        i++;
      }
      if (nb >= 32) {
        o[p] = (byte) b;
        o[p + 1] = (byte) (b >>> 8);
        o[p + 2] = (byte) (b >>> 16);
        o[p + 3] = (byte) (b >>> 24);
        p += 4;
        b >>>= 32;
        nb -= 32;
      }
    }
    bits = b;
    nbits = nb;
    pos = p;
  }

  /** Writes the block header: BFINAL, BTYPE 2, and the two code length tables, run-length coded. */
  private void header() {
    int hlit = 286;
    while (hlit > 257 && lit.length[hlit - 1] == 0) {
      hlit--;
    }
    int hdist = 30;
    while (hdist > 1 && dist.length[hdist - 1] == 0) {
      hdist--;
    }
    int[] lengths = new int[hlit + hdist];
    for (int i = 0; i < hlit; i++) {
      lengths[i] = lit.length[i];
    }
    for (int i = 0; i < hdist; i++) {
      lengths[hlit + i] = dist.length[i];
    }
    int[] rle = new int[lengths.length];
    int count = codeLengthRuns(lengths, rle);
    int[] clFreq = new int[19];
    for (int i = 0; i < count; i++) {
      clFreq[rle[i] & 31]++;
    }
    cl.build(clFreq);
    int hclen = 19;
    while (hclen > 4 && cl.length[CL_ORDER[hclen - 1]] == 0) {
      hclen--;
    }
    put(1, 1);
    put(2, 2);
    put(hlit - 257, 5);
    put(hdist - 1, 5);
    put(hclen - 4, 4);
    for (int i = 0; i < hclen; i++) {
      put(cl.length[CL_ORDER[i]], 3);
    }
    for (int i = 0; i < count; i++) {
      int sym = rle[i] & 31;
      put(cl.code[sym], cl.length[sym]);
      int extra = rle[i] >>> 5;
      if (sym == 16) {
        put(extra, 2);
      } else if (sym == 17) {
        put(extra, 3);
      } else if (sym == 18) {
        put(extra, 7);
      }
    }
  }

  /** Run-length codes of a code length sequence: symbol (low 5 bits) and extra value (above). */
  private static int codeLengthRuns(int[] lengths, int[] out) {
    int n = 0;
    int i = 0;
    while (i < lengths.length) {
      int v = lengths[i];
      int run = 1;
      while (i + run < lengths.length && lengths[i + run] == v) {
        run++;
      }
      int left = run;
      if (v == 0) {
        while (left >= 11) {
          int r = Math.min(138, left);
          out[n++] = 18 | (r - 11) << 5;
          left -= r;
        }
        if (left >= 3) {
          out[n++] = 17 | (left - 3) << 5;
          left = 0;
        }
      } else {
        out[n++] = v;
        left--;
        while (left >= 3) {
          int r = Math.min(6, left);
          out[n++] = 16 | (r - 3) << 5;
          left -= r;
        }
      }
      while (left > 0) {
        out[n++] = v;
        left--;
      }
      i += run;
    }
    return n;
  }

  private void put(int value, int length) {
    bits |= (long) value << nbits;
    nbits += length;
    if (nbits >= 32) {
      out[pos] = (byte) bits;
      out[pos + 1] = (byte) (bits >>> 8);
      out[pos + 2] = (byte) (bits >>> 16);
      out[pos + 3] = (byte) (bits >>> 24);
      pos += 4;
      bits >>>= 32;
      nbits -= 32;
    }
  }

  private void flushBits() {
    while (nbits > 0) {
      out[pos++] = (byte) bits;
      bits >>>= 8;
      nbits -= 8;
    }
    nbits = 0;
    bits = 0;
  }
}
