package org.pain3d.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.face.FaceModel;
import org.pain3d.render.View;

/** The model view's API on a tiny trained run: overview, metrics, report, predictions and upload limits. */
@Tag("slow")
class RunApiTest {
  @TempDir static Path tmp;
  static Path data;
  static Path run;
  static WebServer server;
  static Http http;
  static final long LIMIT = 64 * 1024;

  @BeforeAll
  static void start() throws IOException {
    FaceModel model = WebFixtures.tinyModel(tmp);
    data = WebFixtures.dataset(model, tmp.resolve("data"), 6, List.of(View.frontal()), 64);
    run = WebFixtures.run(data, tmp.resolve("run"));
    server = WebServer.start(ServeConfig.defaults().withAddress("127.0.0.1", 0)
        .withFolders(List.of(data), List.of(run)).withLimits(1, 4, LIMIT), null);
    http = new Http("http://127.0.0.1:" + server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A multipart body of (field, file name, bytes) parts. */
  static byte[] multipart(String boundary, Object[]... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object[] p : parts) {
      String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p[0] + "\""
          + (p[1] == null ? "" : "; filename=\"" + p[1] + "\"\r\nContent-Type: application/octet-stream") + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.UTF_8));
      out.write(p[2] instanceof byte[] b ? b : String.valueOf(p[2]).getBytes(StandardCharsets.UTF_8));
      out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static Http.Answer predict(Object[]... parts) throws IOException {
    return http.post("/api/runs/0/predict", "multipart/form-data; boundary=XyZ", multipart("XyZ", parts));
  }

  static byte[] image(String name) throws IOException {
    return Files.readAllBytes(data.resolve("images").resolve(name));
  }

  @Test
  void showsTheRunItsMetricsAndReport() {
    JsonNode o = http.get("/api/runs/0").json();
    assertThat(o.get("model").get("backbone").asText()).isEqualTo("random:tiny_patch16_dinov3:5");
    assertThat(o.get("weights").get("best").asBoolean()).isTrue();
    assertThat(o.get("eval").has("train")).isTrue();
    JsonNode m = http.get("/api/runs/0/metrics").json();
    assertThat(m).hasSize(2);
    assertThat(m.get(1).get("epoch").asInt()).isEqualTo(2);
    assertThat(m.get(0).has("valLoss")).isTrue();
    Http.Answer plot = http.get("/api/runs/0/file?path=report.png");
    if (o.get("report_png").asBoolean()) {
      assertThat(plot.contentType()).isEqualTo("image/png");
    }
    assertThat(http.get("/api/runs/0/file?path=best-heads.safetensors").status()).isEqualTo(403);
    assertThat(http.get("/api/runs/0/file?path=../data/manifest.json").status()).isEqualTo(403);
    assertThat(http.get("/api/runs/3").status()).isEqualTo(404);
  }

  @Test
  void predictsFromUploadsAsTheCliDoes() throws IOException {
    Http.Answer a = predict(new Object[] {"neutral", "n.png", image("sample_00001_neutral_view_0.png")},
        new Object[] {"frame", "f.png", image("sample_00001_pain_2_view_0.png")},
        new Object[] {"frame", "g.png", image("sample_00001_pain_1_view_0.png")});
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    JsonNode r = a.json();
    assertThat(r.get("random_init_backbone").asBoolean()).isTrue();
    assertThat(r.get("references").asInt()).isEqualTo(1);
    assertThat(r.get("frames")).hasSize(2);
    JsonNode f = r.get("frames").get(0);
    assertThat(f.get("frame").asText()).isEqualTo("upload:f.png");
    assertThat(f.get("pspi").asDouble()).isBetween(0.0, 16.0);
    assertThat(f.get("pain_probability").get("pspi_ge_3").asDouble()).isBetween(0.0, 1.0);
    assertThat(f.get("au")).hasSize(6);
    assertThat(r.get("explanation").isNull()).isTrue();
    // the CLI's numbers for the same images
    JsonNode cli = cliPredict("sample_00001_neutral_view_0.png", "sample_00001_pain_2_view_0.png");
    assertThat(f.get("pspi").asDouble()).isCloseTo(cli.get("frames").get(0).get("pspi").asDouble(),
        org.assertj.core.data.Offset.offset(1e-6));
  }

  static JsonNode cliPredict(String neutral, String frame) throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    var cl = org.pain3d.app.Pain3dCli.commandLine();
    cl.setOut(new java.io.PrintWriter(out, true));
    int code = cl.execute("predict", "--model", run.toString(), "--json",
        "--neutral", data.resolve("images").resolve(neutral).toString(),
        "--frame", data.resolve("images").resolve(frame).toString());
    assertThat(code).isZero();
    return org.pain3d.io.Json.mapper().readTree(out.toString());
  }

