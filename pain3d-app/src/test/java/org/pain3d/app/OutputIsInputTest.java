package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.dataset.Sha256;
import org.pain3d.testing.TinyFaceModel;

/** Finding 7 of issue 11: an output that is also an input is refused by every command (video too). */
class OutputIsInputTest {
  @TempDir Path tmp;

  private static void refused(CliRun r, String message) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(CliErrors.USAGE);
    assertThat(r.err()).startsWith("pain3d: error: ").contains(message).hasLineCount(1);
  }

  @Test
  void metricsDoesNotOverwriteItsInput() throws Exception {
    Path preds = Files.copy(MetricsCommandTest.PREDS, tmp.resolve("preds.csv"));
    String before = Sha256.hex(preds);
    refused(CliRun.of("metrics", "--input", preds.toString(), "--out", preds.toString()),
        "--out " + preds + " is also the input --input " + preds);
    refused(CliRun.of("metrics", "--input", preds.toString(), "--out", tmp.resolve("m.json").toString(),
        "--plot", tmp.resolve("sub/../preds.csv").toString()), "is also the input --input");
    Path link = Files.createSymbolicLink(tmp.resolve("link.csv"), preds);
    refused(CliRun.of("metrics", "--input", link.toString(), "--out", preds.toString()), "is also the input");
    assertThat(Sha256.hex(preds)).isEqualTo(before);
  }

  @Test
  void embedMeshRenderGenerateTrainAndCvRefuseToo() throws Exception {
    Path model = new TinyFaceModel(2).writeDirectory(tmp.resolve("model"));
    Path px = Files.writeString(tmp.resolve("px.npy"), "x");
    refused(CliRun.of("embed", "--backbone", tmp.resolve("b").toString(), "--pixels", px.toString(),
        "--out", px.toString()), "--out " + px + " is also the input --pixels");
    Path weights = Files.writeString(tmp.resolve("face.json"), "[0, 0, 0]");
    refused(CliRun.of("mesh", "--face-model", model.toString(), "--identity-weights", weights.toString(),
        "--out", tmp.resolve("face.obj").toString()), "is also the input --identity-weights");
    refused(CliRun.of("render", "--face-model", model.toString(), "--out", model.resolve("r").toString()),
        "the output lies inside the input");
    refused(CliRun.of("generate", "--face-model", model.toString(), "--out", tmp.toString(), "--identities", "1"),
        "the input lies inside the output");
    Path data = Files.createDirectories(tmp.resolve("data"));
    refused(CliRun.of("train", "--data", data.toString(), "--out", data.toString(), "--backbone",
        "random:tiny_patch16_dinov3:0"), "--out " + data + " is also the input --data");
    refused(CliRun.of("cv", "--unbc", data.toString(), "--out", data.resolve("cv").toString(), "--backbone",
        "random:tiny_patch16_dinov3:0"), "the output lies inside the input");
    assertThat(Files.readString(weights)).isEqualTo("[0, 0, 0]");
    assertThat(TinyFaceModel.filesUnder(data)).isEmpty();
  }

  @Test
  void videoRefusesAnOutputInsideItsMotionOrFaceModel() throws Exception {
    Path model = new TinyFaceModel(2).writeDirectory(tmp.resolve("model"));
    Path motion = Files.createDirectories(tmp.resolve("motion"));
    Files.writeString(motion.resolve("rec.csv"), "frame,timestamp\n");
    refused(CliRun.of("video", "--face-model", model.toString(), "--motion", motion.toString(), "--out",
        motion.resolve("clips").toString(), "--identities", "1"), "the output lies inside the input");
    refused(CliRun.of("video", "--face-model", model.toString(), "--out", tmp.toString(), "--identities", "1"),
        "the input lies inside the output");
    assertThat(TinyFaceModel.filesUnder(motion)).hasSize(1);
  }
}
