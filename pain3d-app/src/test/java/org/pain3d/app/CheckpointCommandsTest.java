package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.unbc.UnbcFixture;

/**
 * {@code predict --model FILE.ckpt}, {@code import-checkpoint} and {@code cv --init FILE.ckpt}
 * on the tiny authors'-format checkpoint of pain3d-learn's tests ({@code vitpain_full_f16.ckpt},
 * 48 px images at a 16 px input).
 */
class CheckpointCommandsTest {
  @TempDir static Path shared;
  @TempDir Path tmp;
  static Path ckpt;
  static Path neutral;
  static Path frame;

  @BeforeAll
  static void files() throws IOException {
    ckpt = shared.resolve("vitpain-epoch=141.ckpt");
    try (InputStream in = CheckpointCommandsTest.class.getResourceAsStream(
        "/org/pain3d/checkpoint/vitpain_full_f16.ckpt")) {
      Files.copy(in, ckpt);
    }
    neutral = png(shared.resolve("neutral.png"), 1);
    frame = png(shared.resolve("frame.png"), 2);
  }

  private static Path png(Path file, long seed) throws IOException {
    SplittableRandom rng = new SplittableRandom(seed);
    BufferedImage img = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 48; y++) {
      for (int x = 0; x < 48; x++) {
        img.setRGB(x, y, rng.nextInt(1 << 24));
      }
    }
    ImageIO.write(img, "png", file.toFile());
    return file;
  }

  private static JsonNode predict(String model, String... more) throws IOException {
    String[] args = new String[8 + more.length];
    String[] base = {"predict", "--model", model, "--json", "--neutral", neutral.toString(),
        "--frame", frame.toString()};
    System.arraycopy(base, 0, args, 0, 8);
    System.arraycopy(more, 0, args, 8, more.length);
    CliRun r = CliRun.of(args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out()).get("frames").get(0);
  }

  @Test
  void theCheckpointPredictsAndItsImportedRunPredictsTheSame() throws IOException {
    JsonNode direct = predict(ckpt.toString(), "--image-size", "16");
    assertThat(direct.get("pspi").asDouble()).isBetween(0.0, 16.0);
    assertThat(direct.get("au")).hasSize(6);
    Path run = tmp.resolve("run");
    CliRun r = CliRun.of("import-checkpoint", ckpt.toString(), "--out", run.toString(),
        "--image-size", "16");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("dinov3_patch4_dim8_depth2_heads2", "LoRA rank 4");
    assertThat(run.resolve("model.json")).content().contains("\"authorsForward\" : true",
        "imported-backbone.safetensors");
    assertThat(run.resolve("import.json")).content().contains("\"epoch\" : 141",
        "\"lora_alpha\" : 12.0");
    for (String f : new String[] {"heads", "lora-pain", "lora-neutral"}) {
      assertThat(run.resolve("best-" + f + ".safetensors")).isRegularFile();
      assertThat(run.resolve("last-" + f + ".safetensors")).isRegularFile();
    }
    assertThat(predict(run.toString())).isEqualTo(direct);
    assertThat(predict(run.toString(), "--checkpoint", "last")).isEqualTo(direct);
  }

  @Test
  void badCheckpointsAndOutputsGiveOneErrorAndWriteNothing() throws IOException {
    Path cut = tmp.resolve("cut.ckpt");
    Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(ckpt), 5000));
    Path run = tmp.resolve("run");
    CliRun r = CliRun.of("import-checkpoint", cut.toString(), "--out", run.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).startsWith("pain3d: error: ").contains("cut.ckpt");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(run).doesNotExist();
    assertThat(tmp.resolve(".run.import-tmp")).doesNotExist();

    Files.createDirectories(run);
    Files.writeString(run.resolve("keep.txt"), "mine");
    r = CliRun.of("import-checkpoint", ckpt.toString(), "--out", run.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("exists and is not empty");
    assertThat(run.resolve("model.json")).doesNotExist();

    r = CliRun.of("predict", "--model", ckpt.toString(), "--backbone", ckpt.toString(),
        "--image-size", "16", "--neutral", neutral.toString(), "--frame", frame.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("leave out --backbone");
  }

  @Test
  @Tag("slow")
  void cvFineTunesTheImportedCheckpoint() throws IOException {
    Path unbc = tmp.resolve("unbc");
    UnbcFixture.builder().subjects(25).sequencesPerSubject(1).framesPerSequence(2).write(unbc);
    Path out = tmp.resolve("cv");
    CliRun r = CliRun.of("cv", "--unbc", unbc.toString(), "--out", out.toString(), "--init",
        ckpt.toString(), "--image-size", "16", "--epochs", "1", "--batch", "8", "--shots", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("per_fold"))
        .hasSize(5);
    assertThat(out.resolve("init-imported/model.json")).content().contains("authorsForward");
    assertThat(out.resolve("fold-1/model.json")).content().contains("\"authorsForward\" : true");
    assertThat(out.resolve("fold-3/best-lora-neutral.safetensors")).isRegularFile();
  }
}
