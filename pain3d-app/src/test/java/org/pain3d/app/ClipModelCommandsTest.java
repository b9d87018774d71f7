package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.pain3d.io.Json;
import org.pain3d.train.RunFiles;
import org.pain3d.train.TrainedBackbone;
import org.pain3d.vitpain.BackboneMode;
import org.pain3d.vitpain.Branch;
import org.pain3d.vitpain.HeadOptions;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.vitpain.VitPainModel;
import org.pain3d.testing.TinyFaceModel;
import org.pain3d.video.Mp4Reader;

/**
 * The temporal model through the CLI on a tiny generated clip dataset (tiny face model, 64 px,
 * 16 frames per clip, the tiny random backbone): {@code train} learns (the training loss falls)
 * and writes its files, {@code predict --video} writes a timeline and its plot, and bad input
 * (corrupt MP4, a neutral image of another size, a run that is not a clip run) gives one error
 * line, the README's exit code and no output; the run resumes like an image run.
 */
class ClipModelCommandsTest {
  @TempDir static Path tmp;
  private static Path clips;
  private static Path run;
  private static CliRun trained;

  @BeforeAll
  static void trainOnce() throws IOException {
    Path model = new TinyFaceModel(2).writeDirectory(tmp.resolve("model"));
    clips = tmp.resolve("clips");
    CliRun v = CliRun.of("video", "--face-model", model.toString(), "--out", clips.toString(),
        "--identities", "8", "--clips", "3", "--seconds", "1.6", "--fps", "10", "--size", "64",
        "--seed", "4", "--onset", "0.2:0.4", "--apex", "0.3:0.5", "--offset", "0.2:0.4",
        "--lead-in", "0.1", "--max-lag", "0.1", "--head-motion", "0", "--no-gaze",
        "--no-pain", "0.3");
    assertThat(v.exitCode()).as(v.err()).isZero();
    run = tmp.resolve("run");
    trained = CliRun.of(trainArgs(run));
  }

  @Test
  void trainingOnClipsLearnsAndWritesTheRun() throws IOException {
    assertThat(trained.exitCode()).as(trained.err()).isZero();
    assertThat(trained.out()).contains("RANDOM-INIT", "1 temporal layers (causal)", "epoch 10",
        "clip AUROC");
    for (String f : List.of("temporal.json", "train.json", "provenance.json", "metrics.jsonl",
        "state.json", "last-optimizer.safetensors",
        "best-temporal.safetensors", "last-temporal.safetensors", "eval.json", "preds.csv",
        "clip-preds.csv", "token-cache/tokens.f32")) {
      assertThat(run.resolve(f)).exists();
    }
    List<String> lines = Files.readAllLines(run.resolve("metrics.jsonl"));
    assertThat(lines).hasSize(10);
    double first = Json.mapper().readTree(lines.get(0)).get("trainLoss").asDouble();
    double last = Json.mapper().readTree(lines.get(9)).get("trainLoss").asDouble();
    assertThat(last).isLessThan(0.8 * first);
    JsonNode eval = Json.mapper().readTree(run.resolve("eval.json").toFile());
    assertThat(eval.get("train").get("frames").asInt()).isEqualTo(16 * eval.get("train")
        .get("clips").asInt());
    assertThat(eval.has("val")).isTrue();
    JsonNode cfg = Json.mapper().readTree(run.resolve("temporal.json").toFile());
    assertThat(cfg.get("temporal").get("maxFrames").asInt()).isEqualTo(16);
    assertThat(cfg.get("temporal").get("dim").asInt()).isEqualTo(32);
  }

  /** The training command of {@link #trainOnce}, into {@code out}. */
  private static String[] trainArgs(Path out, String... extra) {
    List<String> a = new ArrayList<>(List.of("train", "--data", clips.toString(), "--backbone",
        "random:tiny_patch16_dinov3:0", "--out", out.toString(), "--epochs", "10", "--batch",
        "4", "--lr", "3e-3", "--image-size", "32", "--temporal-layers", "1", "--temporal-heads",
        "2", "--causal"));
    a.addAll(List.of(extra));
    return a.toArray(String[]::new);
  }

