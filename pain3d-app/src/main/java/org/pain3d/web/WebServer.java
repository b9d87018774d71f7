package org.pain3d.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pain3d.app.Pain3dVersion;
import org.pain3d.face.FaceModel;
import org.pain3d.io.Json;
import org.pain3d.web.data.DatasetCatalog;
import org.pain3d.web.data.DatasetRoutes;
import org.pain3d.web.model.PredictionService;
import org.pain3d.web.model.RunCatalog;
import org.pain3d.web.model.RunRoutes;
import org.pain3d.web.rig.RigRoutes;
import org.pain3d.web.rig.RigService;

/**
 * The web app of {@code pain3d serve}: the page (plain HTML, JS and CSS from the class path,
 * {@code /}), the JSON API under {@code /api} (docs/serve.md), and the rules every answer
 * keeps: errors as {@link ApiError} JSON, never a stack trace; security headers (no sniffing,
 * no framing, a same-origin content policy); JSON bodies up to 1 MiB, uploads up to the
 * configured size.
 */
public final class WebServer implements AutoCloseable {
  /** The largest JSON body, bytes. */
  static final long MAX_JSON_BODY = 1L << 20;
  /** Where the page lives on the class path. */
  static final String STATIC = "/org/pain3d/web/static";

  private final ServeConfig config;
  private final RigService rig;
  private final DatasetCatalog datasets;
  private final RunCatalog runs;
  private final PredictionService predictions;
  private final Javalin app;

  private WebServer(ServeConfig config, FaceModel model) throws IOException {
    this.config = config;
    this.datasets = new DatasetCatalog(config.datasets());
    this.runs = new RunCatalog(config.runs());
    this.rig = new RigService(model, config.renderThreads(), config.renderQueue());
    this.predictions = new PredictionService(8);
    this.app = Javalin.create(this::configure);
  }

  /**
   * Starts a server.
   *
   * @param config address, folders and limits
   * @param model the face model of the rig, or null (the rig then answers 503)
   * @return the running server
   * @throws IOException when a folder does not exist
   */
  public static WebServer start(ServeConfig config, FaceModel model) throws IOException {
    WebServer s = new WebServer(config, model);
    try {
      s.app.start();
    } catch (RuntimeException e) {
      s.close();
      throw new IOException("cannot listen on " + config.bind() + ":" + config.port() + ": "
          + ApiError.of(e).error(), e);
    }
    return s;
  }

  private void configure(JavalinConfig c) {
    c.jsonMapper(new JavalinJackson(Json.mapper(), false));
    c.startup.showJavalinBanner = false;
    c.startup.showOldJavalinVersionWarning = false;
    c.jetty.host = config.bind();
    c.jetty.port = config.port();
    c.http.maxRequestSize = MAX_JSON_BODY;
    c.http.generateEtags = false;
    long upload = config.maxUploadBytes();
    c.jetty.multipartConfig.maxFileSize(upload, SizeUnit.BYTES);
    c.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, upload), SizeUnit.BYTES);
    c.jetty.multipartConfig.maxTotalRequestSize(2L * 8 * upload + (1 << 20), SizeUnit.BYTES);
    c.staticFiles.add(sf -> {
      sf.hostedPath = "/";
      sf.directory = STATIC;
      sf.location = Location.CLASSPATH;
      sf.headers = Map.of("Cache-Control", "no-cache");
    });
    c.routes.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; "
          + "style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'");
    });
    c.routes.exception(Exception.class, (e, ctx) -> {
      ApiError err = ApiError.of(e);
      if (err.status() == 503) {
        ctx.header("Retry-After", "1");
      }
      Api.json(ctx, err.status(), err);
    });
    for (int status : new int[] {400, 404, 405, 413, 415, 500}) {
      c.routes.error(status, "*", ctx -> {
        if (!Api.JSON.equals(ctx.res().getContentType()) && !isJson(ctx.result())) {
          ApiError err = new ApiError(status == 404 ? "no such page or API route: " + ctx.path()
              : "HTTP " + status, status == 404 ? WebErrorKind.NOT_FOUND.label() : "http", status);
          Api.json(ctx, status, err);
        }
      });
    }
    c.routes.get("/api/status", ctx -> Api.json(ctx, status()));
    RigRoutes.register(c.routes, rig);
    DatasetRoutes.register(c.routes, datasets);
    RunRoutes.register(c.routes, runs, datasets, predictions, config.maxUploadBytes());
  }

  private static boolean isJson(String result) {
    return result != null && result.startsWith("{\"error\"");
  }

  private Map<String, Object> status() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", Pain3dVersion.version());
    m.put("rig", rig.options().available());
    m.put("face_model", rig.options().faceModel());
    m.put("datasets", datasets.size());
    m.put("runs", runs.size());
    m.put("render_threads", config.renderThreads());
    m.put("renders_waiting", rig.waiting());
    return m;
  }

  /**
   * The port listened on (the chosen one when the config said 0).
   *
   * @return the port
   */
  public int port() {
    return app.port();
  }

  /**
   * The page's address.
   *
   * @return {@code http://HOST:PORT/}
   */
  public String url() {
    String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
    return "http://" + host + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
    rig.close();
    predictions.close();
    datasets.close();
  }
}
