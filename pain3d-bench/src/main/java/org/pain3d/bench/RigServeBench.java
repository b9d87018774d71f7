package org.pain3d.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.pain3d.face.FaceModel;
import org.pain3d.web.ServeConfig;
import org.pain3d.web.WebServer;
import org.pain3d.web.rig.RigImage;
import org.pain3d.web.rig.RigRequest;
import org.pain3d.web.rig.RigService;

/**
 * The rig's render request of {@code pain3d serve} at 384 px, as the page sends it while a
 * slider moves ({@code POST /api/rig/render}, the pain image only, a new AU configuration
 * each time): over HTTP on loopback with one and with four concurrent clients (each its own
 * client key, so nothing is coalesced), against the same render called in-process (no HTTP,
 * no JSON, no base64) as the baseline. The server has one render worker per core.
 * {@code supersample} 2 is the page's quality setting, 1 its fast preview while dragging.
 * Reports sample-time percentiles (p0.50 is the median, p0.95 the 95th percentile).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class RigServeBench {
  @Param({"2", "1"})
  int supersample;

  private WebServer server;
  private RigService direct;
  private URI uri;
  private final AtomicInteger clients = new AtomicInteger();

  /** One client: its HTTP connection, key and AU counter. */
  @State(Scope.Thread)
  public static class Client {
    HttpClient http;
    String key;
    int i;

    @Setup(Level.Trial)
    public void setUp(RigServeBench b) {
      http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      key = "bench-" + b.clients.incrementAndGet();
    }

    String next(int supersample) {
      i++;
      return "{\"client\": \"" + key + "\", \"aus\": {\"AU4\": " + (i % 6) + ", \"AU6\": " + ((i / 6) % 6)
          + ", \"AU9\": 2}, \"size\": 384, \"supersample\": " + supersample + ", \"images\": [\"pain\"]}";
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    FaceModel model = BenchFace.load();
    int cores = Runtime.getRuntime().availableProcessors();
    server = WebServer.start(ServeConfig.defaults().withAddress("127.0.0.1", 0)
        .withLimits(cores, 32, ServeConfig.DEFAULT_MAX_UPLOAD), model);
    uri = URI.create("http://127.0.0.1:" + server.port() + "/api/rig/render");
    direct = new RigService(model, cores, 32);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
    direct.close();
  }

  private int post(Client c) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = c.http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(c.next(supersample))).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("render answered " + r.statusCode() + ": " + new String(r.body()));
    }
    return r.body().length;
  }

  /** One client over HTTP. */
  @Benchmark
  @Threads(1)
  public int httpOneClient(Client c) throws IOException, InterruptedException {
    return post(c);
  }

  /** Four concurrent clients over HTTP (the server has one worker per core). */
  @Benchmark
  @Threads(4)
  public int httpFourClients(Client c) throws IOException, InterruptedException {
    return post(c);
  }

  /** Baseline: the same render and PNG encoding in-process, one caller. */
  @Benchmark
  @Threads(1)
  public int inProcess(Client c) {
    c.i++;
    RigRequest req = new RigRequest(null, null, Map.of("AU4", (double) (c.i % 6), "AU6", (double) ((c.i / 6) % 6),
        "AU9", 2.0), null, null, 384, supersample, List.of(RigImage.PAIN));
    return direct.render(req).join().images().get("pain").length();
  }
}