  /** The files a resumed run must reproduce byte for byte. */
  private static final List<String> COMMITTED = List.of(RunFiles.STATE,
      "last-temporal.safetensors", "last-optimizer.safetensors", "best-temporal.safetensors",
      "eval.json", "preds.csv", "clip-preds.csv");

  private static void assertSameAsTrained(Path copy) throws IOException {
    for (String f : COMMITTED) {
      assertThat(Files.readAllBytes(copy.resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(run.resolve(f)));
    }
    assertThat(Files.readAllLines(copy.resolve(RunFiles.METRICS))).hasSize(10);
  }

  /**
   * A clip run resumes through the image runs' checkpoints (issue 15): the same command on a
   * finished run trains nothing; a damaged last generation falls back to the epoch before with
   * a warning and ends byte for byte as the uninterrupted run; no intact generation, another
   * config or a clip run of an earlier version give one error line and the README's exit code.
   */
  @Test
  void aClipRunResumesLikeAnImageRun() throws IOException {
    assertThat(trained.exitCode()).as(trained.err()).isZero();
    assertThat(run.resolve(RunFiles.STATE)).exists();
    assertThat(run.resolve("checkpoints/epoch-0010/temporal.safetensors")).exists();
    Path copy = tmp.resolve("resumed");
    RunFolderCopy.copy(run, copy);
    CliRun again = CliRun.of(trainArgs(copy));
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("all 10 epochs committed already: nothing trained")
        .doesNotContain("epoch 1:");
    assertSameAsTrained(copy);
    // epoch 10's generation damaged: epoch 9 is taken and epoch 10 trained again
    Path last = copy.resolve("checkpoints/epoch-0010/temporal.safetensors");
    byte[] b = Files.readAllBytes(last);
    b[b.length - 1] ^= 1;
    Files.write(last, b);
    CliRun fallback = CliRun.of(trainArgs(copy));
    assertThat(fallback.exitCode()).as(fallback.err()).isZero();
    assertThat(fallback.out()).contains("pain3d: warning: epoch 10's checkpoint is damaged",
        "epoch-0010/temporal.safetensors", "resuming from epoch 9", "epoch 10:")
        .doesNotContain("epoch 9:");
    assertSameAsTrained(copy);
    // every generation damaged: refused, nothing changed
    try (var files = Files.walk(copy.resolve(RunFiles.CHECKPOINTS))) {
      for (Path p : files.filter(p -> p.endsWith("temporal.safetensors")).toList()) {
        Files.write(p, new byte[] {1, 2, 3});
      }
    }
    CliRun ruined = CliRun.of(trainArgs(copy));
    assertThat(ruined.exitCode()).as(ruined.err()).isEqualTo(3);
    assertThat(ruined.err()).startsWith("pain3d: error: ").contains("no intact checkpoint",
        "new --out");
    assertThat(ruined.err().strip().lines()).hasSize(1);
    // another training config on a used folder: refused before the tokens are computed
    Path other = tmp.resolve("other-config");
    RunFolderCopy.copy(run, other);
    CliRun changed = CliRun.of(trainArgs(other, "--seed", "9"));
    assertThat(changed.exitCode()).as(changed.err()).isEqualTo(3);
    assertThat(changed.err()).startsWith("pain3d: error: ").contains("another training config");
    assertThat(changed.err().strip().lines()).hasSize(1);
    assertSameAsTrained(other);
    // a clip run of an earlier version (no state.json) cannot resume
    Path legacy = tmp.resolve("legacy");
    RunFolderCopy.copy(run, legacy);
    Files.delete(legacy.resolve(RunFiles.STATE));
    CliRun old = CliRun.of(trainArgs(legacy));
    assertThat(old.exitCode()).as(old.err()).isEqualTo(2);
    assertThat(old.err()).startsWith("pain3d: error: ").contains("earlier pain3d", "new --out");
  }

  private static Path frame0(Path video, Path png) throws IOException {
    List<BufferedImage> first = new ArrayList<>();
    Mp4Reader.decode(video, (k, rgb, w, h) -> {
      if (k == 0) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, w, h, rgb, 0, w);
        first.add(img);
      }
    });
    ImageIO.write(first.get(0), "png", png.toFile());
    return png;
  }

  @Test
  void predictVideoWritesATimelineAndItsPlot() throws IOException {
    assertThat(trained.exitCode()).as(trained.err()).isZero();
    Path video = clips.resolve("clips/sample_00000_clip_01.mp4");
    Path neutral = frame0(video, tmp.resolve("neutral.png"));
    Path csv = tmp.resolve("pred/timeline.csv");
    Files.createDirectories(csv.getParent());
    CliRun r = CliRun.of("predict", "--model", run.toString(), "--video", video.toString(),
        "--neutral", neutral.toString(), "--out", csv.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("16 frames scored", "P(pain clip)", "true PSPI from");
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows.get(0)).isEqualTo("frame,time_s,pspi_pred,pspi_true");
    assertThat(rows).hasSize(17);
    assertThat(rows.get(3)).startsWith("2,0.2000,");
    BufferedImage plot = ImageIO.read(tmp.resolve("pred/timeline.png").toFile());
    assertThat(plot.getWidth()).isEqualTo(1000);
    assertThat(plot.getHeight()).isEqualTo(420);
  }

  @Test
  void badInputGivesOneErrorLineAndWritesNothing() throws IOException {
    assertThat(trained.exitCode()).as(trained.err()).isZero();
    Path video = clips.resolve("clips/sample_00000_clip_01.mp4");
    Path neutral = frame0(video, tmp.resolve("neutral-ok.png"));
    Path bad = Files.createDirectories(tmp.resolve("bad"));
    byte[] b = Files.readAllBytes(video);
    Path corrupt = bad.resolve("corrupt.mp4");
    Files.write(corrupt, Arrays.copyOf(b, b.length / 3));
    Path small = bad.resolve("small.png");
    ImageIO.write(new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB), "png", small.toFile());
    Path imageRun = Files.createDirectories(bad.resolve("image-run"));
    Object[][] cases = {
      {corrupt, neutral, run, "corrupt"},
      {video, small, run, "neutral reference is 32x32"},
      {video, neutral, imageRun, "not a clip run"},
    };
    for (Object[] c : cases) {
      Path out = bad.resolve("out.csv");
      CliRun r = CliRun.of("predict", "--model", c[2].toString(), "--video", c[0].toString(),
          "--neutral", c[1].toString(), "--out", out.toString());
      assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
      assertThat(r.err()).startsWith("pain3d: error: ").contains((String) c[3]);
      assertThat(r.err().strip().lines()).hasSize(1);
      assertThat(out).doesNotExist();
      assertThat(bad.resolve("out.png")).doesNotExist();
    }
    Path busy = tmp.resolve("busy-run");
    try (org.pain3d.io.FolderLock held = org.pain3d.io.FolderLock.acquire(
        busy.resolve(".pain3d.lock"), "another train")) {
      CliRun r = CliRun.of("train", "--data", clips.toString(), "--backbone",
          "random:tiny_patch16_dinov3:0", "--out", busy.toString(), "--image-size", "32");
      assertThat(r.exitCode()).as(r.err()).isEqualTo(7);
      assertThat(busy.resolve("temporal.json")).doesNotExist();
    }
    CliRun both = CliRun.of("predict", "--model", run.toString(), "--video", video.toString(),
        "--neutral", neutral.toString());
    assertThat(both.exitCode()).isEqualTo(2);
  }

  @Test
  void inspectChecksAClipDataset() throws IOException {
    CliRun ok = CliRun.of("inspect", clips.toString());
    assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("Clip dataset", "clips              24", "videos decoded     24",
        "No problems");
    Path copy = tmp.resolve("damaged");
    try (var files = Files.walk(clips)) {
      for (Path p : files.toList()) {
        Path q = copy.resolve(clips.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else {
          Files.copy(p, q);
        }
      }
    }
    Path video = copy.resolve("clips/sample_00001_clip_02.mp4");
    byte[] b = Files.readAllBytes(video);
    Files.write(video, Arrays.copyOf(b, b.length / 4));
    Path table = copy.resolve("clips/sample_00002_clip_01_frames.csv");
    List<String> rows = new ArrayList<>(Files.readAllLines(table));
    rows.remove(rows.size() - 1);
    Files.write(table, rows);
    CliRun bad = CliRun.of("inspect", copy.toString());
    assertThat(bad.exitCode()).as(bad.out() + bad.err()).isEqualTo(5);
    assertThat(bad.out()).contains("VIDEO clips/sample_00001_clip_02.mp4",
        "CLIP_LABELS clips/sample_00002_clip_01_frames.csv: 15 rows for 16 video frames",
        "CHECKSUM_MISMATCH clips/sample_00001_clip_02.mp4");
    // training refuses the same damage: the short table before anything is written, the
    // truncated video when its frames are decoded (only the token cache is left)
    Path badRun = tmp.resolve("bad-run");
    String[] train = {"train", "--data", copy.toString(), "--backbone",
        "random:tiny_patch16_dinov3:0", "--out", badRun.toString(), "--image-size", "32"};
    CliRun t1 = CliRun.of(train);
    assertThat(t1.exitCode()).as(t1.err()).isEqualTo(3);
    assertThat(t1.err()).startsWith("pain3d: error: ").contains("sample_00002_clip_01_frames.csv");
    assertThat(badRun).doesNotExist();
    Files.copy(clips.resolve("clips/sample_00002_clip_01_frames.csv"), table,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    CliRun t2 = CliRun.of(train);
    assertThat(t2.exitCode()).as(t2.err()).isEqualTo(3);
    assertThat(t2.err()).startsWith("pain3d: error: ").contains("sample_00001_clip_02.mp4");
    assertThat(t2.err().strip().lines()).hasSize(1);
    assertThat(badRun.resolve("temporal.json")).doesNotExist();
    assertThat(badRun.resolve("metrics.jsonl")).doesNotExist();
  }

  /**
   * A backbone trained from scratch on images ({@code --train-backbone}) serves clip training
   * frozen through {@code --backbone RUN_DIR}: its tokens equal the run's own backbone's, the
   * temporal run records the verified file and its architecture; a run of another size, another
   * {@code --arch}, a run that did not train its backbone and weights that are not the committed
   * ones give one error line, exit 3 and no run folder.
   */
  @Test
  void aTrainedBackboneRunServesClipTrainingFrozen() throws Exception {
    Path scratch = ScratchBackboneRun.train(tmp, "--lr", "3e-3");
    Path images = tmp.resolve("images");
    // round trip: the frozen backbone made from the run gives the run's own backbone's tokens
    TrainedBackbone tb = TrainedBackbone.open(scratch);
    assertThat(tb.arch()).isEqualTo("tiny_patch16_dinov3");
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainConfig own = RunFiles.modelConfig(scratch);
      VitPainModel trained = VitPainModel.create(own, m);
      trained.load(scratch, RunFiles.BEST);
      VitPainModel frozen = VitPainModel.create(new VitPainConfig(tb.spec().text(), tb.arch(),
          BackboneMode.FROZEN, HeadOptions.full(), 0, 2, 0.1, 0, 1, 32), m);
      float[] px = new float[2 * 3 * 32 * 32];
      java.util.Random rng = new java.util.Random(5);
      for (int i = 0; i < px.length; i++) {
        px[i] = (float) rng.nextGaussian();
      }
      NDArray pixels = m.create(px, new Shape(2, 3, 32, 32));
      float[] a = trained.tokens(Branch.PAIN, pixels, false).toFloatArray();
      float[] b = frozen.tokens(Branch.PAIN, pixels, false).toFloatArray();
      float[] untrained = VitPainModel.create(new VitPainConfig("random:tiny_patch16_dinov3:3",
          null, BackboneMode.FROZEN, HeadOptions.full(), 0, 2, 0.1, 0, 1, 32), m)
          .tokens(Branch.PAIN, pixels, false).toFloatArray();
      assertThat(b).hasSameSizeAs(a);
      double diff = 0;
      double moved = 0;
      for (int i = 0; i < a.length; i++) {
        diff = Math.max(diff, Math.abs(a[i] - b[i]));
        moved = Math.max(moved, Math.abs(a[i] - untrained[i]));
      }
      assertThat(diff).isLessThan(1e-5);
      assertThat(moved).as("training changed the backbone").isGreaterThan(1e-3);
    }
    Path clipRun = tmp.resolve("clip-on-scratch");
    CliRun t = CliRun.of("train", "--data", clips.toString(), "--backbone", scratch.toString(),
        "--out", clipRun.toString(), "--image-size", "32", "--epochs", "1", "--batch", "4",
        "--temporal-layers", "1", "--temporal-heads", "2");
    assertThat(t.exitCode()).as(t.err()).isZero();
    assertThat(t.out()).doesNotContain("RANDOM-INIT");
    JsonNode cfg = Json.mapper().readTree(clipRun.resolve("temporal.json").toFile());
    assertThat(cfg.get("backbone").asText()).isEqualTo(scratch.resolve(TrainedBackbone.FILE)
        .toAbsolutePath().normalize().toString());
    assertThat(cfg.get("arch").asText()).isEqualTo("tiny_patch16_dinov3");
    // bad input: one line, exit 3, nothing written
    Path frozenRun = tmp.resolve("frozen-image-run");
    CliRun f = CliRun.of("train", "--data", images.toString(), "--out", frozenRun.toString(),
        "--backbone", "random:tiny_patch16_dinov3:3", "--image-size", "32", "--epochs", "1",
        "--batch", "4", "--frozen");
    assertThat(f.exitCode()).as(f.err()).isZero();
    Path tampered = tmp.resolve("tampered");
    RunFolderCopy.copy(scratch, tampered);
    Path w = tampered.resolve(TrainedBackbone.FILE);
    byte[] bytes = Files.readAllBytes(w);
    bytes[bytes.length - 1] ^= 1;
    Files.delete(w);
    Files.write(w, bytes);
    String[][] cases = {
      {scratch.toString(), "--image-size", "64", "trained at 32 px"},
      {scratch.toString(), "--arch", "dinov3_patch16_dim32_depth2_heads4", "its backbone is"
          + " tiny_patch16_dinov3"},
      {frozenRun.toString(), "--image-size", "32", "--train-backbone"},
      {tampered.toString(), "--image-size", "32", "not the weights of epoch"},
      {scratch.resolve(TrainedBackbone.FILE).toString(), "--arch",
          "dinov3_patch8_dim32_depth2_heads2", "not the"},
    };
    for (String[] c : cases) {
      Path out = tmp.resolve("never");
      List<String> args = new ArrayList<>(List.of("train", "--data", clips.toString(),
          "--backbone", c[0], "--out", out.toString(), c[1], c[2], "--epochs", "1"));
      if (!c[1].equals("--image-size")) {
        args.addAll(List.of("--image-size", "32"));
      }
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
      assertThat(r.err()).startsWith("pain3d: error: ").contains(c[3]);
      assertThat(r.err().strip().lines()).hasSize(1);
      assertThat(out).doesNotExist();
    }
  }
}
