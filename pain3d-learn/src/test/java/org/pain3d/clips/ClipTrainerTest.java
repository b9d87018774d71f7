package org.pain3d.clips;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.dataset.Split;
import org.pain3d.train.EpochRecord;
import org.pain3d.train.InMemoryTokenStore;
import org.pain3d.train.TinySynthetic;
import org.pain3d.train.TrainConfig;
import org.pain3d.train.TrainListener;
import org.pain3d.train.TrainResult;
import org.pain3d.vitpain.BackboneMode;
import org.pain3d.vitpain.TemporalConfig;
import org.pain3d.vitpain.TemporalHeads;
import org.pain3d.vitpain.VitPainModel;

/**
 * The clip trainer on a tiny random backbone and seeded random "videos": a clip whose labels
 * are not finite poisons the steps of its batch, which are skipped and counted as in ViTPain's
 * trainer, and the run trains on (it used to stop the whole run as diverged).
 */
class ClipTrainerTest {
  private static final int FRAMES = 6;

  @TempDir Path tmp;

  /** Seeded random frames per video path (the side is the network input's). */
  private static final VideoFrames VIDEOS = (video, sink) -> {
    SplittableRandom r = new SplittableRandom(video.toString().hashCode());
    int side = TinySynthetic.SIZE;
    for (int f = 0; f < FRAMES; f++) {
      int[] rgb = new int[side * side];
      for (int i = 0; i < rgb.length; i++) {
        rgb[i] = r.nextInt(0x1000000);
      }
      sink.frame(f, rgb, side, side);
    }
    return new VideoFrames.Info(FRAMES, 25);
  };

  private static ClipSample clip(int i, boolean poisoned) {
    SplittableRandom r = new SplittableRandom(i);
    int[] frames = {0, 1, 2, 3, 4, 5};
    float[] pspi = new float[FRAMES];
    for (int f = 0; f < FRAMES; f++) {
      pspi[f] = poisoned ? Float.NaN : (float) (16 * r.nextDouble());
    }
    boolean pain = i % 2 == 0;
    return new ClipSample("c" + i, i, Split.TRAIN, Path.of("video-" + i + ".mp4"), FRAMES, frames,
        pspi, pain, pain ? 8 : 0, 0);
  }

  @Test
  void aStepWithANonFiniteLossIsSkippedAndTheRunGoesOn() throws IOException {
    List<ClipSample> train = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      train.add(clip(i, i == 3));
    }
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel backbone = VitPainModel.create(TinySynthetic.config(BackboneMode.FROZEN), m);
      FrameTokens tokens = new FrameTokens(backbone, new InMemoryTokenStore(), VIDEOS);
      tokens.ensure(train, m, done -> { });
      int dim = backbone.heads().config().dim();
      TemporalRunConfig cfg = new TemporalRunConfig(backbone.config().backbone(), null,
          TinySynthetic.SIZE, 1, 1.0, new TemporalConfig(dim, 1, 2, FRAMES, false, true, true, 5));
      TemporalHeads heads = new TemporalHeads(cfg.temporal());
      heads.initialize(m);
      TrainConfig t = TinySynthetic.train(3);
      TrainConfig batchOfTwo = new TrainConfig(t.epochs(), 2, t.lr(), t.loraLrScale(),
          t.weightDecay(), t.minLrFactor(), t.clipNorm(), t.lambdaAu(), t.positiveWeight(),
          t.stepsPerEpoch(), t.augment(), t.seed(), t.distill());

      TrainResult r = new ClipTrainer(heads, cfg, batchOfTwo, tokens, m)
          .fit(train, List.of(), tmp.resolve("run"), null, TrainListener.NONE);

      assertThat(r.history()).hasSize(3);
      // one batch of three per epoch holds the poisoned clip
      assertThat(r.history()).allSatisfy(e -> {
        assertThat(e.skippedSteps()).isEqualTo(1);
        assertThat(e.trainLoss()).isFinite();
      });
      for (NDArray a : heads.arrays()) {
        for (float v : a.toFloatArray()) {
          assertThat(v).as(Arrays.toString(a.getShape().getShape())).isFinite();
        }
      }
      assertThat(r.history().stream().mapToInt(EpochRecord::skippedSteps).sum()).isEqualTo(3);
    }
  }
}
