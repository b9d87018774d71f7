package org.pain3d.web.data;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.web.Api;

/**
 * The dataset browser's routes (docs/serve.md): {@code GET /api/datasets}, {@code
 * /api/datasets/{id}} (counts, views, facets), {@code /samples} (filtered, paged), {@code
 * /sets/{base}} (detail), {@code /inspect?checksums=false}, {@code /file?path=REL} and {@code
 * /thumb?path=REL&size=160}.
 */
public final class DatasetRoutes {
  /** Samples per page at most. */
  static final int MAX_LIMIT = 500;

  private DatasetRoutes() {}

  /**
   * Registers the routes.
   *
   * @param routes the server's routes
   * @param catalog the datasets
   */
  public static void register(RoutesConfig routes, DatasetCatalog catalog) {
    routes.get("/api/datasets", ctx -> Api.json(ctx, catalog.all().stream().map(DatasetRoutes::head).toList()));
    routes.get("/api/datasets/{id}", ctx -> overview(ctx, catalog.get(ctx.pathParam("id"))));
    routes.get("/api/datasets/{id}/samples", ctx -> samples(ctx, catalog.get(ctx.pathParam("id"))));
    routes.get("/api/datasets/{id}/sets/{base}", ctx -> {
      OpenedDataset d = catalog.get(ctx.pathParam("id"));
      Api.json(ctx, PainSetDetail.of(d.browse(), d.folder, ctx.pathParam("base")));
    });
    routes.get("/api/datasets/{id}/inspect", ctx -> {
      OpenedDataset d = catalog.get(ctx.pathParam("id"));
      boolean checksums = Api.boolParam("checksums", ctx.queryParam("checksums"), false);
      ctx.future(() -> d.inspect(checksums, catalog.background())
          .thenAccept(r -> Api.json(ctx, InspectionView.of(r, checksums))));
    });
    routes.get("/api/datasets/{id}/file", ctx -> Api.file(ctx, catalog.get(ctx.pathParam("id")).folder));
    routes.get("/api/datasets/{id}/thumb", ctx -> {
      OpenedDataset d = catalog.get(ctx.pathParam("id"));
      int side = Api.intParam("size", ctx.queryParam("size"), 160, 32, 512);
      String rel = ctx.queryParam("path");
      Path file = d.folder.resolve(rel);
      ctx.contentType("image/jpeg").header("Cache-Control", "max-age=300")
          .result(catalog.thumbnails().get(file, side));
    });
  }

  private static Map<String, Object> head(OpenedDataset d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id);
    m.put("name", d.folder.root().getFileName() == null ? d.folder.root().toString()
        : d.folder.root().getFileName().toString());
    m.put("path", d.folder.root().toString());
    m.put("loaded", d.loaded());
    return m;
  }

  private static void overview(Context ctx, OpenedDataset d) throws Exception {
    DatasetBrowse b = d.browse();
    Map<String, Object> m = head(d);
    m.put("layout", b.layout.name().toLowerCase(java.util.Locale.ROOT));
    long pain = b.samples.stream().filter(s -> s.kind().equals("pain")).count();
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("images", b.samples.size());
    counts.put("pain_images", pain);
    counts.put("neutral_images", b.samples.size() - pain);
    counts.put("pain_sets", b.annotations.size());
    counts.put("subjects", b.samplesBySubject.size());
    m.put("counts", counts);
    m.put("views", b.views);
    m.put("facets", b.facets);
    Api.json(ctx, m);
  }

  private static void samples(Context ctx, OpenedDataset d) throws Exception {
    SampleFilter filter = SampleFilter.parse(ctx.queryParamMap());
    int offset = Api.intParam("offset", ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE);
    int limit = Api.intParam("limit", ctx.queryParam("limit"), 60, 1, MAX_LIMIT);
    List<SampleView> hits = d.browse().samples.stream().filter(filter.predicate()).toList();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", hits.size());
    m.put("offset", offset);
    m.put("limit", limit);
    m.put("samples", hits.subList(Math.min(offset, hits.size()), Math.min(hits.size(), offset + limit)));
    Api.json(ctx, m);
  }
}
