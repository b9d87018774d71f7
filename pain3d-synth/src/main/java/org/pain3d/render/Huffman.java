package org.pain3d.render;

import java.util.Arrays;

/**
 * A length-limited canonical Huffman code (RFC 1951, section 3.2.2) for deflate: code
 * lengths from symbol frequencies (Huffman's algorithm; when the longest code exceeds the
 * limit, frequencies are halved, keeping them at least 1, and the code is rebuilt), then
 * canonical codes stored bit-reversed for deflate's least-significant-bit-first output.
 * Reusable, not thread-safe.
 */
final class Huffman {
  /** Code length per symbol, 0 for unused symbols. */
  final int[] length;
  /** Bit-reversed canonical code per symbol. */
  final int[] code;
  private final int limit;
  private final int[] freq;
  private final long[] heap;
  private final int[] parent;

  /**
   * @param symbols alphabet size
   * @param limit longest allowed code, bits
   */
  Huffman(int symbols, int limit) {
    this.length = new int[symbols];
    this.code = new int[symbols];
    this.limit = limit;
    this.freq = new int[symbols];
    this.heap = new long[2 * symbols];
    this.parent = new int[2 * symbols];
  }

  /**
   * Builds the code for a frequency table (not modified).
   *
   * @param frequencies count per symbol, shape [symbols]
   */
  void build(int[] frequencies) {
    System.arraycopy(frequencies, 0, freq, 0, freq.length);
    while (!lengths()) {
      for (int s = 0; s < freq.length; s++) {
        if (freq[s] > 0) {
          freq[s] = Math.max(1, freq[s] >> 1);
        }
      }
    }
    canonical();
  }

  /** Huffman code lengths of freq; false when one exceeds the limit. */
  private boolean lengths() {
    Arrays.fill(length, 0);
    int n = 0;
    int used = 0;
    int last = -1;
    for (int s = 0; s < freq.length; s++) {
      if (freq[s] > 0) {
        used++;
        last = s;
        heap[n++] = (long) freq[s] << 32 | s;
      }
    }
    if (used == 0) {
      return true;
    }
    if (used == 1) {
      length[last] = 1;
      return true;
    }
    // Min-heap on (weight, node); nodes >= symbols are internal.
    int size = 0;
    for (int i = 0; i < n; i++) {
      push(heap[i], size++);
    }
    int next = freq.length;
    while (size > 1) {
      long a = pop(size--);
      long b = pop(size--);
      int node = next++;
      parent[(int) a] = node;
      parent[(int) b] = node;
      push(((a >>> 32) + (b >>> 32)) << 32 | node, size++);
    }
    int root = (int) heap[0];
    int[] depth = new int[next];
    for (int node = next - 1; node >= freq.length; node--) {
      depth[node] = node == root ? 0 : depth[parent[node]] + 1;
    }
    for (int s = 0; s < freq.length; s++) {
      if (freq[s] > 0) {
        int d = depth[parent[s]] + 1;
        if (d > limit) {
          return false;
        }
        length[s] = d;
      }
    }
    return true;
  }

  private void push(long v, int size) {
    int i = size;
    heap[i] = v;
    while (i > 0) {
      int p = (i - 1) >> 1;
      if (heap[p] <= heap[i]) {
        break;
      }
      long t = heap[p];
      heap[p] = heap[i];
      heap[i] = t;
      i = p;
    }
  }

  private long pop(int size) {
    long top = heap[0];
    heap[0] = heap[size - 1];
    int n = size - 1;
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      if (l >= n) {
        break;
      }
      int m = l + 1 < n && heap[l + 1] < heap[l] ? l + 1 : l;
      if (heap[i] <= heap[m]) {
        break;
      }
      long t = heap[m];
      heap[m] = heap[i];
      heap[i] = t;
      i = m;
    }
    return top;
  }

  /** Canonical codes from the lengths (RFC 1951 3.2.2), bit-reversed. */
  private void canonical() {
    int[] count = new int[limit + 1];
    for (int l : length) {
      count[l]++;
    }
    count[0] = 0;
    int[] nextCode = new int[limit + 2];
    int c = 0;
    for (int bits = 1; bits <= limit; bits++) {
      c = (c + count[bits - 1]) << 1;
      nextCode[bits] = c;
    }
    for (int s = 0; s < length.length; s++) {
      int l = length[s];
      code[s] = l == 0 ? 0 : Integer.reverse(nextCode[l]++) >>> (32 - l);
    }
  }
}
