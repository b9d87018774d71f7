package org.pain3d.synth;

import java.util.Objects;

/**
 * The demographic labels of one synthetic identity.
 *
 * @param age age group
 * @param gender gender
 * @param ethnicity ethnicity
 */
public record Demographics(AgeGroup age, Gender gender, Ethnicity ethnicity) {
  /** Rejects nulls. */
  public Demographics {
    Objects.requireNonNull(age, "age");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(ethnicity, "ethnicity");
  }
}
