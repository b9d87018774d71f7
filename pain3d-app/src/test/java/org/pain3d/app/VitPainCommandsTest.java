package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.render.View;
import org.pain3d.synth.Balance;
import org.pain3d.synth.DatasetGenerator;
import org.pain3d.synth.GenerationOptions;
import org.pain3d.synth.GenerationProgress;
import org.pain3d.synth.GeneratorConfig;
import org.pain3d.synth.ImageFormat;
import org.pain3d.synth.Shard;
import org.pain3d.testing.TinyFaceModel;
import org.pain3d.unbc.UnbcFixture;

/** pain3d train / predict / cv end to end on tiny data made here, and their bad inputs. */
class VitPainCommandsTest {
  private static final String[] TINY = {"--backbone", "random:tiny_patch16_dinov3:5",
      "--image-size", "32", "--lr", "3e-3", "--batch", "4"};

  @TempDir static Path shared;
  @TempDir Path tmp;
  static Path synth;
  static Path run;

  @BeforeAll
  static void trainOnce() throws IOException {
    FaceModel tiny = new FaceModelLoader(new FaceModelLoader.Options(null, 1))
        .load(new TinyFaceModel(21).writeDirectory(shared.resolve("model")));
    synth = shared.resolve("synth");
    new DatasetGenerator(tiny).run(new GeneratorConfig(6, 3, List.of(View.frontal()), 64, 1, 11,
        ImageFormat.PNG, Balance.PAPER), new GenerationOptions(2, Shard.all(), false, false), synth,
        GenerationProgress.NONE);
    run = shared.resolve("run");
    CliRun r = CliRun.of(args("train", "--data", synth.toString(), "--out", run.toString(),
        "--epochs", "3", "--frozen"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("RANDOM-INIT", "epoch 3:", "best epoch");
  }

  private static String[] args(String cmd, String... more) {
    String[] out = new String[1 + TINY.length + more.length];
    out[0] = cmd;
    System.arraycopy(TINY, 0, out, 1, TINY.length);
    System.arraycopy(more, 0, out, 1 + TINY.length, more.length);
    return out;
  }

  private static List<Path> images(String part) throws IOException {
    try (Stream<Path> s = Files.walk(synth)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".png"))
          .filter(p -> p.getFileName().toString().contains(part)).sorted().toList();
    }
  }

  @Test
  void trainWritesTheRunFolder() throws IOException {
    assertThat(Files.readAllLines(run.resolve("metrics.jsonl"))).hasSize(3);
    assertThat(run.resolve("model.json")).content().contains("random:tiny_patch16_dinov3:5");
    assertThat(run.resolve("best-heads.safetensors")).exists();
    JsonNode eval = new ObjectMapper().readTree(run.resolve("eval.json").toFile());
    assertThat(eval.get("train").get("n").asInt()).isPositive();
    assertThat(eval.get("train").has("auroc3")).isTrue();
    assertThat(eval.get("val").get("n").asInt()).isPositive();
    assertThat(eval.get("test").get("n").asInt()).isPositive();
    // every synthetic pain image has PSPI >= 1: AUROC@1 is undefined, written as null
    assertThat(eval.get("train").get("auroc1").isNull()).isTrue();
    // the cv protocol on the test split, readable by pain3d metrics
    List<String> preds = Files.readAllLines(run.resolve("preds.csv"));
    assertThat(preds.get(0)).isEqualTo("fold,split,pspi_true,pspi_pred");
    assertThat(preds.stream().filter(l -> l.contains(",test,")))
        .hasSize(eval.get("test").get("n").asInt());
    assertThat(run.resolve("report.png")).exists();
    assertThat(new ObjectMapper().readTree(run.resolve("report.json").toFile()).get("per_fold"))
        .hasSize(1);
  }

  @Test
  void predictPrintsPspiProbabilitiesAndAus() throws IOException {
    Path neutral = images("neutral").get(0);
    List<Path> pain = images("pain").subList(0, 2);
    CliRun r = CliRun.of("predict", "--model", run.toString(), "--json", "--neutral",
        neutral.toString(), images("neutral").get(1).toString(), "--frame", pain.get(0).toString(),
        pain.get(1).toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("random_init_backbone").asBoolean()).isTrue();
    assertThat(j.get("references").asInt()).isEqualTo(2);
    assertThat(j.get("frames")).hasSize(2);
    JsonNode f = j.get("frames").get(0);
    assertThat(f.get("pspi").asDouble()).isBetween(0.0, 16.0);
    assertThat(f.get("pain_probability").size()).isEqualTo(3);
    assertThat(f.get("au").has("AU43")).isTrue();
    CliRun text = CliRun.of("predict", "--model", run.toString(), "--neutral", neutral.toString(),
        "--frame", pain.get(0).toString());
    assertThat(text.out()).contains("PSPI", "P(PSPI>=3)", "AU10");
  }

