package org.pain3d.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.face.FaceModel;
import org.pain3d.render.View;

/** The dataset browser's API on a tiny generated dataset: listing, filters, detail, files, checks, traversal. */
class DatasetApiTest {
  @TempDir static Path tmp;
  static Path data;
  static Path secret;
  static WebServer server;
  static Http http;

  @BeforeAll
  static void start() throws IOException {
    FaceModel model = WebFixtures.tinyModel(tmp);
    data = WebFixtures.dataset(model, tmp.resolve("data"), 4, List.of(View.frontal(), View.yaw(30)), 64);
    secret = Files.writeString(tmp.resolve("secret.txt"), "not for the web");
    server = WebServer.start(ServeConfig.defaults().withAddress("127.0.0.1", 0)
        .withFolders(List.of(data, WebFixtures.published(data, tmp.resolve("published"))), List.of()), null);
    http = new Http("http://127.0.0.1:" + server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void listsAndSummarisesTheDataset() throws IOException {
    JsonNode list = http.get("/api/datasets").json();
    assertThat(list).hasSize(2);
    assertThat(list.get(0).get("path").asText()).isEqualTo(data.toRealPath().toString());
    JsonNode o = http.get("/api/datasets/0").json();
    assertThat(o.get("layout").asText()).isEqualTo("ours");
    // 4 identities x (2 neutral + 2 pain sets x 2 views)
    assertThat(o.get("counts").get("images").asInt()).isEqualTo(4 * (2 + 2 * 2));
    assertThat(o.get("counts").get("pain_sets").asInt()).isEqualTo(8);
    assertThat(o.get("views").toString()).isEqualTo("[0,1]");
    assertThat(o.get("facets").has("gender")).isTrue();
    assertThat(o.get("facets").has("ethnicity")).isTrue();
  }

  @Test
  void filtersSamples() {
    JsonNode all = http.get("/api/datasets/0/samples?limit=500").json();
    assertThat(all.get("total").asInt()).isEqualTo(24);
    JsonNode pain = http.get("/api/datasets/0/samples?kind=pain&view=1&pspi_min=1").json();
    assertThat(pain.get("total").asInt()).isBetween(1, 8);
    pain.get("samples").forEach(s -> {
      assertThat(s.get("kind").asText()).isEqualTo("pain");
      assertThat(s.get("view").asInt()).isEqualTo(1);
      assertThat(s.get("pspi").asDouble()).isGreaterThanOrEqualTo(1);
    });
    String gender = all.get("samples").get(0).get("attributes").get("gender").asText();
    JsonNode g = http.get("/api/datasets/0/samples?attr.gender=" + gender).json();
    assertThat(g.get("total").asInt()).isPositive().isLessThan(24);
    g.get("samples").forEach(s -> assertThat(s.get("attributes").get("gender").asText()).isEqualTo(gender));
    JsonNode au = http.get("/api/datasets/0/samples?au=AU4&au_min=1").json();
    au.get("samples").forEach(s -> assertThat(s.get("aus").get("AU4").asDouble()).isGreaterThanOrEqualTo(1));
    JsonNode train = http.get("/api/datasets/0/samples?split=train").json();
    train.get("samples").forEach(s -> assertThat(s.get("split").asText()).isEqualTo("train"));
    JsonNode page = http.get("/api/datasets/0/samples?offset=20&limit=10").json();
    assertThat(page.get("samples")).hasSize(4);
    for (String q : List.of("pspi_min=x", "pspi_min=5&pspi_max=2", "au=AU12", "split=dev", "view=-1",
        "limit=0", "limit=501", "kind=sad", "offset=-3")) {
      Http.Answer a = http.get("/api/datasets/0/samples?" + q);
      assertThat(a.status()).as(q + " -> " + a.text()).isEqualTo(400);
      RigApiTest.assertNoTrace(a);
    }
  }

  @Test
  void detailPageHasViewsNeutralsLandmarksAndHeatmaps() {
    JsonNode d = http.get("/api/datasets/0/sets/sample_00001_pain_2").json();
    assertThat(d.get("kind").asText()).isEqualTo("pain");
    assertThat(d.get("views")).hasSize(2);
    JsonNode v1 = d.get("views").get(1);
    assertThat(v1.get("view").asInt()).isEqualTo(1);
    assertThat(v1.get("image").asText()).isEqualTo("images/sample_00001_pain_2_view_1.png");
    assertThat(v1.get("neutral").asText()).isEqualTo("images/sample_00001_neutral_view_1.png");
    assertThat(v1.get("landmarks")).hasSize(68);
    assertThat(d.get("heatmap").asText()).isEqualTo("heatmaps/sample_00001_pain_2_heatmap.png");
    assertThat(d.get("heatmap16").asText()).isEqualTo("heatmaps/sample_00001_pain_2_heatmap16.png");
    assertThat(d.get("annotation").get("PSPI").asDouble()).isEqualTo(d.get("pspi").asDouble());
    assertThat(d.get("sets").has("sample_00001_pain_1")).isTrue();
    assertThat(d.get("sets").has("sample_00001_neutral")).isTrue();
    JsonNode n = http.get("/api/datasets/0/sets/sample_00001_neutral").json();
    assertThat(n.get("kind").asText()).isEqualTo("neutral");
    assertThat(http.get("/api/datasets/0/sets/sample_09999_pain_1").status()).isEqualTo(404);
  }

  @Test
  void servesFilesAndThumbnails() throws IOException {
    Http.Answer f = http.get("/api/datasets/0/file?path=images/sample_00002_neutral_view_0.png");
    assertThat(f.status()).isEqualTo(200);
    assertThat(f.contentType()).isEqualTo("image/png");
    assertThat(f.body()).isEqualTo(Files.readAllBytes(data.resolve("images/sample_00002_neutral_view_0.png")));
    // through our meshes_inpainted -> images link, which stays inside the folder
    Http.Answer link = http.get("/api/datasets/0/file?path=meshes_inpainted/sample_00002_neutral_view_0.png");
    assertThat(link.status()).isEqualTo(200);
    Http.Answer t = http.get("/api/datasets/0/thumb?path=images/sample_00002_pain_1_view_0.png&size=32");
    assertThat(t.contentType()).isEqualTo("image/jpeg");
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(t.body()));
    assertThat(img.getWidth()).isEqualTo(32);
    assertThat(http.get("/api/datasets/0/file?path=manifest.json").json().has("counts")).isTrue();
    assertThat(http.get("/api/datasets/0/thumb?path=manifest.json").status()).isEqualTo(415);
    assertThat(http.get("/api/datasets/0/thumb?path=images/x.png&size=5000").status()).isEqualTo(400);
  }

  @Test
  void refusesTraversalAndSymlinkEscapes() throws IOException {
    Files.createSymbolicLink(data.resolve("images/escape.png"), secret);
    Files.createSymbolicLink(data.resolve("outside"), tmp);
    String rel = tmp.relativize(secret).toString();
    List<String> forbidden = List.of("../" + rel, "images/../../" + rel, "/etc/passwd",
        secret.toString(), "images/escape.png", "outside/" + rel,
        ".pain3d/state.json", "images//x.png", "./manifest.json", "images\\..\\..\\secret.txt",
        "%2e%2e/" + rel, "images/../manifest.json", "model.safetensors");
    for (String p : forbidden) {
      Http.Answer a = http.get("/api/datasets/0/file?path=" + java.net.URLEncoder.encode(p, "UTF-8"));
      assertThat(a.status()).as(p + " -> " + a.text()).isIn(403, 404);
      assertThat(a.text()).doesNotContain("not for the web");
      RigApiTest.assertNoTrace(a);
    }
    assertThat(http.get("/api/datasets/0/file?path=" + java.net.URLEncoder.encode("../" + rel, "UTF-8")).status())
        .isEqualTo(403);
    assertThat(http.get("/api/datasets/0/file?path=images/escape.png").status()).isEqualTo(403);
    // raw, undecoded dot segments in the URL path itself never reach a file
    for (String raw : List.of("/../" + rel, "/%2e%2e/" + rel, "/api/datasets/0/../../" + rel, "/static/%2e%2e/%2e%2e/" + rel)) {
      Http.Answer a = http.get(raw);
      assertThat(a.status()).as(raw).isGreaterThanOrEqualTo(400);
      assertThat(a.text()).doesNotContain("not for the web");
    }
    assertThat(http.get("/api/datasets/2/file?path=images/x.png").status()).isEqualTo(404);
    assertThat(http.get("/api/datasets/x/samples").status()).isEqualTo(404);
    assertThat(http.get("/api/datasets/0/file").status()).isEqualTo(404);
  }

  @Test
  void inspectsLikeTheCli() {
    JsonNode r = http.get("/api/datasets/0/inspect?checksums=true").json();
    assertThat(r.get("consistent").asBoolean()).as(r.toString()).isTrue();
    assertThat(r.get("checksums").asBoolean()).isTrue();
    assertThat(r.get("pspi_histogram")).hasSize(17);
    assertThat(r.get("au_histograms").get("AU4")).hasSize(6);
    assertThat(r.get("counts").get("annotations").asInt()).isEqualTo(8);
    assertThat(r.get("splits").has("train")).isTrue();
    assertThat(http.get("/api/datasets/0/inspect?checksums=maybe").status()).isEqualTo(400);
  }

  @Test
  void theRigSaysItHasNoModel() {
    Http.Answer a = http.post("/api/rig/render", "{}");
    assertThat(a.status()).isEqualTo(503);
    assertThat(a.json().get("error").asText()).contains("--face-model");
    assertThat(http.get("/api/rig/options").json().get("available").asBoolean()).isFalse();
  }

  @Test
  void browsesThePublishedLayout() {
    JsonNode o = http.get("/api/datasets/1").json();
    assertThat(o.get("layout").asText()).isEqualTo("published");
    assertThat(o.get("counts").get("images").asInt()).isEqualTo(24);
    assertThat(o.get("facets").size()).isZero();
    JsonNode pain = http.get("/api/datasets/1/samples?kind=pain&view=1").json();
    assertThat(pain.get("total").asInt()).isEqualTo(8);
    assertThat(pain.get("samples").get(0).get("image").asText()).startsWith("meshes_inpainted/flame_sample_");
    JsonNode d = http.get("/api/datasets/1/sets/flame_sample_0001_pain_2").json();
    assertThat(d.get("views")).hasSize(2);
    assertThat(d.get("views").get(0).get("neutral").asText())
        .isEqualTo("meshes_inpainted/flame_sample_0001_neutral_textured_view_000_inpainted.png");
    assertThat(d.get("views").get(0).get("landmarks").isNull()).isTrue();
    assertThat(d.get("heatmap").asText()).isEqualTo("heatmaps/flame_sample_0001_pain_2_heatmap.png");
    JsonNode r = http.get("/api/datasets/1/inspect").json();
    assertThat(r.get("layout").asText()).isEqualTo("published");
    assertThat(r.get("consistent").asBoolean()).as(r.toString()).isTrue();
    assertThat(http.get("/api/datasets/1/thumb?path=" + d.get("views").get(0).get("image").asText()).status()).isEqualTo(200);
  }
}
