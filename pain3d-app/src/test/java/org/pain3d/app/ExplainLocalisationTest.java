package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.eval.RegionAgreement;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Npy;

/**
 * {@code predict --explain} points where the face moves: a student with the region head, trained
 * briefly on a small real-face dataset (60 identities x 6 pain levels, 8 x 30 batches of 32),
 * puts the peak of its map nearer the brows than the nose
 * and upper lip for an AU4-only face, and the other way round for an AU9/10-only face (ICT-FaceKit
 * via {@code PAIN3D_FACE_MODEL}; skipped without it).
 */
@Tag("slow")
class ExplainLocalisationTest {
  private static final int[] BROWS = {17, 18, 19, 20, 21, 22, 23, 24, 25, 26};
  private static final int[] NOSE_AND_UPPER_LIP = {30, 31, 32, 33, 34, 35, 48, 49, 50, 51, 52,
      53, 54, 61, 62, 63};

  @TempDir Path tmp;

  @Test
  void peaksOnTheBrowsForAu4AndOnNoseAndLipForAu9And10() throws Exception {
    String model = System.getenv("PAIN3D_FACE_MODEL");
    assumeTrue(model != null && Files.exists(Path.of(model)), "PAIN3D_FACE_MODEL not set");
    Path data = tmp.resolve("data");
    CliRun g = CliRun.of("generate", "--face-model", model, "--out", data.toString(),
        "--identities", "60", "--pain-levels", "6", "--views", "1", "--size", "64", "--seed", "5",
        "--scene", "studio", "--look", "plain"); // localisation of the expression alone
    assertThat(g.exitCode()).as(g.err()).isZero();
    Path run = tmp.resolve("run");
    // in a child JVM on one PyTorch thread: several threads on a busy 2-core machine were seen
    // to train this small net 20 times slower
    Path log = tmp.resolve("train.log");
    int code = ChildCli.run(log, ChildCli.ONE_TORCH_THREAD, List.of("train",
        "--data", data.toString(), "--out", run.toString(),
        "--backbone", "random:dinov3_patch8_dim32_depth2_heads2:0", "--train-backbone",
        "--head-dropout", "0", "--augment", "off", "--image-size", "32", "--epochs", "8",
        "--steps-per-epoch", "30", "--batch", "32", "--lr", "1e-3", "--region-head"), 20);
    assertThat(code).as(Files.readString(log)).isZero();
    assertThat(peakNearer(model, run, "AU4=5", BROWS, NOSE_AND_UPPER_LIP)).isTrue();
    assertThat(peakNearer(model, run, "AU9=4,AU10=4", NOSE_AND_UPPER_LIP, BROWS)).isTrue();
  }

  /** Renders the AUs on a fresh identity, explains it, compares the peak with landmark sets. */
  private boolean peakNearer(String model, Path run, String aus, int[] near, int[] far)
      throws IOException {
    Path r = tmp.resolve("render-" + aus.replace(',', '-').replace('=', '-'));
    CliRun render = CliRun.of("render", "--face-model", model, "--out", r.toString(),
        "--identity-seed", "900", "--au", aus, "--views", "0", "--size", "64", "--passes",
        "shaded", "--supersample", "1", "--scene", "studio", "--look", "plain");
    assertThat(render.exitCode()).as(render.err()).isZero();
    Path dir = r.resolve("explain");
    CliRun p = CliRun.of("predict", "--model", run.toString(), "--neutral",
        r.resolve("neutral_view_0_shaded.png").toString(), "--frame",
        r.resolve("pain_view_0_shaded.png").toString(), "--explain", dir.toString());
    assertThat(p.exitCode()).as(p.err()).isZero();
    HostTensor map = Npy.read(dir.resolve("pain_view_0_shaded_map.npy"));
    assertThat(map.shape()).containsExactly(64, 64);
    int peak = RegionAgreement.argmax(map.data());
    double px = peak % 64 + 0.5;
    double py = peak / 64 + 0.5;
    JsonNode lm = new ObjectMapper().readTree(r.resolve("render.json").toFile())
        .get("views").get(0).get("landmarks_pain");
    return distance(lm, near, px, py) < distance(lm, far, px, py);
  }

  private static double distance(JsonNode lm, int[] ids, double x, double y) {
    double best = Double.MAX_VALUE;
    for (int i : ids) {
      double dx = lm.get(i).get(0).asDouble() - x;
      double dy = lm.get(i).get(1).asDouble() - y;
      best = Math.min(best, Math.hypot(dx, dy));
    }
    return best;
  }
}
