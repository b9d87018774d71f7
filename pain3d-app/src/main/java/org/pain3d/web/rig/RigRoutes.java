package org.pain3d.web.rig;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.concurrent.CompletableFuture;
import org.pain3d.web.Api;
import org.pain3d.web.WebErrorKind;
import org.pain3d.web.WebException;

/**
 * The rig's routes (docs/serve.md):
 *
 * <ul>
 *   <li>{@code GET /api/rig/options}: {@link RigOptions};
 *   <li>{@code POST /api/rig/render}: body {@link RigRequest}, answer {@link RigFrame};
 *   <li>{@code GET /api/rig/sample?pspi=K&seed=S}: an exact pain-AU configuration;
 *   <li>{@code POST /api/rig/export/png?image=pain|neutral|heatmap|overlay|sheet},
 *       {@code /export/obj}, {@code /export/json}: body {@link RigRequest}, a download.
 * </ul>
 */
public final class RigRoutes {
  private RigRoutes() {}

  /**
   * Registers the routes.
   *
   * @param routes the server's routes
   * @param rig the rig
   */
  public static void register(RoutesConfig routes, RigService rig) {
    routes.get("/api/rig/options", ctx -> Api.json(ctx, rig.options()));
    routes.post("/api/rig/render", ctx -> {
      RigRequest req = Api.body(ctx, RigRequest.class);
      CompletableFuture<RigFrame> f = rig.render(req);
      ctx.future(() -> f.thenAccept(frame -> {
        ctx.header("X-Render-Ms", Double.toString(frame.timingMs().get("total")));
        Api.json(ctx, frame);
      }));
    });
    routes.get("/api/rig/sample", ctx -> Api.json(ctx, RigService.sample(
        Api.intParam("pspi", required(ctx, "pspi"), 0, 0, 16),
        Api.longParam("seed", ctx.queryParam("seed"), 0))));
    routes.post("/api/rig/export/{format}", ctx -> export(ctx, rig));
  }

  private static void export(Context ctx, RigService rig) throws Exception {
    String format = ctx.pathParam("format");
    RigRequest req = Api.body(ctx, RigRequest.class);
    CompletableFuture<byte[]> f;
    String type;
    switch (format) {
      case "png" -> {
        f = rig.png(req, ctx.queryParam("image"));
        type = "image/png";
      }
      case "obj" -> {
        f = rig.obj(req);
        type = "text/plain; charset=utf-8";
      }
      case "json" -> {
        f = rig.annotation(req);
        type = Api.JSON;
      }
      default -> throw new WebException(WebErrorKind.NOT_FOUND,
          "no export '" + format + "' (expected png, obj or json)");
    }
    String name = RigService.fileName(req, format);
    ctx.future(() -> f.thenAccept(bytes -> Api.download(ctx, bytes, type, name)));
  }

  private static String required(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("query parameter '" + name + "' is required");
    }
    return v;
  }
}
