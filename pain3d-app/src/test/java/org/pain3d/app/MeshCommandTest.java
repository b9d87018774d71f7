package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.face.ObjMesh;
import org.pain3d.face.ObjParser;
import org.pain3d.testing.RealFaceModel;
import org.pain3d.testing.TinyFaceModel;

class MeshCommandTest {
  @TempDir Path tmp;

  private Path tinyModel() throws Exception {
    return new TinyFaceModel(4).writeTarXz(tmp.resolve("tiny.tar.xz"), 1L << 20);
  }

  @Test
  void writesTheDeformedMeshAndItsDescription() throws Exception {
    Path model = tinyModel();
    Path obj = tmp.resolve("face.obj");
    CliRun r = CliRun.of("mesh", "--face-model", model.toString(), "--identity-seed", "5",
        "--pspi", "9", "--seed", "3", "--out", obj.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("PSPI 9");
    JsonNode json = new ObjectMapper().readTree(tmp.resolve("face.json").toFile());
    assertThat(json.get("PSPI").asInt()).isEqualTo(9);
    assertThat(json.get("identity_seed").asLong()).isEqualTo(5);
    assertThat(json.get("identity_weights")).hasSize(TinyFaceModel.IDENTITIES);
    assertThat(json.get("blendshape_weights")).hasSize(TinyFaceModel.LISTED.size() + 1);
    JsonNode au = json.get("action_units");
    int pspi = au.get("AU4").asInt() + Math.max(au.get("AU6").asInt(), au.get("AU7").asInt())
        + Math.max(au.get("AU9").asInt(), au.get("AU10").asInt()) + au.get("AU43").asInt();
    assertThat(pspi).isEqualTo(9);

    FaceModel m = new FaceModelLoader(new FaceModelLoader.Options(null, 1)).load(model);
    float[] id = new float[m.identityCount()];
    for (int i = 0; i < id.length; i++) {
      id[i] = (float) json.get("identity_weights").get(i).asDouble();
    }
    float[] w = new float[m.expressionCount()];
    for (int j = 0; j < w.length; j++) {
      w[j] = (float) json.get("blendshape_weights").get(m.expressionNames().get(j)).asDouble();
    }
    float[] expected = new float[3 * m.vertexCount()];
    m.evaluate(id, w, expected);
    ObjMesh written = new ObjParser().parse(Files.readAllBytes(obj), "face.obj", true);
    assertThat(written.positions()).containsExactly(expected);
    assertThat(written.topology().cornerVertices()).containsExactly(m.topology().cornerVertices());
    assertThat(written.topology().materials()).containsExactlyElementsOf(m.topology().materials());
  }

  @Test
  void identityWeightsFileReproducesTheFace() throws Exception {
    Path model = tinyModel();
    CliRun first = CliRun.of("mesh", "--face-model", model.toString(), "--identity-seed", "8",
        "--au", "AU4=2,AU10=1", "--out", tmp.resolve("a.obj").toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    CliRun second = CliRun.of("mesh", "--face-model", model.toString(), "--identity-weights",
        tmp.resolve("a.json").toString(), "--au", "AU4=2,AU10=1", "--out", tmp.resolve("b.obj").toString());
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(Files.readAllLines(tmp.resolve("b.obj")).stream().filter(l -> l.startsWith("v ")))
        .containsExactlyElementsOf(Files.readAllLines(tmp.resolve("a.obj")).stream().filter(l -> l.startsWith("v ")).toList());
  }

  @Test
  void badInputGivesOneLineAndWritesNothing() throws Exception {
    Path model = tinyModel();
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    String obj = out.resolve("f.obj").toString();
    assertError(CliRun.of("mesh", "--face-model", tmp.resolve("missing").toString(), "--out", obj), 3, "no such file");
    assertError(CliRun.of("mesh", "--face-model", model.toString(), "--au", "AU4=9", "--out", obj), 2,
        "AU4 intensity must be in 0..5, got 9");
    assertError(CliRun.of("mesh", "--face-model", model.toString(), "--pspi", "17", "--out", obj), 2,
        "PSPI must be in 0..16");
    assertError(CliRun.of("mesh", "--face-model", model.toString(), "--pspi", "3", "--au", "AU4=1", "--out", obj), 2,
        "give --au or --pspi, not both");
    assertError(CliRun.of("mesh", "--face-model", model.toString(), "--out", out.resolve("f.txt").toString()), 2,
        "--out must name an .obj file");
    assertError(CliRun.of("mesh", "--face-model", model.toString(), "--pspi", "x", "--out", obj), 2, "--pspi");
    Path broken = Files.writeString(tmp.resolve("broken.tar.xz"), "not an archive");
    assertError(CliRun.of("mesh", "--face-model", broken.toString(), "--out", obj), 3, "broken.tar.xz");
    Files.writeString(tmp.resolve("w.json"), "[1, \"a\"]");
    assertError(CliRun.of("mesh", "--face-model", model.toString(), "--identity-weights",
        tmp.resolve("w.json").toString(), "--out", obj), 3, "identity weight 1 is not a finite number");
    Files.writeString(tmp.resolve("short.json"), "[0.5]");
    assertError(CliRun.of("mesh", "--face-model", model.toString(), "--identity-weights",
        tmp.resolve("short.json").toString(), "--out", obj), 3,
        "1 identity weights, the model has " + TinyFaceModel.IDENTITIES + " identity modes");
    assertThat(TinyFaceModel.filesUnder(out)).isEmpty();
  }

  private static void assertError(CliRun r, int code, String message) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(code);
    assertThat(r.err()).contains(message);
    assertThat(r.err().lines().filter(l -> l.startsWith("pain3d: error:")).count()).isEqualTo(1);
  }

  @Test
  void realModelMeshHasIctVertexOrder() throws Exception {
    Path source = RealFaceModel.source();
    Path obj = tmp.resolve("real.obj");
    CliRun r = CliRun.of("mesh", "--face-model", source.toString(), "--pspi", "12", "--seed", "2",
        "--identity-seed", "1", "--out", obj.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    ObjMesh m = new ObjParser().parse(Files.readAllBytes(obj), "real.obj", true);
    assertThat(m.vertexCount()).isEqualTo(26719);
    assertThat(m.topology().faceCount()).isEqualTo(26384);
    JsonNode json = new ObjectMapper().readTree(tmp.resolve("real.json").toFile());
    assertThat(json.get("PSPI").asInt()).isEqualTo(12);
    assertThat(json.get("blendshape_weights")).hasSize(57);
    assertThat(json.get("identity_weights")).hasSize(100);
  }
}
