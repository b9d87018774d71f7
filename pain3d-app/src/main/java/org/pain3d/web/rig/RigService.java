package org.pain3d.web.rig;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.pain3d.au.ActionUnit;
import org.pain3d.au.AuIntensities;
import org.pain3d.au.PainSampler;
import org.pain3d.face.FaceModel;
import org.pain3d.pspi.Pspi;
import org.pain3d.web.WebErrorKind;
import org.pain3d.web.WebException;

/**
 * The rig behind the routes: renders and exports on the {@link RenderQueue}'s workers with
 * stages from the {@link ScenePool}, and samples exact PSPI configurations. Holds no state of
 * any client: every request carries the whole rig (identity, AUs, view), so concurrent users
 * never see each other's faces.
 */
public final class RigService implements AutoCloseable {
  private final FaceModel model;
  private final RenderQueue queue;
  private final ScenePool pool;
  private final RigRenderer renderer;
  private final RigExports exports;
  private final RigOptions options;

  /**
   * @param model the face model, or null (then every render answers 503)
   * @param threads render workers
   * @param capacity renders waiting at most
   */
  public RigService(FaceModel model, int threads, int capacity) {
    this.model = model;
    this.queue = new RenderQueue(threads, capacity, "pain3d-render");
    this.pool = model == null ? null : new ScenePool(model, threads + 2);
    this.renderer = model == null ? null : new RigRenderer(model);
    this.exports = model == null ? null : new RigExports(model, renderer);
    this.options = RigOptions.of(model);
  }

  /** @return what the rig offers */
  public RigOptions options() {
    return options;
  }

  /**
   * Renders a request (coalesced by its client key).
   *
   * @param req the request
   * @return the answer
   */
  public CompletableFuture<RigFrame> render(RigRequest req) {
    long arrived = System.nanoTime();
    return onStage(req.client(), req, stage -> {
      long started = System.nanoTime();
      return RigFrame.of(renderer.render(stage, req, req.imageSet()), started - arrived);
    });
  }

  /**
   * A PNG of the request.
   *
   * @param req the request
   * @param image {@code pain} (default), {@code neutral}, {@code heatmap}, {@code overlay} or
   *     {@code sheet}
   * @return the file's bytes
   */
  public CompletableFuture<byte[]> png(RigRequest req, String image) {
    RigExports.PngKind kind = RigExports.PngKind.parse(image);
    return onStage(null, req, stage -> exports.png(stage, req, kind));
  }

  /**
   * The mesh of the request as OBJ.
   *
   * @param req the request
   * @return the file's bytes
   */
  public CompletableFuture<byte[]> obj(RigRequest req) {
    return onStage(null, req, stage -> exports.obj(stage, req));
  }

  /**
   * The annotation JSON of the request.
   *
   * @param req the request
   * @return the file's bytes
   */
  public CompletableFuture<byte[]> annotation(RigRequest req) {
    return onStage(null, req, stage -> exports.annotation(stage, req));
  }

  /**
   * Draws a pain-AU configuration whose PSPI is exactly {@code pspi} ({@link PainSampler}).
   *
   * @param pspi the target, 0..16
   * @param seed the draw's seed
   * @return {@code {"pspi": k, "seed": s, "aus": {"AU4": .., "AU6": .., ...}}} with all six
   *     pain AUs
   */
  public static Map<String, Object> sample(int pspi, long seed) {
    AuIntensities aus = PainSampler.sample(Pspi.checkRange(pspi), new SplittableRandom(seed));
    Map<String, Integer> m = new LinkedHashMap<>();
    for (ActionUnit a : ActionUnit.PAIN) {
      m.put(a.name(), aus.get(a));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("pspi", aus.pspi());
    out.put("seed", seed);
    out.put("aus", m);
    return out;
  }

  /**
   * The download name of a request's file.
   *
   * @param req the request
   * @param ext the extension
   * @return the name
   */
  public static String fileName(RigRequest req, String ext) {
    return RigExports.fileName(req, ext);
  }

  /** @return renders waiting now */
  public int waiting() {
    return queue.waitingCount();
  }

  private <T> CompletableFuture<T> onStage(String client, RigRequest req, StageWork<T> work) {
    if (model == null) {
      return CompletableFuture.failedFuture(new WebException(WebErrorKind.UNAVAILABLE,
          "the rig needs a face model: start pain3d serve with --face-model PATH"));
    }
    return queue.submit(client, () -> {
      Stage stage = pool.acquire(req.size(), req.supersample(), req.identity(), req.scene());
      try {
        return work.apply(stage);
      } finally {
        pool.release(stage);
      }
    });
  }

  /** Work done on a stage, on a render worker. */
  @FunctionalInterface
  private interface StageWork<T> {
    T apply(Stage stage) throws Exception;
  }

  @Override
  public void close() {
    queue.close();
    if (pool != null) {
      pool.close();
    }
  }
}
