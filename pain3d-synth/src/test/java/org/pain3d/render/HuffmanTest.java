package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Length-limited canonical Huffman codes: prefix-free, Kraft sum at most 1, within the limit. */
class HuffmanTest {
  private static void check(Huffman h, int[] freq, int limit) {
    double kraft = 0;
    Set<String> codes = new HashSet<>();
    int used = 0;
    for (int s = 0; s < freq.length; s++) {
      assertThat(h.length[s] > 0).as("symbol %d has a code iff it is used", s).isEqualTo(freq[s] > 0);
      assertThat(h.length[s]).isLessThanOrEqualTo(limit);
      if (h.length[s] > 0) {
        used++;
        kraft += Math.pow(2, -h.length[s]);
        // Un-reverse the code and check that no code is a prefix of another.
        String bits = "";
        for (int b = 0; b < h.length[s]; b++) {
          bits += (h.code[s] >> b & 1);
        }
        codes.add(bits);
      }
    }
    if (used > 1) {
      assertThat(kraft).isLessThanOrEqualTo(1.0 + 1e-12);
      for (String a : codes) {
        for (String b : codes) {
          if (!a.equals(b)) {
            assertThat(b.startsWith(a)).as("%s prefix of %s", a, b).isFalse();
          }
        }
      }
    }
  }

  @Test
  void randomFrequencies() {
    SplittableRandom rnd = new SplittableRandom(1);
    for (int trial = 0; trial < 50; trial++) {
      int[] f = new int[rnd.nextInt(1, 300)];
      for (int i = 0; i < f.length; i++) {
        f[i] = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(1, 100_000);
      }
      Huffman h = new Huffman(f.length, 15);
      h.build(f);
      check(h, f, 15);
      long cost = 0;
      for (int i = 0; i < f.length; i++) {
        cost += (long) f[i] * h.length[i];
      }
      assertThat(cost).as("optimal when the limit is not reached").isEqualTo(optimalCost(f));
    }
  }

  /** The cost of an unlimited Huffman code: the sum of every merge's weight (plain reference). */
  private static long optimalCost(int[] f) {
    java.util.PriorityQueue<Long> q = new java.util.PriorityQueue<>();
    for (int x : f) {
      if (x > 0) {
        q.add((long) x);
      }
    }
    if (q.size() == 1) {
      return q.peek();
    }
    long cost = 0;
    while (q.size() > 1) {
      long m = q.poll() + q.poll();
      cost += m;
      q.add(m);
    }
    return cost;
  }

  @Test
  void fibonacciFrequenciesHitTheLimit() {
    int[] f = new int[30];
    f[0] = 1;
    f[1] = 1;
    for (int i = 2; i < f.length; i++) {
      f[i] = f[i - 1] + f[i - 2];
    }
    Huffman h = new Huffman(f.length, 7);
    h.build(f);
    check(h, f, 7);
  }

  @Test
  void aSingleSymbolGetsOneBit() {
    int[] f = new int[10];
    f[4] = 9;
    Huffman h = new Huffman(10, 15);
    h.build(f);
    assertThat(h.length[4]).isEqualTo(1);
  }
}
