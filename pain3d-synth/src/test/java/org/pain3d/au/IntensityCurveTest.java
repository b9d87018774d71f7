package org.pain3d.au;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The curve's provenance text comes from its own numbers. */
class IntensityCurveTest {
  @Test
  void bandsAreWrittenFromTheTable() {
    assertThat(IntensityCurve.facs().bands()).isEqualTo("0.15, 0.35, 0.65, 0.90, 1.0");
    assertThat(IntensityCurve.linear().bands()).isEqualTo("0.20, 0.40, 0.60, 0.80, 1.0");
  }
}