  @Test
  void predictsFromPickedDatasetImages() throws IOException {
    Http.Answer a = predict(new Object[] {"dataset", null, "0"},
        new Object[] {"neutral_path", null, "images/sample_00002_neutral_view_0.png"},
        new Object[] {"frame_path", null, "images/sample_00002_pain_1_view_0.png"});
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.json().get("frames").get(0).get("frame").asText())
        .isEqualTo("dataset 0:images/sample_00002_pain_1_view_0.png");
    Http.Answer j = http.post("/api/runs/0/predict", "{\"dataset\": \"0\", \"neutral\": "
        + "[\"images/sample_00002_neutral_view_0.png\"], \"frame\": [\"images/sample_00002_pain_1_view_0.png\"]}");
    assertThat(j.status()).as(j.text()).isEqualTo(200);
    assertThat(j.json().get("frames").get(0).get("pspi").asDouble())
        .isEqualTo(a.json().get("frames").get(0).get("pspi").asDouble());
    Http.Answer escape = http.post("/api/runs/0/predict", "{\"dataset\": \"0\", \"neutral\": [\"../run/model.json\"],"
        + " \"frame\": [\"images/sample_00002_pain_1_view_0.png\"]}");
    assertThat(escape.status()).isEqualTo(403);
  }

  @Test
  void refusesBadUploads() throws IOException {
    byte[] png = image("sample_00001_neutral_view_0.png");
    Object[] frame = {"frame", "f.png", png};
    check(predict(new Object[] {"neutral", "n.txt", "hello, not an image".getBytes(StandardCharsets.UTF_8)}, frame),
        415, "not a PNG or JPEG");
    byte[] broken = java.util.Arrays.copyOf(png, 60);
    check(predict(new Object[] {"neutral", "n.png", broken}, frame), 422, "corrupt");
    check(predict(new Object[] {"neutral", "n.png", new byte[(int) LIMIT + 10]}, frame), 413, "bytes");
    check(predict(frame), 400, "neutral");
    check(predict(new Object[] {"neutral", "n.png", wide()}, frame), 422, "square");
    check(predict(new Object[] {"neutral", "n.png", huge()}, frame), 422, "larger than the limit");
    check(http.post("/api/runs/0/predict", "text/plain", "x".getBytes(StandardCharsets.UTF_8)), 415, "multipart");
    Object[][] many = new Object[10][];
    for (int i = 0; i < 9; i++) {
      many[i] = new Object[] {"neutral", "n" + i + ".png", png};
    }
    many[9] = frame;
    check(predict(many), 400, "at most 8");
    check(predict(new Object[] {"neutral_path", null, "images/sample_00002_neutral_view_0.png"}, frame), 400, "dataset");
  }

  static void check(Http.Answer a, int status, String says) {
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    assertThat(a.json().get("error").asText()).contains(says);
    RigApiTest.assertNoTrace(a);
  }

  static byte[] wide() throws IOException {
    java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  /** A valid PNG header claiming 20000 x 20000 pixels (a decompression bomb's header). */
  static byte[] huge() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
    java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(20000).putInt(20000)
        .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update("IHDR".getBytes(StandardCharsets.US_ASCII));
    crc.update(ihdr.array());
    out.write(java.nio.ByteBuffer.allocate(4).putInt(13).array());
    out.write("IHDR".getBytes(StandardCharsets.US_ASCII));
    out.write(ihdr.array());
    out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    return out.toByteArray();
  }
}