  @Test
  void predictRefusesBadImagesAndForeignCheckpoints() throws IOException {
    Path neutral = images("neutral").get(0);
    Path wide = tmp.resolve("wide.png");
    ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", wide.toFile());
    CliRun r = CliRun.of("predict", "--model", run.toString(), "--neutral", neutral.toString(),
        "--frame", wide.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("40 x 30", "square");
    Path corrupt = tmp.resolve("corrupt.png");
    Files.write(corrupt, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
    r = CliRun.of("predict", "--model", run.toString(), "--neutral", neutral.toString(),
        "--frame", corrupt.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("corrupt.png");
    // Finding 9 of issue 11: a 1 x 1 image gave PSPI 7.80 and exit 0; a damaged PNG may decode.
    Path dot = tmp.resolve("dot.png");
    ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", dot.toFile());
    r = CliRun.of("predict", "--model", run.toString(), "--neutral", neutral.toString(), "--frame", dot.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("dot.png: image is 1 x 1 px, too small to show a face");
    byte[] png = Files.readAllBytes(neutral);
    Path cut = Files.write(tmp.resolve("cut.png"), java.util.Arrays.copyOf(png, png.length - 40));
    r = CliRun.of("predict", "--model", run.toString(), "--neutral", neutral.toString(), "--frame", cut.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("cut.png: damaged PNG: truncated");
    Path other = tmp.resolve("other");
    Files.createDirectories(other);
    for (String f : List.of("best-heads.safetensors", "model.json")) {
      Files.copy(run.resolve(f), other.resolve(f));
    }
    String cfg = Files.readString(other.resolve("model.json")).replace("\"auHead\" : true", "\"auHead\" : false");
    Files.writeString(other.resolve("model.json"), cfg);
    r = CliRun.of("predict", "--model", other.toString(), "--neutral", neutral.toString(),
        "--frame", neutral.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("does not fit this model", "unexpected au.queries");
  }

  @Test
  void trainRefusesARunOfAnotherConfig() {
    CliRun r = CliRun.of(args("train", "--data", synth.toString(), "--out", run.toString(),
        "--epochs", "3", "--frozen", "--no-au-head"));
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("another model config");
  }

  @Test
  void trainRefusesATokenCacheOfAnotherBackboneAndLeavesIt() throws IOException {
    Path index = run.resolve("token-cache/tokens.index");
    List<String> before = Files.readAllLines(index);
    CliRun r = CliRun.of("train", "--backbone", "random:tiny_patch16_dinov3:6", "--image-size",
        "32", "--data", synth.toString(), "--out", run.toString(), "--epochs", "3", "--frozen");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("token cache holds tokens of weights random:tiny_patch16_dinov3:5");
    assertThat(Files.readAllLines(index)).isEqualTo(before).isNotEmpty();
  }

  @Test
  @Tag("slow")
  void cvRunsFiveFoldsAndWritesTheReport() throws IOException {
    Path unbc = tmp.resolve("unbc");
    UnbcFixture.builder().subjects(25).sequencesPerSubject(1).framesPerSequence(4).write(unbc);
    Path out = tmp.resolve("cv");
    CliRun r = CliRun.of(args("cv", "--unbc", unbc.toString(), "--out", out.toString(),
        "--epochs", "1", "--frozen", "--shots", "2", "--init", run.toString()));
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> preds = Files.readAllLines(out.resolve("preds.csv"));
    assertThat(preds.get(0)).isEqualTo("fold,split,pspi_true,pspi_pred");
    assertThat(preds.stream().skip(1).map(l -> l.split(",")[0]).distinct()).hasSize(5);
    assertThat(preds.stream().skip(1).filter(l -> l.contains(",test,"))).hasSize(25 * 4);
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(report.get("per_fold")).hasSize(5);
    assertThat(out.resolve("report.png")).exists();
    assertThat(out.resolve("report.txt")).exists();
    for (int f = 1; f <= 5; f++) {
      assertThat(out.resolve("fold-" + f + "/best-heads.safetensors")).exists();
    }
    // one backbone pass per frame for all five folds
    assertThat(Files.readAllLines(out.resolve("token-cache/tokens.index"))).hasSize(25 * 4);
    assertThat(r.out()).contains("RANDOM-INIT");
    // the folder resumes only with its settings: other shots are refused before anything is written
    byte[] reportBefore = Files.readAllBytes(out.resolve("report.json"));
    CliRun other = CliRun.of(args("cv", "--unbc", unbc.toString(), "--out", out.toString(),
        "--epochs", "1", "--frozen", "--shots", "3", "--init", run.toString()));
    assertThat(other.exitCode()).as(other.err()).isEqualTo(3);
    assertThat(other.err()).startsWith("pain3d: error: ").contains("cv.json", "other settings");
    assertThat(other.err().strip().lines()).hasSize(1);
    assertThat(Files.readAllBytes(out.resolve("report.json"))).isEqualTo(reportBefore);
  }

  @Test
  void cvRefusesAnArchiveWithoutLabels() throws IOException {
    Path unbc = tmp.resolve("unbc");
    UnbcFixture.builder().subjects(25).sequencesPerSubject(1).framesPerSequence(2).write(unbc);
    try (Stream<Path> s = Files.walk(unbc.resolve("Frame_Labels"))) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    CliRun r = CliRun.of(args("cv", "--unbc", unbc.toString(), "--out", tmp.resolve("cv").toString(),
        "--epochs", "1", "--frozen"));
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("Frame_Labels");
  }

  @Test
  void aBackboneTrainedFromScratchIsSavedAndUsedByPredict() throws IOException {
    Path scratch = tmp.resolve("scratch");
    CliRun r = CliRun.of(args("train", "--data", synth.toString(), "--out", scratch.toString(),
        "--epochs", "1", "--train-backbone", "--head-dropout", "0", "--augment", "shared"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("whole backbone trained");
    assertThat(scratch.resolve("best-backbone.safetensors")).exists();
    assertThat(scratch.resolve("model.json")).content().contains("\"TRAINED\"");
    assertThat(scratch.resolve("train.json")).content().contains("\"SHARED\"");
    CliRun p = CliRun.of("predict", "--model", scratch.toString(), "--json", "--neutral",
        images("neutral").get(0).toString(), "--frame", images("pain").get(0).toString());
    assertThat(p.exitCode()).as(p.err()).isZero();
    assertThat(new ObjectMapper().readTree(p.out()).get("backbone_mode").asText())
        .isEqualTo("trained");
    Files.delete(scratch.resolve("best-backbone.safetensors"));
    p = CliRun.of("predict", "--model", scratch.toString(), "--neutral",
        images("neutral").get(0).toString(), "--frame", images("pain").get(0).toString());
    assertThat(p.exitCode()).isEqualTo(3);
    assertThat(p.err()).contains("best-backbone.safetensors");
  }

  @Test
  void trainRefusesNonsenseModeOptions() {
    Path out = tmp.resolve("never");
    CliRun r = CliRun.of(args("train", "--data", synth.toString(), "--out", out.toString(),
        "--frozen", "--train-backbone"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("exclude each other");
    r = CliRun.of(args("train", "--data", synth.toString(), "--out", out.toString(),
        "--augment", "sideways"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--augment", "per-image", "shared", "off");
    r = CliRun.of(args("train", "--data", synth.toString(), "--out", out.toString(),
        "--head-dropout", "3"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("dropout");
    assertThat(out).doesNotExist();
  }

  @Test
  @Tag("slow")
  void cvFineTunesABackboneTrainedFromScratch() throws IOException {
    Path scratch = tmp.resolve("scratch");
    CliRun r = CliRun.of(args("train", "--data", synth.toString(), "--out", scratch.toString(),
        "--epochs", "1", "--train-backbone", "--head-dropout", "0", "--augment", "off"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    Path unbc = tmp.resolve("unbc");
    UnbcFixture.builder().subjects(25).sequencesPerSubject(1).framesPerSequence(2).write(unbc);
    Path out = tmp.resolve("cv");
    r = CliRun.of("cv", "--unbc", unbc.toString(), "--out", out.toString(), "--init",
        scratch.toString(), "--epochs", "1", "--batch", "8", "--shots", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("per_fold"))
        .hasSize(5);
    assertThat(out.resolve("fold-1/model.json")).content().contains("TRAINED");
    assertThat(out.resolve("fold-5/best-backbone.safetensors")).exists();
  }
}
