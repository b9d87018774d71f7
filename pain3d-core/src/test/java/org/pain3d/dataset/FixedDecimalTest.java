package org.pain3d.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link FixedDecimal} writes exactly what {@code String.format(Locale.ROOT, "%.Nf", v)} writes. */
class FixedDecimalTest {

  @Test
  void matchesTheFormatterOnRandomAndAwkwardValues() {
    List<Double> values = new ArrayList<>();
    SplittableRandom rng = new SplittableRandom(5);
    for (int i = 0; i < 40_000; i++) {
      values.add(rng.nextDouble(-6, 6));
      values.add(rng.nextDouble(-200, 200));
      values.add(Math.scalb(rng.nextDouble(), -rng.nextInt(30)) * (rng.nextBoolean() ? 1 : -1));
      values.add((double) (float) rng.nextDouble(-16, 16));
    }
    // Ties and near-ties of every printed place: k / 2 units, and one ulp either side.
    for (int places = 1; places <= 6; places++) {
      double unit = Math.pow(10, -places);
      for (int k = -3000; k <= 3000; k++) {
        double tie = (k + 0.5) * unit;
        values.add(tie);
        values.add(Math.nextUp(tie));
        values.add(Math.nextDown(tie));
        values.add(k * unit);
        values.add(k / 40.0);
      }
    }
    for (double v : new double[] {0.0, -0.0, 1.0005, 0.0005, 0.125, -0.125, 2.675, 9999.99995, 9999.9999,
        -9999.99996, 1e4, -1e4, 12345.678901, 1e300, Double.MIN_VALUE, -Double.MIN_VALUE, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1e-9}) {
      values.add(v);
    }
    for (int places = 1; places <= 6; places++) {
      for (double v : values) {
        String want = String.format(Locale.ROOT, "%." + places + "f", v);
        String got = FixedDecimal.append(new StringBuilder("x"), v, places).substring(1);
        if (!got.equals(want)) {
          assertThat(got).as("%s with %d places", Double.toString(v), places).isEqualTo(want);
        }
      }
    }
  }

  @Test
  void refusesPlacesItCannotWrite() {
    assertThatThrownBy(() -> FixedDecimal.append(new StringBuilder(), 1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimal places");
    assertThatThrownBy(() -> FixedDecimal.append(new StringBuilder(), 1, 7))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
