package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The rate past the warm-up against a hand count on a fake clock. */
class WarmRateTest {
  private long now;

  @Test
  void countsTheIdentitiesAfterTheFirstQuarterOverTheTimeSinceIt() {
    WarmRate rate = new WarmRate(12, () -> now);
    // A slow start (the JIT): three identities of 33 images at 4 s each, then 1 s each.
    for (int i = 0; i < 12; i++) {
      now += i < 3 ? 4_000_000_000L : 1_000_000_000L;
      rate.finished(33);
    }
    // The quarter (3 identities) ends at 12 s; the other 9 identities' 297 images take 9 s.
    assertThat(rate.imagesPerSecond().getAsDouble()).isCloseTo(33.0, within(1e-9));
  }

  @Test
  void saysNothingForShortOrUnfinishedRuns() {
    WarmRate short7 = new WarmRate(WarmRate.MIN_IDENTITIES - 1, () -> now);
    for (int i = 0; i < 7; i++) {
      now += 1_000_000_000L;
      short7.finished(33);
    }
    assertThat(short7.imagesPerSecond()).isEmpty();
    WarmRate cut = new WarmRate(40, () -> now);
    for (int i = 0; i < 10; i++) {
      now += 1_000_000_000L;
      cut.finished(33);
    }
    assertThat(cut.imagesPerSecond()).as("stopped at the quarter").isEmpty();
    now += 2_000_000_000L;
    cut.finished(33);
    assertThat(cut.imagesPerSecond().getAsDouble()).isCloseTo(16.5, within(1e-9));
  }
}
