package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Npy;
import picocli.CommandLine;

/** {@code pain3d embed} on the parity fixtures of pain3d-learn (PyTorch reference outputs). */
class EmbedCommandTest {
  private static final Path FIXTURES =
      Path.of("../pain3d-learn/src/test/resources/org/pain3d/vit/fixtures");
  @TempDir Path tmp;
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Pain3dCli.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private static double maxAbs(HostTensor a, HostTensor b) {
    assertThat(a.shape()).containsExactly(b.shape());
    double d = 0;
    for (int i = 0; i < a.data().length; i++) {
      d = Math.max(d, Math.abs(a.data()[i] - b.data()[i]));
    }
    return d;
  }

  @Test
  void embedsWithAHuggingFaceDirectory() throws IOException {
    Path dir = FIXTURES.resolve("hf_dinov3");
    Path out = tmp.resolve("tokens.npy");
    int code = run("embed", "--backbone", dir.toString(), "--pixels",
        dir.resolve("pixels.npy").toString(), "--out", out.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(maxAbs(Npy.read(out), Npy.read(dir.resolve("tokens.npy")))).isLessThan(1e-4);
  }

  @Test
  void aFileWithoutArchIsAUsageError() {
    Path dir = FIXTURES.resolve("timm_dinov3");
    int code = run("embed", "--backbone", dir.resolve("model.safetensors").toString(),
        "--pixels", dir.resolve("pixels.npy").toString(), "--out", tmp.resolve("t.npy").toString());
    assertThat(code).isEqualTo(CliErrors.USAGE);
    assertThat(err.toString()).contains("name its timm architecture");
  }

  @Test
  void aCheckpointOfAnotherArchitectureIsBadInput() {
    Path dir = FIXTURES.resolve("timm_dinov3");
    int code = run("embed", "--backbone", dir.resolve("model.safetensors").toString(),
        "--arch", "vit_small_patch16_dinov3", "--pixels", dir.resolve("pixels.npy").toString(),
        "--out", tmp.resolve("t.npy").toString());
    assertThat(code).isEqualTo(CliErrors.BAD_INPUT);
    assertThat(err.toString()).contains("missing keys").contains("shape mismatches");
  }

  @Test
  void aTruncatedCheckpointIsBadInput() throws IOException {
    Path dir = FIXTURES.resolve("timm_dinov3");
    byte[] all = Files.readAllBytes(dir.resolve("model.safetensors"));
    Path cut = tmp.resolve("cut.safetensors");
    Files.write(cut, Arrays.copyOf(all, all.length / 2));
    int code = run("embed", "--backbone", cut.toString(), "--arch", "vit_small_patch16_dinov3",
        "--pixels", dir.resolve("pixels.npy").toString(), "--out", tmp.resolve("t.npy").toString());
    assertThat(code).isEqualTo(CliErrors.BAD_INPUT);
    assertThat(err.toString()).contains("truncated");
  }

  @Test
  void anUnknownModelTypeIsBadInput() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("m"));
    Files.writeString(dir.resolve("config.json"), "{\"model_type\": \"clip\"}");
    Files.copy(FIXTURES.resolve("hf_dinov2/model.safetensors"), dir.resolve("model.safetensors"));
    int code = run("embed", "--backbone", dir.toString(), "--pixels",
        FIXTURES.resolve("hf_dinov2/pixels.npy").toString(), "--out", tmp.resolve("t.npy").toString());
    assertThat(code).isEqualTo(CliErrors.BAD_INPUT);
    assertThat(err.toString()).contains("unknown model_type 'clip'");
  }

  /** Finding 9 of issue 11: NaN pixels gave all-NaN tokens and exit 0. */
  @Test
  void nonFinitePixelsAreBadInputBeforeTheModelRuns() throws IOException {
    Path dir = FIXTURES.resolve("hf_dinov3");
    HostTensor px = Npy.read(dir.resolve("pixels.npy"));
    float[] data = px.data().clone();
    data[5] = Float.NaN;
    data[7] = Float.POSITIVE_INFINITY;
    Path nan = tmp.resolve("nan.npy");
    Npy.write(nan, new HostTensor(px.shape(), data));
    Path out = tmp.resolve("t.npy");
    int code = run("embed", "--backbone", dir.toString(), "--pixels", nan.toString(), "--out", out.toString());
    assertThat(code).isEqualTo(CliErrors.BAD_INPUT);
    assertThat(err.toString()).contains("nan.npy: 2 of " + data.length + " values are NaN or infinite")
        .contains("the first at [0, 0, 0, 5]");
    assertThat(out).doesNotExist();
  }

  /** Finding 10 of issue 11: a missing backbone folder was reported as "is a file". */
  @Test
  void aMissingBackboneSaysSo() {
    Path dir = FIXTURES.resolve("hf_dinov3");
    int code = run("embed", "--backbone", tmp.resolve("nonexist").toString(), "--pixels",
        dir.resolve("pixels.npy").toString(), "--out", tmp.resolve("t.npy").toString());
    assertThat(code).isEqualTo(CliErrors.BAD_INPUT);
    assertThat(err.toString()).contains("nonexist: no such backbone").doesNotContain("is a file");
  }
}
