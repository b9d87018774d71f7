package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.testing.TinyFaceModel;

/** {@code --scene} and {@code --scene-ranges}: bad input is one line, exit 2, nothing written. */
class SceneOptionsTest {
  @TempDir Path tmp;

  private CliRun generate(String... extra) {
    Path missingModel = tmp.resolve("no-model");
    String[] base = {"generate", "--face-model", missingModel.toString(), "--out", tmp.resolve("ds").toString(),
      "--identities", "2", "--size", "64"};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRun.of(args);
  }

  private void refused(CliRun r, String message) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().filter(l -> l.startsWith("pain3d: error:")).toList()).hasSize(1);
    assertThat(r.err()).contains(message);
    assertThat(Files.exists(tmp.resolve("ds"))).isFalse();
  }

  @Test
  void badScenesAreRefusedBeforeAnythingIsLoadedOrWritten() throws Exception {
    refused(generate("--scene", "hospital"), "unknown scene preset 'hospital' (expected studio, varied or bedside)");
    Path typo = Files.writeString(tmp.resolve("typo.json"), "{\"camera\": {\"fov_dg\": [15, 30]}}");
    refused(generate("--scene-ranges", typo.toString()), "unknown key 'camera.fov_dg' (did you mean 'fov_deg'?)");
    Path impossible = Files.writeString(tmp.resolve("impossible.json"), "{\"camera\": {\"fov_deg\": [40, 20]}}");
    refused(generate("--scene", "bedside", "--scene-ranges", impossible.toString()), "min > max");
    Path rates = Files.writeString(tmp.resolve("rates.json"),
        "{\"accessories\": {\"oxygen_mask_rate\": 0.7, \"face_mask_rate\": 0.5}}");
    refused(generate("--scene-ranges", rates.toString()), "oxygen_mask_rate + face_mask_rate");
    Path malformed = Files.writeString(tmp.resolve("malformed.json"), "{\"camera\": ");
    refused(generate("--scene-ranges", malformed.toString()), "malformed JSON");
    refused(generate("--scene", "studio", "--scene-ranges", typo.toString()), "does not apply to --scene studio");
    CliRun render = CliRun.of("render", "--face-model", tmp.resolve("no-model").toString(), "--out",
        tmp.resolve("ds").toString(), "--scene", "ward");
    refused(render, "unknown scene preset 'ward'");
  }

  @Test
  void rangesAreSavedInTheManifestAndScenesInspected() throws Exception {
    Path model = new TinyFaceModel(2).writeDirectory(tmp.resolve("model"));
    Path ranges = Files.writeString(tmp.resolve("r.json"), "{\"accessories\": {\"glasses_rate\": 0.75}}");
    Path out = tmp.resolve("out");
    CliRun r = CliRun.of("generate", "--face-model", model.toString(), "--out", out.toString(), "--identities", "3",
        "--pain-levels", "1", "--views", "2", "--size", "64", "--scene", "bedside", "--scene-ranges", ranges.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertThat(manifest).contains("\"preset\" : \"bedside\"").contains("\"glasses_rate\" : 0.75");
    CliRun inspect = CliRun.of("inspect", out.toString());
    assertThat(inspect.exitCode()).as(inspect.out()).isZero();
    assertThat(inspect.out()).contains("scene preset (images)").contains("bedside").contains("scene accessories")
        .contains("scene head_yaw_deg");
  }
}
