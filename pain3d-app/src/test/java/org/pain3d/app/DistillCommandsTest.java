package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.tensor.Npy;
import org.pain3d.train.TinySyntheticData;

/**
 * The heatmap teacher, a student distilled from it with every term, {@code predict --explain},
 * and their bad inputs (issue 14), on tiny generated data.
 */
class DistillCommandsTest {
  private static final String[] TINY = {"--backbone", "random:tiny_patch16_dinov3:5",
      "--train-backbone", "--head-dropout", "0", "--augment", "off", "--image-size", "32",
      "--lr", "3e-3", "--batch", "4", "--epochs", "1"};

  @TempDir static Path shared;
  @TempDir Path tmp;
  static Path synth;
  static Path teacher;
  static Path student;

  @BeforeAll
  static void trainTeacherAndStudent() throws IOException {
    synth = TinySyntheticData.generate(shared, 6);
    teacher = shared.resolve("teacher");
    CliRun t = train(teacher, "--modality", "heatmap", "--region-head");
    assertThat(t.exitCode()).as(t.err()).isZero();
    assertThat(t.out()).contains("heatmap teacher", "test region agreement");
    student = shared.resolve("student");
    CliRun s = train(student, "--region-head", "--teacher", teacher.toString(),
        "--distill-output", "1", "--distill-feature", "1", "--feature-loss", "mse",
        "--distill-attention", "0.5", "--distill-warmup", "2", "--distill-gate");
    assertThat(s.exitCode()).as(s.err()).isZero();
  }

  private static CliRun train(Path out, String... more) {
    return trainOn(synth, out, more);
  }

  private static CliRun trainOn(Path data, Path out, String... more) {
    List<String> a = new ArrayList<>(List.of("train", "--data", data.toString(), "--out",
        out.toString()));
    List<String> given = Arrays.asList(more);
    for (int i = 0; i < TINY.length; i++) {
      boolean valued = i + 1 < TINY.length && !TINY[i + 1].startsWith("--");
      if (!given.contains(TINY[i])) {
        a.add(TINY[i]);
        if (valued) {
          a.add(TINY[i + 1]);
        }
      }
      i += valued ? 1 : 0;
    }
    a.addAll(given);
    return CliRun.of(a.toArray(String[]::new));
  }

  private static List<Path> images(String part) throws IOException {
    try (Stream<Path> s = Files.walk(synth.resolve("images"))) {
      return s.filter(p -> p.getFileName().toString().contains(part)).sorted().toList();
    }
  }

  @Test
  void theTeacherAndTheStudentRecordWhatTheyAre() throws IOException {
    ObjectMapper j = new ObjectMapper();
    JsonNode tm = j.readTree(teacher.resolve("model.json").toFile());
    assertThat(tm.get("input").asText()).isEqualTo("HEATMAP");
    assertThat(tm.get("options").get("reference").asBoolean()).isFalse();
    assertThat(teacher.resolve("provenance.json")).content().contains("HEATMAP");
    assertThat(j.readTree(teacher.resolve("region.json").toFile()).get("n").asInt()).isPositive();
    JsonNode sm = j.readTree(student.resolve("model.json").toFile());
    assertThat(sm.has("input")).isFalse();
    assertThat(sm.get("aux").get("projectTo").asInt()).isEqualTo(32);
    JsonNode d = j.readTree(student.resolve("train.json").toFile()).get("distill");
    assertThat(d.get("teacher").asText()).isEqualTo(teacher.toAbsolutePath().toString());
    assertThat(d.get("featureLoss").asText()).isEqualTo("MSE");
    assertThat(d.get("attention").asDouble()).isEqualTo(0.5);
    assertThat(d.get("gate").asBoolean()).isTrue();
    assertThat(student.resolve("provenance.json")).content().contains("distill", "MSE");
  }

