package org.pain3d.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.data.PairSource;
import org.pain3d.data.SyntheticPairs;
import org.pain3d.dataset.DatasetIndex;
import org.pain3d.dataset.DatasetReader;
import org.pain3d.dataset.Split;
import org.pain3d.vit.CheckpointDataException;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.vitpain.VitPainModel;

/** Training on a tiny generated set: the loss falls, checkpoints reload, runs resume. */
class VitPainTrainerTest {
  @TempDir static Path shared;
  @TempDir Path tmp;
  static DatasetIndex index;

  @BeforeAll
  static void data() throws IOException {
    index = DatasetReader.read(TinySynthetic.generate(shared, 6));
  }

  private static PairSource all() {
    return new SyntheticPairs(index, null, TinySynthetic.SIZE);
  }

  private static double[] fitAndCompare(VitPainConfig cfg, TrainConfig tc, Path run) throws IOException {
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel model = VitPainModel.create(cfg, m);
      VitPainTrainer t = new VitPainTrainer(model, tc, m, false);
      double before = t.validate(all())[0];
      t.fit(all(), new SyntheticPairs(index, Split.VAL, TinySynthetic.SIZE), run, TrainListener.NONE);
      model.load(run, RunFiles.LAST);
      double after = t.validate(all())[0];
      return new double[] {before, after};
    }
  }

  @Test
  void frozenTokenTrainingLowersTheLoss() throws IOException {
    double[] l = fitAndCompare(TinySynthetic.config(0), TinySynthetic.train(12), tmp.resolve("run"));
    assertThat(l[1]).isLessThan(0.8 * l[0]);
    List<String> lines = Files.readAllLines(tmp.resolve("run").resolve(RunFiles.METRICS));
    assertThat(lines).hasSize(12);
    assertThat(lines.get(0)).contains("\"epoch\":1", "\"valLoss\"");
    assertThat(tmp.resolve("run/best-heads.safetensors")).exists();
    assertThat(tmp.resolve("run/lora-pain.safetensors")).doesNotExist();
  }

  @Test
  void loraTrainingLowersTheLossAndReloadsToIdenticalPredictions() throws IOException {
    Path run = tmp.resolve("lora");
    double[] l = fitAndCompare(TinySynthetic.config(2), TinySynthetic.train(6), run);
    assertThat(l[1]).isLessThan(l[0]);
    assertThat(run.resolve("last-lora-pain.safetensors")).exists();
    assertThat(run.resolve("last-lora-neutral.safetensors")).exists();
    List<PairPrediction> a = predict(run);
    List<PairPrediction> b = predict(run);
    assertThat(a).hasSize(all().size());
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).pspi()).isEqualTo(a.get(i).pspi());
      assertThat(b.get(i).au()).containsExactly(a.get(i).au());
    }
  }

  private static List<PairPrediction> predict(Path run) throws IOException {
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel model = VitPainModel.create(RunFiles.modelConfig(run), m);
      model.load(run, RunFiles.BEST);
      return new Predictor(new PairForward(model, null), m, 8).predict(all(), 2, 1);
    }
  }

  @Test
  void resumingGivesTheSameWeightsAsOneRun() throws IOException {
    VitPainConfig cfg = TinySynthetic.config(0);
    Path whole = tmp.resolve("whole");
    Path parts = tmp.resolve("parts");
    fitAndCompare(cfg, TinySynthetic.train(4), whole);
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel model = VitPainModel.create(cfg, m);
      VitPainTrainer t = new VitPainTrainer(model, TinySynthetic.train(4), m, false);
      // stop after two epochs by rewriting the state as if interrupted
      t.fit(all(), null, parts, new TrainListener() {
        @Override
        public void onEpoch(EpochRecord r) {
          if (r.epoch() == 2) {
            throw new IllegalStateException("interrupted");
          }
        }
      });
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessage("interrupted");
    }
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel model = VitPainModel.create(cfg, m);
      TrainResult r = new VitPainTrainer(model, TinySynthetic.train(4), m, false)
          .fit(all(), null, parts, TrainListener.NONE);
      assertThat(r.history()).extracting(EpochRecord::epoch).containsExactly(3, 4);
    }
    assertThat(Files.readAllBytes(parts.resolve("last-heads.safetensors")))
        .isEqualTo(Files.readAllBytes(whole.resolve("last-heads.safetensors")));
    assertThat(Files.readAllBytes(parts.resolve("last-optimizer.safetensors")))
        .isEqualTo(Files.readAllBytes(whole.resolve("last-optimizer.safetensors")));
  }

  @Test
  void aDivergingRunStopsWithAClearErrorAndKeepsNoNonFiniteEpoch() throws IOException {
    TrainConfig exploding = new TrainConfig(3, 4, 1e12, 1.0, 0.0, 1.0, 1e30, 1.0, 2.0, 0, false, 42);
    Path run = tmp.resolve("diverged");
    assertThatThrownBy(() -> fitAndCompare(TinySynthetic.config(0), exploding, run))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("training diverged");
    if (Files.exists(run.resolve(RunFiles.METRICS))) {
      assertThat(Files.readAllLines(run.resolve(RunFiles.METRICS))).allSatisfy(l -> assertThat(l).doesNotContain("NaN"));
    }
  }

  @Test
  void aRunFolderOfAnotherConfigIsRefused() throws IOException {
    Path run = tmp.resolve("run");
    fitAndCompare(TinySynthetic.config(0), TinySynthetic.train(1), run);
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel other = VitPainModel.create(TinySynthetic.config(2), m);
      assertThatThrownBy(() -> new VitPainTrainer(other, TinySynthetic.train(1), m, false)
          .fit(all(), null, run, TrainListener.NONE))
          .isInstanceOf(RunFormatException.class).hasMessageContaining("another model config");
      VitPainConfig c = TinySynthetic.config(0);
      VitPainModel noAu = VitPainModel.create(new VitPainConfig(c.backbone(), null,
          new org.pain3d.vitpain.HeadOptions(true, false, true), 0, 1, 0, 3, c.imageSize()), m);
      assertThatThrownBy(() -> noAu.load(run, RunFiles.BEST))
          .isInstanceOf(CheckpointDataException.class).hasMessageContaining("unexpected au.queries");
    }
  }
}
