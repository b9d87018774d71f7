package org.pain3d.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.dataset.DatasetIndex;
import org.pain3d.dataset.DatasetReader;
import org.pain3d.dataset.Split;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
import org.pain3d.pairs.PairSource;
import org.pain3d.pairs.SyntheticPairs;
import org.pain3d.vitpain.BackboneMode;
import org.pain3d.vitpain.VitPainModel;

/**
 * issue 11 findings 1 and 2: an epoch is committed as one generation, so a damaged or
 * half-written last epoch is never resumed from, and the metrics log matches the committed
 * state. Frozen mode: a resumed run equals an uninterrupted one byte for byte.
 */
class CheckpointGenerationTest {
  private static final int EPOCHS = 3;

  @TempDir static Path shared;
  @TempDir Path tmp;
  static DatasetIndex index;
  static Path whole;

  @BeforeAll
  static void data() throws IOException {
    index = DatasetReader.read(TinySyntheticData.generate(shared, 6));
    whole = shared.resolve("whole");
    fit(whole, 0);
  }

  private static PairSource split(Split s) {
    return new SyntheticPairs(index, s, TinySynthetic.SIZE);
  }

  /** Trains into {@code run}; stops (as a kill would) after epoch {@code stopAfter} if > 0. */
  private static TrainResult fit(Path run, int stopAfter) throws IOException {
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel model = VitPainModel.create(TinySynthetic.config(BackboneMode.FROZEN), m);
      return new VitPainTrainer(model, TinySynthetic.train(EPOCHS), m, false).fit(
          split(Split.TRAIN), split(Split.VAL), run, new TrainListener() {
            @Override
            public void onEpoch(EpochRecord r) {
              if (r.epoch() == stopAfter) {
                throw new IllegalStateException("stopped");
              }
            }
          });
    } catch (IllegalStateException e) {
      assertThat(e).hasMessage("stopped");
      return null;
    }
  }

  private static List<Integer> metricEpochs(Path run) throws IOException {
    return Files.readAllLines(run.resolve(RunFiles.METRICS)).stream()
        .map(l -> Integer.parseInt(l.replaceAll(".*\"epoch\":(\\d+),.*", "$1"))).toList();
  }

  private static void assertSameAsUninterrupted(Path run) throws IOException {
    for (String f : List.of("last-heads.safetensors", "last-optimizer.safetensors",
        "best-heads.safetensors", RunFiles.STATE)) {
      assertThat(Files.readAllBytes(run.resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(whole.resolve(f)));
    }
    assertThat(metricEpochs(run)).containsExactly(1, 2, 3);
  }

  @Test
  void aTornOptimizerFileFallsBackToTheEpochBefore() throws IOException {
    Path run = tmp.resolve("torn");
    fit(run, 2);
    // what a kill during the optimizer's write left behind (the old layout wrote it in place)
    Path last = run.resolve("last-optimizer.safetensors");
    Path gen = run.resolve(RunFiles.CHECKPOINTS).resolve("epoch-0002/optimizer.safetensors");
    if (Files.exists(gen) && !Files.isSameFile(gen, last)) {
      Files.write(gen, new byte[0]);
    }
    Files.write(last, new byte[0]);
    TrainResult r = fit(run, 0);
    assertThat(r.history()).extracting(EpochRecord::epoch).containsExactly(2, 3);
    assertThat(r.warnings()).singleElement().asString()
        .contains("epoch 2", "optimizer.safetensors", "epoch 1");
    assertSameAsUninterrupted(run);
  }

  @Test
  void aKillBeforeTheCommitResumesFromTheCommittedEpochWithoutADuplicateLine()
      throws IOException {
    Path run = tmp.resolve("mixed");
    fit(run, 1);
    Path committed = tmp.resolve("state-after-epoch-1.json");
    Files.copy(run.resolve(RunFiles.STATE), committed);
    fit(run, 2);
    // epoch 2's weights and metrics line were written, its commit (state.json) was not
    Files.copy(committed, run.resolve(RunFiles.STATE), StandardCopyOption.REPLACE_EXISTING);
    TrainResult r = fit(run, 0);
    assertThat(r.history()).extracting(EpochRecord::epoch).containsExactly(2, 3);
    assertSameAsUninterrupted(run);
  }

  @Test
  void noIntactGenerationIsRefusedWithAClearError() throws IOException {
    Path run = tmp.resolve("ruined");
    fit(run, 2);
    try (var s = Files.walk(run.resolve(RunFiles.CHECKPOINTS))) {
      for (Path p : s.filter(p -> p.toString().endsWith("heads.safetensors")).toList()) {
        Files.write(p, new byte[] {1, 2, 3});
      }
    }
    assertThatThrownBy(() -> fit(run, 0)).isInstanceOfSatisfying(Pain3dException.class,
        e -> assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT))
        .hasMessageContaining("no intact checkpoint")
        .hasMessageContaining("heads.safetensors")
        .hasMessageContaining("new --out");
  }
}
