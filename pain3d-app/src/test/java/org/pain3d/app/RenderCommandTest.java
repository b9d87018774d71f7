package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pain3d render}: argument errors without a model, a real render with one. */
class RenderCommandTest {
  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = Pain3dCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void badArgumentsAreUsageErrorsBeforeAnyModelIsLoaded() {
    Path missing = tmp.resolve("no-model");
    assertThat(run("render", "--face-model", missing.toString(), "--out", tmp.toString(), "--size", "2000").code())
        .isEqualTo(CliErrors.USAGE);
    Run pass = run("render", "--face-model", missing.toString(), "--out", tmp.toString(), "--passes", "shaded,colour");
    assertThat(pass.code()).isEqualTo(CliErrors.USAGE);
    assertThat(pass.err()).contains("unknown pass 'colour'");
    Run view = run("render", "--face-model", missing.toString(), "--out", tmp.toString(), "--views", "0,x");
    assertThat(view.code()).isEqualTo(CliErrors.USAGE);
    assertThat(view.err()).contains("not a number");
    assertThat(run("render", "--face-model", missing.toString(), "--out", tmp.toString()).code())
        .isEqualTo(CliErrors.BAD_INPUT);
  }

  @Test
  @Tag("slow")
  void rendersViewsPassesHeatmapAndContactSheet() throws Exception {
    String model = System.getenv("PAIN3D_FACE_MODEL");
    assumeTrue(model != null && Files.exists(Path.of(model)), "PAIN3D_FACE_MODEL not set");
    Path out = tmp.resolve("render");
    Run r = run("render", "--face-model", model, "--out", out.toString(), "--identity-seed", "5",
        "--au", "AU4=3,AU7=3,AU9=2", "--views", "0,-30:10", "--size", "96", "--supersample", "1",
        "--passes", "shaded,depth,uv,mask,heatmap", "--scene", "studio");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("PSPI 8");
    for (String prefix : new String[] {"neutral_view_0", "neutral_view_1", "pain_view_0", "pain_view_1"}) {
      for (String pass : new String[] {"shaded", "depth16", "uv", "mask"}) {
        BufferedImage img = ImageIO.read(out.resolve(prefix + "_" + pass + ".png").toFile());
        assertThat(img.getWidth()).isEqualTo(96);
      }
      assertThat(out.resolve(prefix + "_normal.png")).doesNotExist();
    }
    assertThat(out.resolve("pain_heatmap.png")).exists();
    assertThat(out.resolve("pain_heatmap16.png")).exists();
    BufferedImage sheet = ImageIO.read(out.resolve("contact_sheet.png").toFile());
    assertThat(sheet.getWidth()).isEqualTo(2 * 96 + 3 * 4);
    assertThat(sheet.getHeight()).isEqualTo(3 * 96 + 4 * 4);
    JsonNode json = new ObjectMapper().readTree(out.resolve("render.json").toFile());
    assertThat(json.get("PSPI").asInt()).isEqualTo(8);
    assertThat(json.get("views")).hasSize(2);
    assertThat(json.get("views").get(1).get("pitch_deg").asDouble()).isEqualTo(10.0);
    assertThat(json.get("views").get(0).get("landmarks_pain")).hasSize(68);
    assertThat(json.get("heatmap").get("mm_per_unit").asDouble()).isEqualTo(0.001);
    assertThat(json.get("heatmap").get("max_mm").asDouble()).isGreaterThan(1.0);
  }

  @Test
  @Tag("slow")
  void rendersAScene() throws Exception {
    String model = System.getenv("PAIN3D_FACE_MODEL");
    assumeTrue(model != null && Files.exists(Path.of(model)), "PAIN3D_FACE_MODEL not set");
    Path out = tmp.resolve("scene");
    Run r = run("render", "--face-model", model, "--out", out.toString(), "--identity-seed", "5", "--pspi", "6",
        "--views", "0,30", "--size", "128", "--supersample", "1", "--passes", "shaded,mask", "--scene", "bedside",
        "--scene-seed", "3");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.resolve("render.json").toFile());
    assertThat(json.get("scene").get("preset").asText()).isEqualTo("bedside");
    assertThat(json.get("scene").get("views")).hasSize(2);
    BufferedImage mask = ImageIO.read(out.resolve("pain_view_0_mask.png").toFile());
    java.util.Set<Integer> codes = new java.util.TreeSet<>();
    for (int y = 0; y < 128; y++) {
      for (int x = 0; x < 128; x++) {
        codes.add(mask.getRaster().getSample(x, y, 0));
      }
    }
    assertThat(codes).as("face and item classes").contains(1).anyMatch(c -> c >= 32 && c <= 42);
  }
}