  @Test
  void explainWritesMapsOfTheFramesSize() throws IOException {
    Path frame = images("pain").get(0);
    Path dir = tmp.resolve("explain");
    CliRun r = CliRun.of("predict", "--model", student.toString(), "--neutral",
        images("neutral").get(0).toString(), "--frame", frame.toString(), "--explain",
        dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String stem = frame.getFileName().toString().replace(".png", "");
    BufferedImage over = ImageIO.read(dir.resolve(stem + "_explain.png").toFile());
    BufferedImage raw = ImageIO.read(dir.resolve(stem + "_map16.png").toFile());
    assertThat(over.getWidth()).isEqualTo(64);
    assertThat(raw.getWidth()).isEqualTo(64);
    assertThat(raw.getType()).isEqualTo(BufferedImage.TYPE_USHORT_GRAY);
    assertThat(Npy.read(dir.resolve(stem + "_map.npy")).shape()).containsExactly(64, 64);
  }

  @Test
  void explainNeedsTheRegionHead() throws IOException {
    Path plain = tmp.resolve("plain");
    assertThat(train(plain).exitCode()).isZero();
    Path dir = tmp.resolve("explain");
    CliRun r = CliRun.of("predict", "--model", plain.toString(), "--neutral",
        images("neutral").get(0).toString(), "--frame", images("pain").get(0).toString(),
        "--explain", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("pain3d: error: ").contains("--region-head");
    assertThat(dir).doesNotExist();
  }

  @Test
  void spatialTermsRefuseAugmentationThatMovesPixels() {
    for (String[] terms : List.of(new String[] {"--region-head"},
        new String[] {"--teacher", teacher.toString(), "--distill-feature", "1"},
        new String[] {"--region-head", "--distill-attention", "1", "--attention-target",
            "heatmap"})) {
      for (String mode : List.of("per-image", "shared", "shared-photometric")) {
        Path out = tmp.resolve("aug-" + mode + "-" + terms.length);
        List<String> args = new ArrayList<>(List.of(terms));
        args.addAll(List.of("--augment", mode));
        CliRun r = train(out, args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err()).startsWith("pain3d: error: ").contains("--augment off");
        assertThat(out).doesNotExist();
      }
    }
    // output distillation alone compares no grid: augmentation stays allowed
    Path out = tmp.resolve("aug-output");
    CliRun r = train(out, "--teacher", teacher.toString(), "--distill-output", "1",
        "--augment", "shared");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void aHeatmapTeacherNeedsHeatmaps() throws IOException {
    Path copy = tmp.resolve("noheat");
    try (Stream<Path> s = Files.walk(synth)) {
      for (Path p : s.toList()) {
        Path q = copy.resolve(synth.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else if (!p.getFileName().toString().endsWith("_heatmap16.png")) {
          Files.copy(p, q);
        }
      }
    }
    Path out = tmp.resolve("t");
    CliRun r = trainOn(copy, out, "--modality", "heatmap");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).startsWith("pain3d: error: ").contains("raw heatmap missing")
        .doesNotContain("\n\n");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(out).doesNotExist();
  }

  @Test
  void aTeacherOfAnotherSizeArchitectureOrModalityIsRefused() {
    String[][] cases = {
        {"--image-size", "48"},
        {"--backbone", "random:dinov3_patch8_dim32_depth2_heads2:1"},
    };
    for (String[] c : cases) {
      Path out = tmp.resolve("s" + c[1].length());
      CliRun r = train(out, concat(c, "--teacher", teacher.toString(), "--distill-output", "1"));
      assertThat(r.exitCode()).as(String.join(" ", c)).isEqualTo(3);
      assertThat(r.err()).startsWith("pain3d: error: ").contains("teacher");
      assertThat(r.err().strip().lines()).hasSize(1);
      assertThat(out).doesNotExist();
    }
    Path out = tmp.resolve("rgb-teacher");
    CliRun r = train(out, "--teacher", student.toString(), "--distill-output", "1");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("not a heatmap teacher");
    assertThat(out).doesNotExist();
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
