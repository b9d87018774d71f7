package org.pain3d.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.testing.RealFaceModel;
import org.pain3d.testing.TinyFaceModel;
import org.tukaani.xz.XZInputStream;

/** The downloader against a loopback HTTP server (no test reaches the internet). */
class ModelDownloaderTest {
  @TempDir Path tmp;
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  private URI serve(byte[] body, int status) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ict.zip", ex -> {
      requests.incrementAndGet();
      ex.sendResponseHeaders(status, status == 200 ? body.length : -1);
      if (status == 200) {
        try (OutputStream os = ex.getResponseBody()) {
          os.write(body);
        }
      }
      ex.close();
    });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ict.zip");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static byte[] zipWithNeutral(byte[] neutral) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      z.putNextEntry(new ZipEntry("ICT-FaceKit-x/FaceXModel/generic_neutral_mesh.obj"));
      z.write(neutral);
    }
    return b.toByteArray();
  }

  /** Finding 10 of issue 11: offline, the download said "cannot download ...: null". */
  @Test
  void anUnreachableServerGivesAReasonAndTheWayAround() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    URI uri = URI.create("http://127.0.0.1:" + port + "/ict.zip");
    assertThatThrownBy(() -> new ModelDownloader().download(uri, tmp.resolve("cache/ict.zip"), (d, t) -> { }))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot download " + uri + ": the connection failed")
        .hasMessageContaining("pass --face-model PATH")
        .hasMessageNotContaining("null");
    assertThat(ModelDownloader.reason(new IOException(new java.net.UnknownHostException("github.com"))))
        .isEqualTo("cannot resolve github.com (no network or DNS?)");
  }

  @Test
  void contentThatDoesNotMatchThePinnedChecksumIsRejectedAndNotKept() throws Exception {
    byte[] zip = Files.readAllBytes(new TinyFaceModel(1).writeZip(tmp.resolve("tiny.zip")));
    URI uri = serve(zip, 200);
    Path target = tmp.resolve("cache/ict.zip");
    List<long[]> progress = new ArrayList<>();
    assertThatThrownBy(() -> new ModelDownloader().download(uri, target, (d, t) -> progress.add(new long[] {d, t})))
        .isInstanceOf(FaceModelFormatException.class).hasMessageContaining("checksum mismatch");
    assertThat(Files.exists(target)).isFalse();
    assertThat(TinyFaceModel.filesUnder(tmp.resolve("cache"))).isEmpty();
    assertThat(progress).isNotEmpty();
    assertThat(progress.get(progress.size() - 1)).containsExactly(zip.length, zip.length);
  }

  @Test
  void httpErrorsAreReported() throws Exception {
    URI uri = serve(new byte[0], 404);
    assertThatThrownBy(() -> new ModelDownloader().download(uri, tmp.resolve("c/ict.zip"), (d, t) -> { }))
        .hasMessageContaining("HTTP 404");
    assertThat(TinyFaceModel.filesUnder(tmp.resolve("c"))).isEmpty();
  }

  @Test
  void aShortBodyIsAnError() throws Exception {
    assertThatThrownBy(() -> ModelDownloader.copy(InputStream.nullInputStream(), OutputStream.nullOutputStream(), 10,
        (d, t) -> { })).hasMessageContaining("after 0 of 10 bytes");
  }

  @Test
  void theRealNeutralMeshVerifiesAndIsNotDownloadedTwice() throws Exception {
    Path source = RealFaceModel.source();
    byte[] neutral = realNeutralMesh(source);
    URI uri = serve(zipWithNeutral(neutral), 200);
    Path target = tmp.resolve("cache/ict.zip");
    assertThat(new ModelDownloader().download(uri, target, (d, t) -> { })).isEqualTo(target);
    assertThat(Files.readString(tmp.resolve("cache/ict.zip.sha256")).trim()).isEqualTo(ModelDownloader.sha256(target));
    new ModelDownloader().download(uri, target, (d, t) -> { });
    assertThat(requests.get()).isEqualTo(1);
    Path located = new FaceModelLocator(Map.of(FaceModelLocator.CACHE_ENV, tmp.resolve("c2").toString()))
        .resolve(Path.of("explicit"), new ModelDownloader(), (d, t) -> { });
    assertThat(located).isEqualTo(Path.of("explicit"));
  }

  private static byte[] realNeutralMesh(Path source) throws IOException {
    if (Files.isDirectory(source)) {
      Path d = Files.isDirectory(source.resolve("FaceXModel")) ? source.resolve("FaceXModel") : source;
      return Files.readAllBytes(d.resolve("generic_neutral_mesh.obj"));
    }
    try (TarArchiveInputStream tar = new TarArchiveInputStream(
        new XZInputStream(new BufferedInputStream(Files.newInputStream(source), 1 << 16)))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        if (e.getName().endsWith("FaceXModel/generic_neutral_mesh.obj")) {
          return tar.readAllBytes();
        }
      }
    }
    throw new IOException("no neutral mesh in " + source);
  }
}
