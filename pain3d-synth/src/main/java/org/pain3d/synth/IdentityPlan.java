package org.pain3d.synth;

import java.util.List;
import org.pain3d.au.AuIntensities;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Split;

/**
 * What one identity of a dataset is: everything needed to generate it alone.
 *
 * @param id identity id, 0-based
 * @param coefficientSeed seed of the identity weights ({@link IdentitySampler})
 * @param demographics its demographic labels
 * @param split its split (identity-disjoint)
 * @param painLevels the PSPI of each pain set, non-decreasing, length K
 * @param painAus the AU configuration of each pain set (PSPI = painLevels[k])
 * @param appearanceSeed seed of its look (skin texture, light, background, eyes)
 */
public record IdentityPlan(
    int id, long coefficientSeed, Demographics demographics, Split split, int[] painLevels,
    List<AuIntensities> painAus, long appearanceSeed) {
  /** Checks that the AU configurations reach their levels exactly. */
  public IdentityPlan {
    painAus = List.copyOf(painAus);
    if (painLevels.length != painAus.size()) {
      throw new IllegalArgumentException("one AU configuration per pain level");
    }
    for (int k = 0; k < painLevels.length; k++) {
      if (painAus.get(k).pspi() != painLevels[k]) {
        throw new IllegalArgumentException("pain set " + (k + 1) + " misses its PSPI " + painLevels[k]);
      }
    }
  }
}
