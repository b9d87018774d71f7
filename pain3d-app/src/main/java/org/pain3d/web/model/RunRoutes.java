package org.pain3d.web.model;

import io.javalin.config.RoutesConfig;
import org.pain3d.web.Api;
import org.pain3d.web.data.DatasetCatalog;

/**
 * The model view's routes (docs/serve.md): {@code GET /api/runs}, {@code /api/runs/{id}}
 * (configs, evaluation, weights), {@code /metrics} (metrics.jsonl as a JSON array), {@code
 * /file?path=report.png}, and {@code POST /api/runs/{id}/predict} ({@link PredictionInputs}).
 */
public final class RunRoutes {
  private RunRoutes() {}

  /**
   * Registers the routes.
   *
   * @param routes the server's routes
   * @param runs the runs
   * @param datasets the datasets (for picked images)
   * @param predictions the prediction worker
   * @param maxUploadBytes the largest image, bytes
   */
  public static void register(RoutesConfig routes, RunCatalog runs, DatasetCatalog datasets,
      PredictionService predictions, long maxUploadBytes) {
    routes.get("/api/runs", ctx -> Api.json(ctx, runs.all().stream().map(r -> java.util.Map.of(
        "id", r.id, "name", r.name(), "path", r.folder.root().toString())).toList()));
    routes.get("/api/runs/{id}", ctx -> Api.json(ctx, runs.get(ctx.pathParam("id")).overview()));
    routes.get("/api/runs/{id}/metrics", ctx -> Api.json(ctx, runs.get(ctx.pathParam("id")).metrics()));
    routes.get("/api/runs/{id}/file", ctx -> Api.file(ctx, runs.get(ctx.pathParam("id")).folder));
    routes.post("/api/runs/{id}/predict", ctx -> {
      OpenedRun r = runs.get(ctx.pathParam("id"));
      PredictionInputs in = PredictionInputs.read(ctx, datasets, maxUploadBytes);
      ctx.future(() -> predictions.predict(r, in.neutrals(), in.frames()).thenAccept(j -> Api.json(ctx, j)));
    });
  }
}
