package org.pain3d.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pain3d.au.ActionUnit;
import org.pain3d.au.IntensityCurve;

class EpisodeMotionTest {
  private static final int FPS = 25;
  private static final double SECONDS = 4;
  private static final IntensityCurve CURVE = IntensityCurve.facs();

  @Test
  void curvesHitTheirOnsetApexAndOffsetTimesAndTheTargetPspi() {
    EpisodeConfig cfg = EpisodeConfig.defaults();
    for (int seed = 0; seed < 200; seed++) {
      int target = 1 + seed % 16;
      EpisodePlan p = EpisodeSampler.sample(cfg, SECONDS, target, new SplittableRandom(seed));
      MotionTrack t = EpisodeMotion.track(p, SECONDS, FPS, CURVE);
      assertThat(t.frames()).isEqualTo(100);
      assertThat(p.onsetStartS()).isGreaterThanOrEqualTo(cfg.leadInS());
      assertThat(p.offsetEndS()).isLessThanOrEqualTo(SECONDS + 1e-9);
      assertThat(cfg.onsetS().contains(p.onsetS()) && cfg.apexS().contains(p.apexS())
          && cfg.offsetS().contains(p.offsetS())).isTrue();
      double prev = -1;
      for (int k = 0; k < t.frames(); k++) {
        double time = t.time(k);
        double pspi = t.pspi(k);
        if (time <= p.onsetStartS() || time >= p.offsetEndS()) {
          assertThat(pspi).as("seed %d: no pain outside the episode at %.2f s", seed, time).isZero();
        } else if (time >= p.apexStartS() && time <= p.apexEndS()) {
          assertThat(pspi).as("seed %d: apex PSPI at %.2f s", seed, time).isCloseTo(target, within(1e-5));
          for (ActionUnit au : ActionUnit.PAIN) {
            assertThat((double) t.intensity(k, au)).isCloseTo(p.apex().get(au), within(1e-6));
          }
        } else if (time < p.apexStartS()) {
          assertThat(pspi).as("seed %d: onset rises", seed).isGreaterThanOrEqualTo(prev - 1e-6).isLessThanOrEqualTo(target + 1e-6);
        } else {
          assertThat(pspi).as("seed %d: offset falls", seed).isLessThanOrEqualTo(prev + 1e-6);
        }
        prev = pspi;
      }
      assertThat(t.pspi(t.apexFrame())).isCloseTo(target, within(1e-5));
      assertThat(p.apexS()).isGreaterThanOrEqualTo(0.5);
    }
  }

  @Test
  void lagsDelayEachAuAndTheFirstAuStartsAtTheOnset() {
    EpisodePlan p = EpisodeSampler.sample(EpisodeConfig.defaults(), SECONDS, 14, new SplittableRandom(5));
    assertThat(p.onsetLagS().values()).contains(0.0).allSatisfy(l -> assertThat(l).isBetween(0.0, 0.2));
    assertThat(p.offsetLagS().values()).contains(0.0);
    for (ActionUnit au : p.apex().active().keySet()) {
      double start = p.onsetStartS() + p.onsetLagS().get(au);
      assertThat(p.intensity(au, start)).isZero();
      assertThat(p.intensity(au, start + 0.5 * p.onsetS())).isCloseTo(0.5 * p.apex().get(au), within(1e-9));
    }
  }

  @Test
  void noPainClipsStayAtBaselineButStillBlinkAndMove() {
    EpisodePlan p = EpisodeSampler.sample(EpisodeConfig.defaults(), 20, 0, new SplittableRandom(3));
    MotionTrack t = EpisodeMotion.track(p, 20, FPS, CURVE);
    double maxYaw = 0;
    boolean blinked = false;
    for (int k = 0; k < t.frames(); k++) {
      assertThat(t.pspi(k)).isZero();
      maxYaw = Math.max(maxYaw, Math.abs(t.pose(k, 0)));
      blinked |= t.blink(k);
    }
    assertThat(p.noPain()).isTrue();
    assertThat(blinked).isTrue();
    assertThat(maxYaw).isBetween(0.3, 6.0);
  }

