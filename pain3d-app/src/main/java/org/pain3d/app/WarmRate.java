package org.pain3d.app;

import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * A generation run's rate past its warm-up: the images of the identities finished after the first
 * quarter of the run, over the time from that quarter's end to the last identity's. The JIT
 * compiles the hot code in a run's first tens of seconds (on 2 cores it takes a quarter of the
 * machine at first), and one long run pays that once, so this rate, not the whole run's, is the one
 * that extrapolates a short run to a long one (docs/faces.md, "Speed"). Thread-safe: identities
 * finish on the generator's threads.
 */
final class WarmRate {
  /** The fewest identities a run needs for the rate: a quarter of them, then at least three quarters more. */
  static final int MIN_IDENTITIES = 8;
  private final int quarter;
  private final LongSupplier nanoClock;
  private int finished;
  private long quarterAt;
  private long lastAt;
  private long imagesAfter;

  /**
   * @param identities the identities the run makes (those already done left out)
   * @param nanoClock the time, ns ({@code System::nanoTime})
   */
  WarmRate(int identities, LongSupplier nanoClock) {
    this.quarter = identities >= MIN_IDENTITIES ? identities / 4 : Integer.MAX_VALUE;
    this.nanoClock = nanoClock;
  }

  /**
   * Records a finished identity.
   *
   * @param images the images it made
   */
  synchronized void finished(int images) {
    long now = nanoClock.getAsLong();
    finished++;
    if (finished == quarter) {
      quarterAt = now;
    } else if (finished > quarter) {
      imagesAfter += images;
      lastAt = now;
    }
  }

  /** @return images per second after the first quarter, or empty for a run too short to tell */
  synchronized OptionalDouble imagesPerSecond() {
    if (finished <= quarter || lastAt <= quarterAt) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(imagesAfter / ((lastAt - quarterAt) / 1e9));
  }
}
