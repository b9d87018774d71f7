package org.pain3d.web.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.pain3d.app.LoadedRun;
import org.pain3d.app.PredictionJson;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
import org.pain3d.pairs.FramedImages;
import org.pain3d.train.PairPrediction;
import org.pain3d.train.RunFiles;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.web.WebErrorKind;
import org.pain3d.web.WebException;

/**
 * Predictions with a run's model on one background thread behind a small bounded queue. The
 * last model used stays loaded (one at a time: models are large) until another run, other
 * weights or newer weight files are asked for.
 */
public final class PredictionService implements AutoCloseable {
  private final ThreadPoolExecutor executor;
  /** Touched on the executor's thread only. */
  private LoadedRun loaded;
  private long loadedStamp;

  /** @param capacity predictions waiting at most */
  public PredictionService(int capacity) {
    executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(capacity), r -> {
      Thread t = new Thread(r, "pain3d-predict");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Scores frames of one person against their neutral references.
   *
   * @param run the run
   * @param neutrals the references (square, face-framed)
   * @param frames the frames (same)
   * @return the answer ({@link PredictionJson}, plus {@code weights}, {@code explanation}
   *     (null until the model has an explanation head) and {@code ms})
   */
  CompletableFuture<ObjectNode> predict(OpenedRun run, List<NamedImage> neutrals, List<NamedImage> frames) {
    try {
      return CompletableFuture.supplyAsync(() -> {
        try {
          return run(run, neutrals, frames);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }, executor);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(new WebException(WebErrorKind.OVERLOADED,
          "the prediction queue is full; retry shortly"));
    }
  }

  private ObjectNode run(OpenedRun run, List<NamedImage> neutrals, List<NamedImage> frames) throws IOException {
    long t0 = System.nanoTime();
    LoadedRun model = load(run);
    int size = model.config().imageSize();
    List<float[]> n = new ArrayList<>();
    neutrals.forEach(i -> n.add(tensor(i, size)));
    List<float[]> f = new ArrayList<>();
    frames.forEach(i -> f.add(tensor(i, size)));
    List<PairPrediction> preds = model.predict(n, f);
    ObjectNode out = PredictionJson.of(run.name(), model.config(), neutrals.size(),
        frames.stream().map(NamedImage::name).toList(), preds);
    out.put("weights", model.prefix().replace("-", ""));
    out.putNull("explanation");
    out.put("ms", Math.round((System.nanoTime() - t0) / 1e5) / 10.0);
    return out;
  }

  private LoadedRun load(OpenedRun run) throws IOException {
    String prefix = run.weightsPrefix();
    if (prefix == null) {
      throw new Pain3dException(ErrorKind.BAD_INPUT, "run " + run.name()
          + " has no weights (best-*.safetensors or last-*.safetensors); has it trained an epoch?");
    }
    Path root = run.folder.root();
    long stamp = run.weightsStamp(prefix);
    if (loaded != null && loaded.run().equals(root) && loaded.prefix().equals(prefix) && loadedStamp == stamp) {
      return loaded;
    }
    if (loaded != null) {
      loaded.close();
      loaded = null;
    }
    VitPainConfig cfg = RunFiles.modelConfig(root);
    loaded = LoadedRun.open(root, cfg, prefix);
    loadedStamp = stamp;
    return loaded;
  }

  private static float[] tensor(NamedImage img, int size) {
    int w = img.image().getWidth();
    int h = img.image().getHeight();
    if (w != h) {
      throw new Pain3dException(ErrorKind.BAD_INPUT, img.name() + ": image is " + w + " x " + h
          + " px; expected a square, face-framed image (e.g. 224 x 224)");
    }
    if (w < 16) {
      throw new Pain3dException(ErrorKind.BAD_INPUT, img.name() + ": image is " + w + " px; at least 16 px needed");
    }
    return FramedImages.toTensor(img.image(), size);
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (loaded != null) {
      loaded.close();
      loaded = null;
    }
  }
}
