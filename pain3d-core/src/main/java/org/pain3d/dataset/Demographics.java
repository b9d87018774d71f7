package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Demographic attributes of a synthetic identity, in the 3DPain paper's categories.
 *
 * <p>JSON: {@code {"age_group": "young", "gender": "woman", "ethnicity": "South Asian"}}.
 *
 * @param ageGroup young or elderly
 * @param gender man or woman
 * @param ethnicity one of the six categories
 */
public record Demographics(
    @JsonProperty("age_group") AgeGroup ageGroup,
    @JsonProperty("gender") Gender gender,
    @JsonProperty("ethnicity") Ethnicity ethnicity) {

  /** Requires every field. */
  public Demographics {
    Objects.requireNonNull(ageGroup, "age_group");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(ethnicity, "ethnicity");
  }
}
