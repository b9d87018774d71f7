package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.testing.RealFaceModel;
import org.pain3d.testing.TinyFaceModel;

class GenerateCommandTest {
  @TempDir Path tmp;

  @Test
  void generatesAndInspectsADataset() throws Exception {
    Path model = new TinyFaceModel(2).writeDirectory(tmp.resolve("model"));
    Path out = tmp.resolve("ds");
    CliRun r = CliRun.of("generate", "--face-model", model.toString(), "--out", out.toString(), "--identities", "3",
        "--pain-levels", "2", "--views", "2", "--size", "64", "--threads", "2", "--format", "jpg");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("generated 3 identities (18 images)").contains("dataset complete");
    assertThat(Files.exists(out.resolve("images/sample_00002_pain_2_view_1.jpg"))).isTrue();
    CliRun inspect = CliRun.of("inspect", out.toString());
    assertThat(inspect.exitCode()).as(inspect.out() + inspect.err()).isZero();
    CliRun again = CliRun.of("generate", "--face-model", model.toString(), "--out", out.toString(), "--identities", "4",
        "--pain-levels", "2", "--views", "2", "--size", "64");
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("another config");
  }

  @Test
  void badArgumentsAreOneLineAndWriteNothing() throws Exception {
    Path model = new TinyFaceModel(2).writeDirectory(tmp.resolve("model"));
    Path out = tmp.resolve("ds");
    String[][] cases = {
      {"--size", "10"}, {"--format", "gif"}, {"--shard", "3/2"}, {"--views", "7"}, {"--pain-levels", "0"},
      {"--resume", "--overwrite"}, {"--balance", "odd"}, {"--threads", "0"}, {"--pain-levels", "17"},
      {"--verify", "--overwrite"}
    };
    for (String[] c : cases) {
      String[] args = new String[8 + c.length];
      String[] base = {"generate", "--face-model", model.toString(), "--out", out.toString(), "--identities", "2", "--size"};
      System.arraycopy(base, 0, args, 0, 7);
      args[7] = "--seed=1";
      System.arraycopy(c, 0, args, 8, c.length);
      CliRun r = CliRun.of(args);
      assertThat(r.exitCode()).as(String.join(" ", c) + ": " + r.err()).isEqualTo(2);
      assertThat(r.err().lines().filter(l -> l.startsWith("pain3d: error:")).count()).isEqualTo(1);
      assertThat(Files.exists(out)).as(String.join(" ", c)).isFalse();
    }
  }

  /** Finding 3 of issue 11: a second writer of a folder is refused with exit 7, naming the first. */
  @Test
  void aFolderInUseIsBusy() throws Exception {
    Path model = new TinyFaceModel(2).writeDirectory(tmp.resolve("model"));
    Path out = tmp.resolve("ds");
    try (org.pain3d.io.FolderLock held = org.pain3d.io.FolderLock.acquire(
        out.resolve(".pain3d/locks/shard-1-of-1.lock"), "pain3d generate, shard 1/1")) {
      CliRun r = CliRun.of("generate", "--face-model", model.toString(), "--out", out.toString(),
          "--identities", "1", "--pain-levels", "1", "--views", "1", "--size", "64", "--resume");
      assertThat(r.exitCode()).as(r.err()).isEqualTo(7);
      assertThat(r.err()).contains("is being written by another pain3d generate run of shard 1/1")
          .contains("pain3d generate, shard 1/1").hasLineCount(1);
    }
    CliRun r = CliRun.of("generate", "--face-model", model.toString(), "--out", out.toString(),
        "--identities", "1", "--pain-levels", "1", "--views", "1", "--size", "64", "--resume");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void realModelDatasetShowsFaces() throws Exception {
    Path source = RealFaceModel.source();
    Path out = tmp.resolve("real");
    CliRun r = CliRun.of("generate", "--face-model", source.toString(), "--out", out.toString(), "--identities", "2",
        "--pain-levels", "2", "--views", "3", "--size", "128", "--seed", "5");
    assertThat(r.exitCode()).as(r.err()).isZero();
    BufferedImage img = ImageIO.read(out.resolve("images/sample_00001_pain_2_view_0.png").toFile());
    int corner = img.getRGB(0, 0);
    int differ = 0;
    for (int y = 0; y < 128; y++) {
      for (int x = 0; x < 128; x++) {
        differ += img.getRGB(x, y) != corner ? 1 : 0;
      }
    }
    assertThat(differ).as("face pixels").isGreaterThan(128 * 128 / 3);
    JsonNode a = new ObjectMapper().readTree(out.resolve("annotations/sample_00001_pain_2_annotations.json").toFile());
    JsonNode frontal = a.get("views").get(0).get("landmarks");
    int visible = 0;
    for (JsonNode l : frontal) {
      assertThat(l.get(0).asDouble()).isBetween(0.0, 128.0);
      assertThat(l.get(1).asDouble()).isBetween(0.0, 128.0);
      visible += l.get(2).asInt();
    }
    assertThat(visible).as("visible frontal landmarks").isGreaterThan(55);
    BufferedImage heat = ImageIO.read(out.resolve("heatmaps/sample_00001_pain_2_heatmap16.png").toFile());
    int max = 0;
    for (int y = 0; y < 128; y++) {
      for (int x = 0; x < 128; x++) {
        max = Math.max(max, heat.getRaster().getSample(x, y, 0));
      }
    }
    assertThat(max).as("raw heatmap maximum (units)").isGreaterThan(500);
    assertThat(CliRun.of("inspect", out.toString()).exitCode()).isZero();
  }
}
