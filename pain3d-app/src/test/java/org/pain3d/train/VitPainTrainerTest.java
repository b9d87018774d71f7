package org.pain3d.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pain3d.dataset.DatasetIndex;
import org.pain3d.dataset.DatasetReader;
import org.pain3d.dataset.Split;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
import org.pain3d.pairs.PairSource;
import org.pain3d.pairs.SyntheticPairs;
import org.pain3d.tensor.Safetensors;
import org.pain3d.vit.CheckpointDataException;
import org.pain3d.vitpain.BackboneMode;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.vitpain.VitPainModel;

/** Training on a tiny generated set: the loss falls, checkpoints reload, runs resume. */
class VitPainTrainerTest {
  @TempDir static Path shared;
  @TempDir Path tmp;
  static DatasetIndex index;

  @BeforeAll
  static void data() throws IOException {
    index = DatasetReader.read(TinySyntheticData.generate(shared, 6));
  }

  private static PairSource all() {
    return new SyntheticPairs(index, null, TinySynthetic.SIZE);
  }

  /**
   * Trains into {@code run}.
   *
   * @return {@code before}, {@code after}: validation loss on every image at init and after the
   *     last epoch (weights in memory); {@code last}: predictions of the in-memory last weights
   */
  private record Fit(double before, double after, List<PairPrediction> last) {}

