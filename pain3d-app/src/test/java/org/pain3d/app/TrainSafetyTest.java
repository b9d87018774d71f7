package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.dataset.Split;
import org.pain3d.io.FolderLock;
import org.pain3d.train.RunFiles;
import org.pain3d.train.TinySyntheticData;
import org.pain3d.unbc.UnbcFixture;

/**
 * issue 11, the training side: one writer per run folder (finding 3), images checked before
 * training (finding 9), sizes validated before anything is written (finding 10).
 */
class TrainSafetyTest {
  private static final String[] TINY = {"--backbone", "random:tiny_patch16_dinov3:5",
      "--image-size", "32", "--lr", "3e-3", "--batch", "4", "--frozen", "--epochs", "1"};

  @TempDir static Path shared;
  @TempDir Path tmp;
  static Path synth;

  @BeforeAll
  static void data() throws IOException {
    synth = TinySyntheticData.generate(shared, 6);
  }

  private static CliRun train(Path data, Path out, String... more) {
    String[] args = new String[5 + TINY.length + more.length];
    args[0] = "train";
    args[1] = "--data";
    args[2] = data.toString();
    args[3] = "--out";
    args[4] = out.toString();
    System.arraycopy(TINY, 0, args, 5, TINY.length);
    System.arraycopy(more, 0, args, 5 + TINY.length, more.length);
    return CliRun.of(args);
  }

  /** A copy of the tiny set to damage. */
  private Path copy() throws IOException {
    Path to = tmp.resolve("data");
    try (Stream<Path> s = Files.walk(synth)) {
      for (Path p : s.sorted().toList()) {
        Path q = to.resolve(synth.relativize(p).toString());
        if (Files.isDirectory(p) && !Files.isSymbolicLink(p)) {
          Files.createDirectories(q);
        } else if (!Files.isSymbolicLink(p)) {
          Files.copy(p, q);
        }
      }
    }
    return to;
  }

  /** The first pain image of a split (from the split file). */
  private static Path painImageOf(Path data, Split split) throws IOException {
    String base = Files.readAllLines(data.resolve("splits/uniform_data_70_20_10_split.csv"))
        .stream().skip(1).filter(l -> l.endsWith("," + split.code()))
        .map(l -> l.split(",")[0])
        .sorted().findFirst().orElseThrow();
    try (Stream<Path> s = Files.list(data.resolve("images"))) {
      return s.filter(p -> p.getFileName().toString().startsWith(base + "_view_"))
          .sorted().findFirst().orElseThrow();
    }
  }

  private static void assertNothingWritten(Path run) {
    assertThat(run.resolve(RunFiles.MODEL)).doesNotExist();
    assertThat(run.resolve(RunFiles.TRAIN)).doesNotExist();
    assertThat(run.resolve(RunFiles.METRICS)).doesNotExist();
  }

  @Test
  void aSecondTrainOnTheSameRunFolderGetsBusyAndWritesNothing() throws IOException {
    Path run = tmp.resolve("run");
    try (FolderLock held = FolderLock.acquire(run.resolve(RunFiles.LOCK), "another train")) {
      CliRun r = train(synth, run);
      assertThat(r.exitCode()).as(r.err()).isEqualTo(7);
      assertThat(r.err()).startsWith("pain3d: error: ").contains("in use", "another train");
      assertNothingWritten(run);
    }
    CliRun r = train(synth, run);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readAllLines(run.resolve(RunFiles.METRICS))).hasSize(1);
  }

  @Test
  void aSecondCvOnTheSameFolderGetsBusy() throws IOException {
    Path unbc = tmp.resolve("unbc");
    UnbcFixture.builder().subjects(25).sequencesPerSubject(1).framesPerSequence(2).write(unbc);
    Path out = tmp.resolve("cv");
    try (FolderLock held = FolderLock.acquire(out.resolve(RunFiles.LOCK), "another cv")) {
      CliRun r = CliRun.of("cv", "--unbc", unbc.toString(), "--out", out.toString(), "--backbone",
          "random:tiny_patch16_dinov3:5", "--image-size", "32", "--frozen", "--epochs", "1");
      assertThat(r.exitCode()).as(r.err()).isEqualTo(7);
      assertThat(r.err()).contains("in use", "another cv");
      assertThat(out.resolve("fold-1")).doesNotExist();
      assertThat(out.resolve(RunFiles.TOKENS)).doesNotExist();
    }
  }

  @Test
  void aMissingPainImageIsAnErrorNamingItBeforeAnythingIsWritten() throws IOException {
    Path data = copy();
    Path gone = painImageOf(data, Split.TRAIN);
    Files.delete(gone);
    Path run = tmp.resolve("run");
    CliRun r = train(data, run);
    assertThat(r.exitCode()).as(r.out()).isEqualTo(3);
    assertThat(r.err()).startsWith("pain3d: error: ").contains(gone.getFileName().toString())
        .contains("missing");
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertNothingWritten(run);
  }

  @Test
  void aCorruptTestImageIsFoundBeforeTraining() throws IOException {
    Path data = copy();
    Path bad = painImageOf(data, Split.TEST);
    Files.write(bad, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I'});
    Path run = tmp.resolve("run");
    CliRun r = train(data, run);
    assertThat(r.exitCode()).as(r.out()).isEqualTo(3);
    assertThat(r.err()).startsWith("pain3d: error: ").contains(bad.toString());
    assertNothingWritten(run);
  }

  @Test
  void anImageOfTheWrongShapeIsFoundBeforeTraining() throws IOException {
    Path data = copy();
    Path wide = painImageOf(data, Split.VAL);
    ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", wide.toFile());
    Path run = tmp.resolve("run");
    CliRun r = train(data, run);
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains(wide.getFileName().toString(), "40 x 30");
    assertNothingWritten(run);
  }

  @Test
  void anImageSizeBeyondTheLimitIsRefusedBeforeAnythingIsWritten() {
    Path run = tmp.resolve("huge");
    CliRun r = CliRun.of("train", "--data", synth.toString(), "--out", run.toString(),
        "--backbone", "random:tiny_patch16_dinov3:5", "--frozen", "--image-size", "100000");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith("pain3d: error: ").contains("image size", "100000")
        .doesNotContain("Exception");
    assertThat(run).doesNotExist();
  }
}