  @Test
  void blinkRateStaysInItsRangeOverLongClips() {
    EpisodeConfig cfg = EpisodeConfig.defaults();
    double minutes = 10;
    for (int seed = 0; seed < 12; seed++) {
      EpisodePlan p = EpisodeSampler.sample(cfg, 60 * minutes, 0, new SplittableRandom(100 + seed));
      MotionTrack t = EpisodeMotion.track(p, 60 * minutes, FPS, CURVE);
      int blinks = 0;
      int run = 0;
      for (int k = 0; k < t.frames(); k++) {
        if (t.blink(k)) {
          run++;
          if (run == 1) {
            blinks++;
          }
        } else {
          if (run > 0) {
            assertThat(run / (double) FPS).as("blink duration").isBetween(0.12, 0.40);
          }
          run = 0;
        }
      }
      double rate = blinks / minutes;
      assertThat(rate).as("seed %d", seed).isBetween(cfg.blinksPerMinute().min() * 0.8, cfg.blinksPerMinute().max() * 1.2);
      assertThat(rate).as("seed %d: close to the drawn rate", seed).isCloseTo(p.blinksPerMinute(),
          within(0.25 * p.blinksPerMinute()));
    }
  }

  @Test
  void blinksCloseTheLidsFullyAndNeverWhileAu43KeepsThemShut() {
    for (int seed = 0; seed < 50; seed++) {
      EpisodePlan p = EpisodeSampler.sample(EpisodeConfig.defaults(), 8, 16, new SplittableRandom(seed));
      assertThat(p.apex().get(ActionUnit.AU43)).isEqualTo(1);
      double from = p.onsetStartS() + p.onsetLagS().get(ActionUnit.AU43);
      double to = p.apexEndS() + p.offsetLagS().get(ActionUnit.AU43) + p.offsetS();
      for (Blink b : p.blinks()) {
        assertThat(b.endS() <= from || b.startS() >= to).isTrue();
        double shut = b.startS() + b.closeS() + 0.5 * b.holdS();
        assertThat(b.closure(shut)).isEqualTo(1.0);
        assertThat(CURVE.weight(ActionUnit.AU45, CURVE.intensityFor(b.closure(shut)))).isEqualTo(1f);
      }
    }
  }

  @Test
  void nonsenseDurationsAreRefusedWithAClearMessage() {
    assertThatThrownBy(() -> Range.parse("1.2:0.3", "--onset")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--onset").hasMessageContaining("min <= max");
    assertThatThrownBy(() -> Range.parse("-1", "--apex")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Range.parse("abc", "--apex")).hasMessageContaining("MIN:MAX");
    EpisodeConfig d = EpisodeConfig.defaults();
    assertThatThrownBy(() -> new EpisodeConfig(d.onsetS(), new Range(0, 1), d.offsetS(), d.maxLagS(), d.leadInS(),
        1, 16, 0.2, d.blinksPerMinute(), 1, true)).hasMessageContaining("apex must last more than 0 s");
    EpisodeConfig longApex = new EpisodeConfig(d.onsetS(), new Range(5, 6), d.offsetS(), d.maxLagS(), d.leadInS(),
        1, 16, 0.2, d.blinksPerMinute(), 1, true);
    assertThatThrownBy(() -> longApex.checkFits(4)).hasMessageContaining("needs at least 6.40 s")
        .hasMessageContaining("clips last 4.00 s");
  }

  @Test
  void theSameSeedGivesTheSameEpisode() {
    EpisodePlan a = EpisodeSampler.sample(EpisodeConfig.defaults(), SECONDS, 9, new SplittableRandom(77));
    EpisodePlan b = EpisodeSampler.sample(EpisodeConfig.defaults(), SECONDS, 9, new SplittableRandom(77));
    assertThat(a).isEqualTo(b);
  }
}
