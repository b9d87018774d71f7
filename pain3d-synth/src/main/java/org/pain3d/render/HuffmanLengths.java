package org.pain3d.render;

import java.util.Arrays;

/**
 * Length-limited Huffman code lengths: the optimal lengths (two-queue construction on
 * sorted frequencies); when the longest exceeds the limit, the frequencies are flattened
 * ({@code f / 2 + 1}) and the construction repeated, as bzip2 does. Symbols of frequency 0
 * get length 0; a lone used symbol gets length 1.
 */
final class HuffmanLengths {
  private HuffmanLengths() {}

  static void build(int[] freq, int limit, int[] lengths) {
    Arrays.fill(lengths, 0);
    int n = freq.length;
    int used = 0;
    for (int f : freq) {
      if (f > 0) {
        used++;
      }
    }
    if (used == 0) {
      return;
    }
    if (used == 1) {
      for (int s = 0; s < n; s++) {
        if (freq[s] > 0) {
          lengths[s] = 1;
        }
      }
      return;
    }
    long[] f = new long[n];
    for (int s = 0; s < n; s++) {
      f[s] = freq[s];
    }
    while (!attempt(f, limit, lengths)) {
      for (int s = 0; s < n; s++) {
        if (f[s] > 0) {
          f[s] = f[s] / 2 + 1;
        }
      }
    }
  }

  /** One Huffman construction; false when a length exceeds the limit. */
  private static boolean attempt(long[] f, int limit, int[] lengths) {
    int n = f.length;
    int used = 0;
    long[] leaf = new long[n];
    for (int s = 0; s < n; s++) {
      if (f[s] > 0) {
        leaf[used++] = f[s] << 16 | s;
      }
    }
    Arrays.sort(leaf, 0, used);
    // Nodes: leaves 0..used-1, internal used..2*used-2; parent links give depths.
    long[] weight = new long[2 * used];
    int[] parent = new int[2 * used];
    for (int i = 0; i < used; i++) {
      weight[i] = leaf[i] >>> 16;
    }
    int leafNext = 0;
    int nodeNext = used;
    int nodeEnd = used;
    while (nodeEnd < 2 * used - 1) {
      int a = pick(weight, leafNext, used, nodeNext, nodeEnd);
      if (a < used) {
        leafNext++;
      } else {
        nodeNext++;
      }
      int b = pick(weight, leafNext, used, nodeNext, nodeEnd);
      if (b < used) {
        leafNext++;
      } else {
        nodeNext++;
      }
      weight[nodeEnd] = weight[a] + weight[b];
      parent[a] = nodeEnd;
      parent[b] = nodeEnd;
      nodeEnd++;
    }
    int root = nodeEnd - 1;
    int[] depth = new int[2 * used];
    for (int i = root - 1; i >= 0; i--) {
      depth[i] = depth[parent[i]] + 1;
    }
    for (int i = 0; i < used; i++) {
      if (depth[i] > limit) {
        return false;
      }
    }
    for (int i = 0; i < used; i++) {
      lengths[(int) (leaf[i] & 0xFFFF)] = depth[i];
    }
    return true;
  }

  /** The lighter of the next leaf and the next internal node. */
  private static int pick(long[] weight, int leafNext, int leafEnd, int nodeNext, int nodeEnd) {
    if (leafNext < leafEnd && (nodeNext >= nodeEnd || weight[leafNext] <= weight[nodeNext])) {
      return leafNext;
    }
    return nodeNext;
  }
}
