package org.pain3d.synth;

import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;

import java.util.EnumMap;
import java.util.Map;

/**
 * Target proportions of each demographic attribute, sampled independently of each other.
 *
 * @param age weight per age group (normalised on use)
 * @param gender weight per gender
 * @param ethnicity weight per ethnicity
 */
public record DemographicMarginals(
    Map<AgeGroup, Double> age, Map<Gender, Double> gender, Map<Ethnicity, Double> ethnicity) {

  /** Copies the maps and checks every weight is finite and non-negative, with a positive sum. */
  public DemographicMarginals {
    age = check(age, AgeGroup.class);
    gender = check(gender, Gender.class);
    ethnicity = check(ethnicity, Ethnicity.class);
  }

  /**
   * The 3DPain paper's counts over 2,500 identities: 1,563 young / 937 elderly; 1,723 men /
   * 777 women; Latino 646, Middle Eastern 585, South Asian 469, White 460, East Asian 258,
   * Black 82.
   *
   * @return the paper's marginals
   */
  public static DemographicMarginals paper() {
    return new DemographicMarginals(
        Map.of(AgeGroup.YOUNG, 1563.0, AgeGroup.ELDERLY, 937.0),
        Map.of(Gender.MAN, 1723.0, Gender.WOMAN, 777.0),
        Map.of(Ethnicity.LATINO, 646.0, Ethnicity.MIDDLE_EASTERN, 585.0, Ethnicity.SOUTH_ASIAN, 469.0,
            Ethnicity.WHITE, 460.0, Ethnicity.EAST_ASIAN, 258.0, Ethnicity.BLACK, 82.0));
  }

  /** @return equal weight for every category */
  public static DemographicMarginals uniform() {
    Map<AgeGroup, Double> a = new EnumMap<>(AgeGroup.class);
    for (AgeGroup g : AgeGroup.values()) {
      a.put(g, 1.0);
    }
    Map<Gender, Double> g = new EnumMap<>(Gender.class);
    for (Gender x : Gender.values()) {
      g.put(x, 1.0);
    }
    Map<Ethnicity, Double> e = new EnumMap<>(Ethnicity.class);
    for (Ethnicity x : Ethnicity.values()) {
      e.put(x, 1.0);
    }
    return new DemographicMarginals(a, g, e);
  }

  private static <E extends Enum<E>> Map<E, Double> check(Map<E, Double> m, Class<E> type) {
    Map<E, Double> copy = new EnumMap<>(type);
    double sum = 0;
    for (E k : type.getEnumConstants()) {
      double w = m.getOrDefault(k, 0.0);
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException(type.getSimpleName() + " weight for " + k + " must be >= 0, got " + w);
      }
      copy.put(k, w);
      sum += w;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(type.getSimpleName() + " weights must not all be 0");
    }
    return java.util.Collections.unmodifiableMap(copy);
  }
}
