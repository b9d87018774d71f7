package org.pain3d.synth;

import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemographicsSamplerTest {
  private static <E extends Enum<E>> Map<E, Integer> count(List<Demographics> d, Class<E> type,
      java.util.function.Function<Demographics, E> f) {
    Map<E, Integer> m = new EnumMap<>(type);
    for (Demographics x : d) {
      m.merge(f.apply(x), 1, Integer::sum);
    }
    return m;
  }

  @Test
  void paperMarginalsAt2500GiveThePapersExactCounts() {
    List<Demographics> d = DemographicsSampler.assign(2500, DemographicMarginals.paper(), 1);
    assertThat(count(d, AgeGroup.class, Demographics::ageGroup))
        .containsEntry(AgeGroup.YOUNG, 1563).containsEntry(AgeGroup.ELDERLY, 937);
    assertThat(count(d, Gender.class, Demographics::gender))
        .containsEntry(Gender.MAN, 1723).containsEntry(Gender.WOMAN, 777);
    assertThat(count(d, Ethnicity.class, Demographics::ethnicity))
        .containsEntry(Ethnicity.LATINO, 646).containsEntry(Ethnicity.MIDDLE_EASTERN, 585)
        .containsEntry(Ethnicity.SOUTH_ASIAN, 469).containsEntry(Ethnicity.WHITE, 460)
        .containsEntry(Ethnicity.EAST_ASIAN, 258).containsEntry(Ethnicity.BLACK, 82);
  }

  @Test
  void uniformMarginalsBalanceExactly() {
    List<Demographics> d = DemographicsSampler.assign(60, DemographicMarginals.uniform(), 3);
    assertThat(count(d, Ethnicity.class, Demographics::ethnicity).values()).containsOnly(10);
    assertThat(count(d, Gender.class, Demographics::gender).values()).containsOnly(30);
  }

  @Test
  void largestRemainderSumsToN() {
    for (int n = 0; n < 50; n++) {
      Map<Ethnicity, Integer> c = DemographicsSampler.counts(DemographicMarginals.paper().ethnicity(), n);
      assertThat(c.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(n);
    }
  }

  @Test
  void seededAndShuffled() {
    List<Demographics> a = DemographicsSampler.assign(200, DemographicMarginals.paper(), 9);
    assertThat(DemographicsSampler.assign(200, DemographicMarginals.paper(), 9)).isEqualTo(a);
    assertThat(DemographicsSampler.assign(200, DemographicMarginals.paper(), 10)).isNotEqualTo(a);
    // shuffled: the first 50 identities are not all of the largest group
    assertThat(a.subList(0, 50)).extracting(Demographics::ethnicity).contains(Ethnicity.WHITE, Ethnicity.LATINO);
  }

  @Test
  void rejectsBadWeights() {
    assertThatThrownBy(() -> new DemographicMarginals(Map.of(AgeGroup.YOUNG, -1.0), Map.of(Gender.MAN, 1.0),
        Map.of(Ethnicity.BLACK, 1.0))).hasMessageContaining("must be >= 0");
    assertThatThrownBy(() -> new DemographicMarginals(Map.of(), Map.of(Gender.MAN, 1.0),
        Map.of(Ethnicity.BLACK, 1.0))).hasMessageContaining("must not all be 0");
    assertThatThrownBy(() -> DemographicsSampler.assign(-1, DemographicMarginals.paper(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
