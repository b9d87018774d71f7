package org.pain3d.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitAssignerTest {

  /** Reference: largest remainder computed by sorting remainders, independently. */
  private static int[] referenceCounts(double[] f, int n) {
    int[] c = new int[f.length];
    int left = n;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < f.length; i++) {
      c[i] = (int) Math.floor(f[i] * n + 1e-9);
      left -= c[i];
      order.add(i);
    }
    order.sort((a, b) -> {
      double ra = f[a] * n - c[a];
      double rb = f[b] * n - c[b];
      return Math.abs(ra - rb) > 1e-12 ? Double.compare(rb, ra) : Integer.compare(a, b);
    });
    for (int i = 0; i < left; i++) {
      c[order.get(i)]++;
    }
    return c;
  }

  @Test
  void countsAreExact() {
    SplitPlan p = SplitPlan.standard();
    assertThat(p.counts(2500)).containsExactly(1750, 500, 250);
    assertThat(p.counts(10)).containsExactly(7, 2, 1);
    assertThat(p.counts(3)).containsExactly(2, 1, 0);
    assertThat(p.counts(1)).containsExactly(1, 0, 0);
    assertThat(p.counts(0)).containsExactly(0, 0, 0);
    assertThat(p.counts(7)).containsExactly(5, 1, 1);
    double[] f = {0.7, 0.2, 0.1};
    for (int n = 0; n <= 500; n++) {
      int[] c = p.counts(n);
      assertThat(c).as("n=" + n).containsExactly(referenceCounts(f, n));
      assertThat(c[0] + c[1] + c[2]).isEqualTo(n);
      for (int i = 0; i < 3; i++) {
        assertThat(Math.abs(c[i] - f[i] * n)).as("n=" + n).isLessThan(1.0);
      }
    }
  }

  @Test
  void planValidates() {
    assertThatThrownBy(() -> new SplitPlan(0.7, 0.2, 0.2)).hasMessageContaining("sum to 1");
    assertThatThrownBy(() -> new SplitPlan(1.1, -0.1, 0)).hasMessageContaining("[0, 1]");
    assertThat(new SplitPlan(0.5, 0.5, 0).counts(3)).containsExactly(2, 1, 0);
  }

  @Test
  void assignmentIsDisjointExactAndSeeded() {
    List<Integer> ids = IntStream.range(0, 103).boxed().toList();
    Map<Integer, Split> a = SplitAssigner.assign(ids, SplitPlan.standard(), 42);
    assertThat(a).hasSize(103);
    Map<Split, Integer> sizes = new EnumMap<>(Split.class);
    a.values().forEach(s -> sizes.merge(s, 1, Integer::sum));
    int[] expected = SplitPlan.standard().counts(103);
    assertThat(sizes).containsEntry(Split.TRAIN, expected[0])
        .containsEntry(Split.VAL, expected[1]).containsEntry(Split.TEST, expected[2]);

    List<Integer> shuffled = new ArrayList<>(ids);
    Collections.shuffle(shuffled, new java.util.Random(1));
    assertThat(SplitAssigner.assign(shuffled, SplitPlan.standard(), 42))
        .as("input order does not matter").isEqualTo(a);
    Map<Integer, Split> other = SplitAssigner.assign(ids, SplitPlan.standard(), 43);
    assertThat(other).isNotEqualTo(a);
    assertThat(SplitAssigner.assign(ids, SplitPlan.standard(), new SplittableRandom(42)))
        .isEqualTo(a);
  }

  @Test
  void rowsKeepEveryPainSetOfAnIdentityInItsSplit() {
    Map<Integer, Split> a =
        SplitAssigner.assign(IntStream.range(0, 20).boxed().toList(), SplitPlan.standard(), 5);
    List<SplitRow> rows = SplitAssigner.rows(a, 10);
    assertThat(rows).hasSize(200);
    Map<String, Set<Split>> bySubject = new HashMap<>();
    for (SplitRow r : rows) {
      String subject = DatasetNaming.subjectOf(r.annotationBaseName()).orElseThrow();
      bySubject.computeIfAbsent(subject, k -> new HashSet<>()).add(r.split());
      int id = DatasetNaming.identityOf(subject).orElseThrow();
      assertThat(r.split()).isEqualTo(a.get(id));
    }
    assertThat(bySubject.values()).allSatisfy(s -> assertThat(s).hasSize(1));
    assertThat(rows).isSortedAccordingTo(SplitCsv.ROW_ORDER);
  }

  @Test
  void duplicatesAreRejected() {
    assertThatThrownBy(() -> SplitAssigner.assign(List.of(1, 1), SplitPlan.standard(), 1))
        .hasMessageContaining("distinct");
  }
}
