package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Who a pain set shows: the synthetic identity.
 *
 * <p>JSON: {@code {"id": 12, "coefficient_seed": 987654321, "demographics": {...}}}.
 *
 * @param id identity index, 0..{@link DatasetNaming#MAX_IDENTITY}; names use it as
 *     {@code sample_<id5>}
 * @param coefficientSeed the seed from which the identity's shape coefficients were drawn
 * @param demographics the identity's demographic attributes
 */
public record IdentityInfo(
    @JsonProperty("id") int id,
    @JsonProperty("coefficient_seed") long coefficientSeed,
    @JsonProperty("demographics") Demographics demographics) {

  /** Validates the id range and requires demographics. */
  public IdentityInfo {
    DatasetNaming.checkIdentity(id);
    Objects.requireNonNull(demographics, "demographics");
  }
}
