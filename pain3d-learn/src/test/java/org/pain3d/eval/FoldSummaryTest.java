package org.pain3d.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FoldSummaryTest {

  @Test
  void studentQuantilesAreRootsOfScipysCdf() {
    // brentq(lambda x: scipy.stats.t.cdf(x, df) - 0.975, 1, 20, xtol=1e-15, rtol=1e-15).
    // scipy 1.10's own t.ppf is off by up to 1e-9 relative (t.cdf(t.ppf(.975, 5), 5) =
    // 0.97500000003), so it is checked only to that accuracy.
    int[] df = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 100};
    double[] root = {
      12.70620473617469, 4.302652729749459, 3.182446305283707, 2.7764451051977908,
      2.5705818356363146, 2.4469118511449697, 2.364624251592783, 2.306004135204164,
      2.262157162798204, 2.228138851986273, 2.085963447265863, 2.042272456301239,
      1.9839715185235516
    };
    double[] scipyPpf = {
      12.706204736432095, 4.302652729911275, 3.182446305284263, 2.7764451051977987,
      2.5705818366147395, 2.4469118487916806, 2.3646242510102993, 2.3060041350333704,
      2.2621571627409915, 2.2281388519649385, 2.0859634472658364, 2.0422724563012373,
      1.9839715184496334
    };
    for (int i = 0; i < df.length; i++) {
      double q = FoldSummary.studentT975(df[i]);
      assertThat(q).as("df %d", df[i]).isCloseTo(root[i], within(1e-13 * root[i]));
      assertThat(q).as("df %d", df[i]).isCloseTo(scipyPpf[i], within(1e-9 * root[i]));
    }
    assertThat(FoldSummary.studentT975(4)).isCloseTo(2.776, within(5e-4));
  }

  @Test
  void fiveFoldsUseTheSampleSdAndT4() {
    double[] v = {0.5, 0.6, 0.7, 0.8, 0.9};
    FoldSummary s = FoldSummary.of(v);
    double sd = Math.sqrt(0.025); // sum of squares 0.1 over n - 1 = 4
    assertThat(s.n()).isEqualTo(5);
    assertThat(s.mean()).isCloseTo(0.7, within(1e-15));
    assertThat(s.ci95()).isCloseTo(2.7764451051977908 * sd / Math.sqrt(5), within(1e-12));
  }

  @Test
  void undefinedFoldsAreSkipped() {
    FoldSummary s = FoldSummary.of(new double[] {0.5, Double.NaN, 0.7});
    assertThat(s.n()).isEqualTo(2);
    assertThat(s.mean()).isCloseTo(0.6, within(1e-15));
    assertThat(s.ci95())
        .isCloseTo(12.70620473617469 * Math.sqrt(0.02) / Math.sqrt(2), within(1e-9));
  }

  @Test
  void oneOrNoDefinedFolds() {
    FoldSummary one = FoldSummary.of(new double[] {Double.NaN, 0.4});
    assertThat(one.n()).isEqualTo(1);
    assertThat(one.mean()).isEqualTo(0.4);
    assertThat(one.ci95()).isNaN();
    FoldSummary none = FoldSummary.of(new double[] {Double.NaN});
    assertThat(none.n()).isZero();
    assertThat(none.mean()).isNaN();
    assertThat(none.ci95()).isNaN();
  }
}