  private static Fit fit(VitPainConfig cfg, TrainConfig tc, Path run) throws IOException {
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel model = VitPainModel.create(cfg, m);
      VitPainTrainer t = new VitPainTrainer(model, tc, m, false);
      double before = t.validate(all()).loss();
      t.fit(all(), new SyntheticPairs(index, Split.VAL, TinySynthetic.SIZE), run, TrainListener.NONE);
      double after = t.validate(all()).loss();
      return new Fit(before, after, new Predictor(t.forward(), m, 8).predict(all(), 2, 1));
    }
  }

  /** Predictions of a fresh model built from the run's config with the run's weights. */
  private static List<PairPrediction> predict(Path run, String prefix) throws IOException {
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel model = VitPainModel.create(RunFiles.modelConfig(run), m);
      model.load(run, prefix);
      return new Predictor(new PairForward(model, null), m, 8).predict(all(), 2, 1);
    }
  }

  private static void assertSamePredictions(List<PairPrediction> a, List<PairPrediction> b) {
    assertThat(b).hasSize(a.size());
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).pspi()).isEqualTo(a.get(i).pspi());
      assertThat(b.get(i).au()).containsExactly(a.get(i).au());
    }
  }

  @Test
  void frozenTokenTrainingLowersTheLoss() throws IOException {
    Path run = tmp.resolve("run");
    Fit f = fit(TinySynthetic.config(BackboneMode.FROZEN), TinySynthetic.train(12), run);
    assertThat(f.after()).isLessThan(0.8 * f.before());
    List<String> lines = Files.readAllLines(run.resolve(RunFiles.METRICS));
    assertThat(lines).hasSize(12);
    assertThat(lines.get(0)).contains("\"epoch\":1", "\"valLoss\"");
    assertThat(run.resolve("best-heads.safetensors")).exists();
    assertThat(run.resolve("last-lora-pain.safetensors")).doesNotExist();
    assertThat(run.resolve("last-backbone.safetensors")).doesNotExist();
    assertSamePredictions(f.last(), predict(run, RunFiles.LAST));
  }

  @Test
  void loraTrainingLowersTheLossAndReloadsToIdenticalPredictions() throws IOException {
    Path run = tmp.resolve("lora");
    Fit f = fit(TinySynthetic.config(BackboneMode.LORA), TinySynthetic.train(6), run);
    assertThat(f.after()).isLessThan(f.before());
    assertThat(run.resolve("last-lora-pain.safetensors")).exists();
    assertThat(run.resolve("last-lora-neutral.safetensors")).exists();
    assertThat(run.resolve("last-backbone.safetensors")).doesNotExist();
    assertSamePredictions(f.last(), predict(run, RunFiles.LAST));
  }

  @Test
  void aTrainedBackboneIsSavedWithTheRunAndReloadsToIdenticalPredictions() throws IOException {
    Path run = tmp.resolve("trained");
    VitPainConfig cfg = TinySynthetic.config(BackboneMode.TRAINED);
    Fit f = fit(cfg, TinySynthetic.train(6), run);
    assertThat(f.after()).isLessThan(f.before());
    assertThat(run.resolve("last-backbone.safetensors")).exists();
    assertThat(run.resolve("best-backbone.safetensors")).exists();
    assertThat(run.resolve("last-lora-pain.safetensors")).doesNotExist();
    assertSamePredictions(f.last(), predict(run, RunFiles.LAST));
    // the backbone weights moved away from their random init and are needed to reproduce
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel init = VitPainModel.create(cfg, m);
      var saved = Safetensors.read(run.resolve("last-backbone.safetensors"))
          .tensors();
      var w = "blocks.0.attn.qkv.weight";
      assertThat(saved.get(w).data()).isNotEqualTo(init.backboneParameters().get(
          java.util.List.copyOf(saved.keySet()).indexOf(w)).toFloatArray());
    }
  }

  @Test
  void aTrainedBackboneFileThatDoesNotFitIsRefused() throws IOException {
    Path run = tmp.resolve("trained-other");
    VitPainConfig cfg = TinySynthetic.config(BackboneMode.TRAINED);
    fit(cfg, TinySynthetic.train(1), run);
    Files.copy(run.resolve("best-heads.safetensors"), tmp.resolve("x-heads.safetensors"));
    var content = Safetensors.read(run.resolve("best-backbone.safetensors"));
    var tensors = new java.util.LinkedHashMap<>(content.tensors());
    tensors.remove("norm.weight");
    Safetensors.write(tmp.resolve("x-backbone.safetensors"), tensors, content.metadata());
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel model = VitPainModel.create(cfg, m);
      assertThatThrownBy(() -> model.load(tmp, "x-"))
          .isInstanceOf(CheckpointDataException.class)
          .hasMessageContaining("backbone weights do not fit the model: missing norm.weight");
    }
  }

  @ParameterizedTest
  @EnumSource(BackboneMode.class)
  void resumingGivesTheSameWeightsAsOneRun(BackboneMode mode) throws IOException {
    VitPainConfig cfg = TinySynthetic.config(mode);
    Path whole = tmp.resolve("whole");
    Path parts = tmp.resolve("parts");
    fit(cfg, TinySynthetic.train(4), whole);
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
    // heads on cached tokens, or backward through adapters or the backbone: bit-reproducible
    RunFolders.assertSameAdamSteps(parts, whole);
    List<String> files = new ArrayList<>(List.of("last-heads.safetensors",
        "last-optimizer.safetensors"));
    if (mode == BackboneMode.TRAINED) {
      files.add("last-backbone.safetensors");
    }
    if (mode == BackboneMode.LORA) {
      files.addAll(List.of("last-lora-pain.safetensors", "last-lora-neutral.safetensors"));
    }
    RunFolders.assertSameWeights(parts, whole, files);
  }

  @Test
  void aDivergingRunStopsWithAClearErrorAndKeepsNoNonFiniteEpoch() throws IOException {
    TrainConfig exploding = new TrainConfig(3, 4, 1e12, 1.0, 0.0, 1.0, 1e30, 1.0, 2.0, 0, PairAugmentation.OFF, 42);
    Path run = tmp.resolve("diverged");
    assertThatThrownBy(() -> fit(TinySynthetic.config(BackboneMode.FROZEN), exploding, run))
        .isInstanceOf(Pain3dException.class).hasMessageContaining("training diverged")
        .extracting(e -> ((Pain3dException) e).kind()).isEqualTo(ErrorKind.DIVERGED);
    if (Files.exists(run.resolve(RunFiles.METRICS))) {
      assertThat(Files.readAllLines(run.resolve(RunFiles.METRICS))).allSatisfy(l -> assertThat(l).doesNotContain("NaN"));
    }
  }

  @Test
  void aStepWithANonFiniteLossIsSkippedAndTheRunGoesOn() throws IOException {
    PairSource clean = all();
    // image 1 turns to NaN pixels: every batch that draws it (4 of 15 here) has a NaN loss
    PairSource poisoned = new PairSource() {
      @Override
      public int size() {
        return clean.size();
      }

      @Override
      public float pspi(int i) {
        return clean.pspi(i);
      }

      @Override
      public float[] au(int i) {
        return clean.au(i);
      }

      @Override
      public String subject(int i) {
        return clean.subject(i);
      }

      @Override
      public org.pain3d.pairs.ImageRef pain(int i) {
        org.pain3d.pairs.ImageRef r = clean.pain(i);
        return i != 1 ? r : new org.pain3d.pairs.ImageRef("nan", () -> {
          float[] px = r.pixels().get().clone();
          java.util.Arrays.fill(px, Float.NaN);
          return px;
        });
      }

      @Override
      public List<org.pain3d.pairs.ImageRef> neutrals(int i, int k,
          java.util.random.RandomGenerator rng) {
        return clean.neutrals(i, k, rng);
      }
    };
    Path run = tmp.resolve("poisoned");
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel model = VitPainModel.create(TinySynthetic.config(BackboneMode.TRAINED), m);
      TrainResult r = new VitPainTrainer(model, TinySynthetic.train(3), m, false)
          .fit(poisoned, null, run, TrainListener.NONE);
      assertThat(r.history()).hasSize(3);
      assertThat(r.history().stream().mapToInt(EpochRecord::skippedSteps).sum()).isPositive();
      assertThat(r.history()).allSatisfy(e -> assertThat(e.trainLoss()).isFinite());
      for (var t : Safetensors.read(run.resolve("last-backbone.safetensors")).tensors().values()) {
        for (float v : t.data()) {
          assertThat(v).isFinite();
        }
      }
    }
  }

  @Test
  void aRunFolderOfAnotherConfigIsRefused() throws IOException {
    Path run = tmp.resolve("run");
    fit(TinySynthetic.config(BackboneMode.FROZEN), TinySynthetic.train(1), run);
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel other = VitPainModel.create(TinySynthetic.config(BackboneMode.LORA), m);
      assertThatThrownBy(() -> new VitPainTrainer(other, TinySynthetic.train(1), m, false)
          .fit(all(), null, run, TrainListener.NONE))
          .isInstanceOf(RunFormatException.class).hasMessageContaining("another model config");
      VitPainConfig c = TinySynthetic.config(BackboneMode.FROZEN);
      VitPainModel noAu = VitPainModel.create(new VitPainConfig(c.backbone(), null, c.mode(),
          new org.pain3d.vitpain.HeadOptions(true, false, true), 0, 1, 0, 1, 3, c.imageSize()), m);
      assertThatThrownBy(() -> noAu.load(run, RunFiles.BEST))
          .isInstanceOf(CheckpointDataException.class).hasMessageContaining("unexpected au.queries");
    }
  }
}
