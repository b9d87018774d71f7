package org.pain3d.render;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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

  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long SYMBOL_BITS = (1L << 56) - 1;
  private static final int SYMBOL_LENGTH_SHIFT = 56;

  private final long[] litCodes = new long[256];
  private final long[] runCodes = new long[MAX_RUN + 1];
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
    return compress(data, length, false);
  }

  /**
   * The same stream as {@link #compress}, coded symbol by symbol with {@link #put} (the plain
   * reference the fast loop is tested against).
   */
  byte[] compressPlain(byte[] data, int length) {
    return compress(data, length, true);
  }

  private byte[] compress(byte[] data, int length, boolean plain) {
    sample(data, length);
    lit.build(litFreq);
    dist.build(distFreq);
    symbolTables();
    // Codes are at most 15 bits per literal byte and 35 bits per run of 3 or more bytes, so
    // two bytes per input byte always suffice; the header takes under 600 bytes (316 code
    // lengths of at most 14 bits, plus 74), and the 64-bit stores write 8 bytes ahead.
    int worst = 600 + 2 * length;
    if (out.length < worst) {
      out = new byte[worst];
    }
    pos = 0;
    bits = 0;
    nbits = 0;
    out[pos++] = 0x78;
    out[pos++] = 0x01;
    header();
    if (plain) {
      encodePlain(data, length);
    } else {
      encode(data, length);
    }
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

  /**
   * Finds literals and runs (distance 1) and writes their codes, with locals only (the hot
   * loop). A run starts where four bytes {@code d[i-1..i+2]} are equal (one 32-bit compare)
   * and is extended eight bytes at a time; each symbol is one table look-up ({@link #litCodes},
   * {@link #runCodes}). A literal is followed by up to two more in the same step where one
   * 64-bit word shows that no run can start at them (a run at {@code i + j} needs {@code d[i +
   * j - 1..i + j + 2]} equal). Each step ends in one unconditional 64-bit store of the bit buffer,
   * after which the whole bytes are dropped from it (at most 7 bits stay pending, so a run of
   * up to 35 bits or three literals of up to 15 bits always fit).
   */
  private void encode(byte[] d, int length) {
    final long[] lits = litCodes;
    final long[] runs = runCodes;
    final byte[] o = out;
    long b = bits;
    int nb = nbits;
    int p = pos;
    while (nb >= 8) {
      o[p++] = (byte) b;
      b >>>= 8;
      nb -= 8;
    }
    int i = 0;
    if (length > 0) {
      long e = lits[d[0] & 255];
      b |= (e & SYMBOL_BITS) << nb;
      nb += (int) (e >>> SYMBOL_LENGTH_SHIFT);
      i = 1;
    }
    // A run needs d[i + 2], so the four-byte compare at i - 1 stays inside the data; a batch of
    // literals reads the word d[i - 1..i + 6].
    final int runEnd = length - 2;
    final int wordEnd = length - 6;
    while (i < length) {
      if (i < runEnd && equalFour((int) INT.get(d, i - 1))) {
        int limit = Math.min(MAX_RUN, length - i);
        int run = runLength(d, i, limit);
        long e = runs[run];
        i += run;
        b |= (e & SYMBOL_BITS) << nb;
        nb += (int) (e >>> SYMBOL_LENGTH_SHIFT);
      } else {
        long e = lits[d[i] & 255];
        b |= (e & SYMBOL_BITS) << nb;
        nb += (int) (e >>> SYMBOL_LENGTH_SHIFT);
        if (i < wordEnd) {
          // Byte k of x is d[i - 1 + k] ^ d[i + k]; a run at i + k needs bytes k..k + 2 zero.
          long w = (long) LONG.get(d, i - 1);
          long x = w ^ w >>> 8;
          if ((x & 0xFFFFFF00L) != 0) {
            e = lits[d[i + 1] & 255];
            b |= (e & SYMBOL_BITS) << nb;
            nb += (int) (e >>> SYMBOL_LENGTH_SHIFT);
            if ((x & 0xFFFFFF0000L) != 0) {
              e = lits[d[i + 2] & 255];
              b |= (e & SYMBOL_BITS) << nb;
              nb += (int) (e >>> SYMBOL_LENGTH_SHIFT);
              i++;
            }
            i++;
          }
        }
        i++;
      }
      LONG.set(o, p, b);
      p += nb >>> 3;
      b >>>= nb & ~7;
      nb &= 7;
    }
    bits = b;
    nbits = nb;
    pos = p;
  }

  /** The plain loop: a run where d[i - 1..i + 2] are equal, else a literal. */
  private void encodePlain(byte[] d, int length) {
    int i = 0;
    while (i < length) {
      byte cur = d[i];
      if (i > 0 && cur == d[i - 1] && i + 2 < length && d[i + 1] == cur && d[i + 2] == cur) {
        int run = 3;
        while (run < Math.min(MAX_RUN, length - i) && d[i + run] == cur) {
          run++;
        }
        int c = LENGTH_CODE[run];
        put(lit.code[257 + c], lit.length[257 + c]);
        put(run - LENGTH_BASE[c], LENGTH_EXTRA[c]);
        put(dist.code[0], dist.length[0]);
        i += run;
      } else {
        put(lit.code[cur & 255], lit.length[cur & 255]);
        i++;
      }
    }
  }

  /** Whether the four bytes of a little-endian word are equal. */
  private static boolean equalFour(int w) {
    return (w >>> 8) == (w & 0xFFFFFF);
  }

  /**
   * Length of the run of {@code d[i]} starting at {@code i} (at least 3, known equal), at
   * most {@code limit}: eight bytes per step, then the first differing byte of the word.
   */
  private static int runLength(byte[] d, int i, int limit) {
    int run = 3;
    final long pattern = (d[i] & 255L) * 0x0101010101010101L;
    while (run + 8 <= limit) {
      long x = (long) LONG.get(d, i + run) ^ pattern;
      if (x != 0) {
        return run + (Long.numberOfTrailingZeros(x) >>> 3);
      }
      run += 8;
    }
    while (run < limit && d[i + run] == d[i]) {
      run++;
    }
    return run;
  }

  /**
   * Tables of the current code, each entry a bit string in bits 0..55 with its length in bits
   * 56..63: per literal its code; per run length 3..258 the length code, extra bits and
   * distance code (at most 35 bits).
   */
  private void symbolTables() {
    for (int v = 0; v < 256; v++) {
      litCodes[v] = lit.code[v] | (long) lit.length[v] << SYMBOL_LENGTH_SHIFT;
    }
    long dc = dist.code[0];
    int dl = dist.length[0];
    for (int run = 3; run <= MAX_RUN; run++) {
      int c = LENGTH_CODE[run];
      int ll = lit.length[257 + c];
      int extra = LENGTH_EXTRA[c];
      long code = lit.code[257 + c] | (long) (run - LENGTH_BASE[c]) << ll | dc << (ll + extra);
      runCodes[run] = code | (long) (ll + extra + dl) << SYMBOL_LENGTH_SHIFT;
    }
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
