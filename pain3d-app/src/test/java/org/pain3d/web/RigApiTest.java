package org.pain3d.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.face.FaceModel;

/** The rig's API on the tiny face model: renders, labels, exports, bad requests, concurrency. */
class RigApiTest {
  @TempDir static Path tmp;
  static FaceModel model;
  static WebServer server;
  static Http http;

  @BeforeAll
  static void start() throws IOException {
    model = WebFixtures.tinyModel(tmp);
    server = WebServer.start(ServeConfig.defaults().withAddress("127.0.0.1", 0).withLimits(2, 32,
        ServeConfig.DEFAULT_MAX_UPLOAD), model);
    http = new Http("http://127.0.0.1:" + server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String request(String aus, String extra) {
    return "{\"aus\": {" + aus + "}, \"size\": 96, \"supersample\": 1" + extra + "}";
  }

  static BufferedImage png(String dataUrl) throws IOException {
    assertThat(dataUrl).startsWith("data:image/png;base64,");
    return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUrl.substring(22))));
  }

  @Test
  void servesThePageAndTheStatus() {
    Http.Answer page = http.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("<title>pain3d</title>");
    Http.Answer js = http.get("/js/rig.js");
    assertThat(js.status()).isEqualTo(200);
    assertThat(js.contentType()).contains("javascript");
    Http.Answer dir = http.get("/js/");
    assertThat(dir.status()).isIn(403, 404);
    assertThat(dir.text()).doesNotContain("rig.js");
    JsonNode status = http.get("/api/status").json();
    assertThat(status.get("rig").asBoolean()).isTrue();
    assertThat(status.get("render_threads").asInt()).isEqualTo(2);
  }

  @Test
  void optionsListTheAusTheModelCanExpress() {
    JsonNode o = http.get("/api/rig/options").json();
    List<String> names = new ArrayList<>();
    o.get("aus").forEach(a -> names.add(a.get("name").asText()));
    // the tiny model has the pain AUs' shapes only (and eyeBlink, so AU45 too)
    assertThat(names).startsWith("AU4", "AU6", "AU7", "AU9", "AU10", "AU43").contains("AU45")
        .doesNotContain("AU12", "AU1");
    assertThat(o.get("demographics").get("ethnicity")).hasSize(6);
  }

  @Test
  void rendersImagesLabelsAndLandmarks() throws IOException {
    Http.Answer a = http.post("/api/rig/render", request("\"AU4\": 3, \"AU6\": 2, \"AU7\": 4, \"AU9\": 1, \"AU43\": 1",
        ", \"images\": [\"pain\", \"neutral\", \"heatmap\", \"overlay\"]"));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    JsonNode f = a.json();
    assertThat(f.get("pspi").asInt()).isEqualTo(3 + 4 + 1 + 1);
    assertThat(f.get("aus").get("AU7").asInt()).isEqualTo(4);
    for (String k : List.of("pain", "neutral", "heatmap", "overlay")) {
      BufferedImage img = png(f.get("images").get(k).asText());
      assertThat(img.getWidth()).isEqualTo(96);
      assertThat(img.getHeight()).isEqualTo(96);
    }
    assertThat(f.get("landmarks").get("pain")).hasSize(68);
    assertThat(f.get("landmarks").get("pain").get(0)).hasSize(3);
    assertThat(f.get("heatmap_max_mm").asDouble()).isPositive();
    assertThat(f.get("timing_ms").get("render").asDouble()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void painChangesWithTheAusAndNeutralDoesNot() throws IOException {
    JsonNode a = http.post("/api/rig/render", request("\"AU4\": 0", "")).json();
    JsonNode b = http.post("/api/rig/render", request("\"AU4\": 5, \"AU10\": 5", "")).json();
    assertThat(a.get("images").get("neutral").asText()).isEqualTo(b.get("images").get("neutral").asText());
    assertThat(a.get("images").get("pain").asText()).isNotEqualTo(b.get("images").get("pain").asText());
    assertThat(b.get("pspi").asInt()).isEqualTo(10);
    // AU names in any accepted spelling
    JsonNode c = http.post("/api/rig/render", request("\"4\": 5, \"au10\": 5", "")).json();
    assertThat(c.get("images").get("pain").asText()).isEqualTo(b.get("images").get("pain").asText());
  }

  @Test
  void theSameRequestRendersTheSameBytes() {
    String req = request("\"AU9\": 2", ", \"identity\": {\"seed\": 4, \"look_seed\": 2, \"demographics\":"
        + " {\"age_group\": \"elderly\", \"gender\": \"man\", \"ethnicity\": \"Black\"}}");
    String x = http.post("/api/rig/render", req).json().get("images").get("pain").asText();
    http.post("/api/rig/render", request("\"AU9\": 2", "")).json();
    String y = http.post("/api/rig/render", req).json().get("images").get("pain").asText();
    assertThat(y).isEqualTo(x);
  }

  @Test
  void samplesAnExactPspi() {
    for (int k = 0; k <= 16; k++) {
      JsonNode s = http.get("/api/rig/sample?pspi=" + k + "&seed=" + (k * 7)).json();
      JsonNode au = s.get("aus");
      int pspi = au.get("AU4").asInt() + Math.max(au.get("AU6").asInt(), au.get("AU7").asInt())
          + Math.max(au.get("AU9").asInt(), au.get("AU10").asInt()) + au.get("AU43").asInt();
      assertThat(pspi).isEqualTo(k);
      assertThat(s.get("pspi").asInt()).isEqualTo(k);
    }
    assertThat(http.get("/api/rig/sample?pspi=17").status()).isEqualTo(400);
    assertThat(http.get("/api/rig/sample?pspi=x").status()).isEqualTo(400);
    assertThat(http.get("/api/rig/sample").status()).isEqualTo(400);
  }

  @Test
  void exportsPngObjAndAnnotation() throws IOException {
    String req = request("\"AU4\": 2, \"AU43\": 1", "");
    Http.Answer png = http.post("/api/rig/export/png?image=sheet", req);
    assertThat(png.status()).as(png.text()).isEqualTo(200);
    BufferedImage sheet = ImageIO.read(new ByteArrayInputStream(png.body()));
    assertThat(sheet.getWidth()).isEqualTo(3 * 96 + 4 * 4);
    Http.Answer obj = http.post("/api/rig/export/obj", req);
    assertThat(obj.status()).isEqualTo(200);
    assertThat(obj.text()).startsWith("# pain3d serve rig").contains("PSPI 3");
    assertThat(obj.text().lines().filter(l -> l.startsWith("v ")).count()).isEqualTo(model.vertexCount());
    Http.Answer json = http.post("/api/rig/export/json", req);
    JsonNode ann = json.json();
    assertThat(ann.get("rig").get("aus").get("AU4").asInt()).isEqualTo(2);
    assertThat(ann.get("PSPI").asInt()).isEqualTo(3);
    assertThat(ann.get("action_units").get("AU43").asInt()).isEqualTo(1);
    assertThat(ann.get("views").get(0).get("landmarks_pain")).hasSize(68);
    assertThat(ann.get("identity_weights")).hasSize(model.identityCount());
    assertThat(http.post("/api/rig/export/stl", req).status()).isEqualTo(404);
    assertThat(http.post("/api/rig/export/png?image=back", req).status()).isEqualTo(400);
  }

  @Test
  void rendersInAChosenSceneAndExportsItsLabels() throws IOException {
    JsonNode options = http.get("/api/rig/options").json();
    assertThat(options.get("scenes").toString()).isEqualTo("[\"studio\",\"varied\",\"bedside\"]");
    String studio = request("\"AU4\": 2", "");
    String bedside = request("\"AU4\": 2", ", \"scene\": {\"preset\": \"bedside\", \"seed\": 4}");
    JsonNode f = http.post("/api/rig/render", bedside).json();
    assertThat(f.get("scene").get("preset").asText()).isEqualTo("bedside");
    assertThat(f.get("scene").get("seed").asLong()).isEqualTo(4);
    assertThat(http.post("/api/rig/render", studio).json().get("scene").get("preset").asText()).isEqualTo("studio");
    BufferedImage a = png(f.get("images").get("pain").asText());
    BufferedImage b = png(http.post("/api/rig/render", studio).json().get("images").get("pain").asText());
    assertThat(a.getRGB(0, 0, 96, 96, null, 0, 96)).isNotEqualTo(b.getRGB(0, 0, 96, 96, null, 0, 96));
    assertThat(http.post("/api/rig/render", bedside).json().get("images"))
        .isEqualTo(f.get("images"));
    JsonNode ann = http.post("/api/rig/export/json", bedside).json();
    assertThat(ann.get("rig").get("scene").get("preset").asText()).isEqualTo("bedside");
    assertThat(ann.get("scene").get("preset").asText()).isEqualTo("bedside");
    assertThat(ann.get("scene").get("views")).hasSize(1);
    assertThat(http.post("/api/rig/export/png?image=sheet", bedside).status()).isEqualTo(200);
  }

  @Test
  void badRequestsGetOneLineJsonErrors() {
    Map<String, String> bad = new LinkedHashMap<>(Map.of(
        "{\"size\": 10}", "size",
        "{\"sise\": 100}", "unknown field 'sise'",
        "{\"aus\": {\"AU4\": 6}}", "AU4",
        "{\"aus\": {\"AU4\": 2.5}}", "integer",
        "{\"aus\": {\"AU99\": 1}}", "unknown action unit",
        "{\"aus\": {\"AU12\": 1}}", "mouthSmile_L",
        "{\"view\": {\"yaw\": 120}}", "yaw",
        "{\"aus\": [1, 2]}", "aus",
        "{\"identity\": {\"seed\": \"x\"}}", "seed",
        "{\"identity\": {\"demographics\": {\"gender\": \"robot\"}}}", "robot"));
    bad.put("{\"scene\": {\"preset\": \"beach\"}}", "unknown scene preset 'beach'");
    bad.forEach((body, says) -> {
      Http.Answer a = http.post("/api/rig/render", body);
      assertThat(a.status()).as(body + " -> " + a.text()).isEqualTo(400);
      assertThat(a.contentType()).startsWith("application/json");
      JsonNode e = a.json();
      assertThat(e.get("error").asText()).as(body).contains(says).doesNotContain("\n");
      assertThat(e.get("kind").asText()).isEqualTo("usage");
      assertNoTrace(a);
    });
    for (String body : List.of("{not json", "", "null", "[]")) {
      Http.Answer a = http.post("/api/rig/render", body);
      assertThat(a.status()).as(body + " -> " + a.text()).isEqualTo(400);
      assertNoTrace(a);
    }
    Http.Answer big = http.post("/api/rig/render", "{\"client\": \"" + "x".repeat(2 << 20) + "\"}");
    assertThat(big.status()).isEqualTo(413);
    assertNoTrace(big);
    Http.Answer route = http.get("/api/nothing");
    assertThat(route.status()).isEqualTo(404);
    assertThat(route.json().get("kind").asText()).isEqualTo("not_found");
    Http.Answer method = http.get("/api/rig/render");
    assertThat(method.status()).isBetween(404, 405);
    assertNoTrace(method);
  }

  static void assertNoTrace(Http.Answer a) {
    assertThat(a.text()).doesNotContain("Exception", "\tat ", "org.pain3d.", "java.lang", "jackson");
  }

  @Test
  void concurrentClientsGetTheirOwnFaces() throws Exception {
    int n = 8;
    List<String> reqs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      reqs.add("{\"client\": \"c" + i + "\", \"identity\": {\"seed\": " + i + "}, \"aus\": {\"AU4\": "
          + (i % 6) + ", \"AU10\": " + (5 - i % 6) + "}, \"size\": 80, \"supersample\": 1}");
    }
    List<String> alone = new ArrayList<>();
    for (String r : reqs) {
      alone.add(http.post("/api/rig/render", r).json().get("images").get("pain").asText());
    }
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<Http.Answer>> fs = new ArrayList<>();
        for (String r : reqs) {
          fs.add(pool.submit(() -> http.post("/api/rig/render", r)));
        }
        for (int i = 0; i < n; i++) {
          Http.Answer a = fs.get(i).get();
          assertThat(a.status()).as(a.text()).isEqualTo(200);
          assertThat(a.json().get("images").get("pain").asText()).as("client " + i).isEqualTo(alone.get(i));
          assertThat(a.json().get("identity").get("seed").asInt()).isEqualTo(i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void burstsOfOneClientCoalesceAndAFullQueueSays503() throws Exception {
    try (WebServer small = WebServer.start(ServeConfig.defaults().withAddress("127.0.0.1", 0)
        .withLimits(1, 1, ServeConfig.DEFAULT_MAX_UPLOAD), model)) {
      Http h = new Http("http://127.0.0.1:" + small.port());
      int n = 16;
      ExecutorService pool = Executors.newFixedThreadPool(n);
      try {
        List<Future<Http.Answer>> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          String body = "{\"client\": \"slider\", \"aus\": {\"AU4\": " + (i % 6) + "}, \"size\": 1024}";
          fs.add(pool.submit(() -> h.post("/api/rig/render", body)));
        }
        int ok = 0;
        for (Future<Http.Answer> f : fs) {
          Http.Answer a = f.get();
          assertThat(a.status()).as(a.text()).isIn(200, 409, 503);
          if (a.status() == 200) {
            ok++;
          } else {
            assertThat(a.json().get("kind").asText()).isIn("superseded", "overloaded");
          }
        }
        assertThat(ok).isBetween(1, n);
        List<Future<Http.Answer>> free = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          free.add(pool.submit(() -> h.post("/api/rig/render", "{\"size\": 1024, \"images\": [\"overlay\"]}")));
        }
        for (Future<Http.Answer> f : free) {
          Http.Answer a = f.get();
          assertThat(a.status()).isIn(200, 503);
          if (a.status() == 503) {
            assertThat(a.json().get("kind").asText()).isEqualTo("overloaded");
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
