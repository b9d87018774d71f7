package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IdentitySamplerTest {
  @Test
  void standardNormalWeightsSeededPerIdentity() {
    IdentitySampler s = new IdentitySampler(100, 1.0);
    assertThat(s.sample(5)).containsExactly(s.sample(5));
    assertThat(s.sample(5)).isNotEqualTo(s.sample(6));
    double sum = 0;
    double sq = 0;
    int n = 0;
    for (long seed = 0; seed < 200; seed++) {
      for (float w : s.sample(Seeds.derive(1, "identity", seed))) {
        sum += w;
        sq += w * w;
        n++;
      }
    }
    assertThat(sum / n).isCloseTo(0, within(0.03));
    assertThat(sq / n).isCloseTo(1, within(0.05));
  }

  @Test
  void derivedSeedsDifferByPurposeAndIndex() {
    assertThat(Seeds.derive(1, "identity", 0)).isNotEqualTo(Seeds.derive(1, "identity", 1));
    assertThat(Seeds.derive(1, "identity", 0)).isNotEqualTo(Seeds.derive(1, "pain", 0));
    assertThat(Seeds.derive(1, "identity", 0)).isNotEqualTo(Seeds.derive(2, "identity", 0));
    assertThat(Seeds.derive(1, "identity", 7)).isEqualTo(Seeds.derive(1, "identity", 7));
  }
}
