package org.pain3d.app;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pain3d.pairs.ImageRef;
import org.pain3d.train.Checkpoints;
import org.pain3d.train.PairForward;
import org.pain3d.train.PairPrediction;
import org.pain3d.train.Predictor;
import org.pain3d.train.RunFiles;
import org.pain3d.vitpain.AuthorsCheckpoint;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.vitpain.VitPainModel;

/**
 * A run's model loaded for inference, as {@code pain3d predict} and {@code pain3d serve} use
 * it: the run's config, its weights ({@code best-} or {@code last-}), and multi-shot
 * prediction that scores each frame against every neutral reference and averages
 * ({@link Predictor}). Not thread-safe; close it to free the native memory.
 */
public final class LoadedRun implements AutoCloseable {
  private final Path run;
  private final VitPainConfig config;
  private final String prefix;
  private final NDManager manager;
  private final Predictor predictor;

  private LoadedRun(Path run, VitPainConfig config, String prefix, NDManager manager, Predictor predictor) {
    this.run = run;
    this.config = config;
    this.prefix = prefix;
    this.manager = manager;
    this.predictor = predictor;
  }

  /**
   * Loads a run's model.
   *
   * @param run the run folder
   * @param config its model config ({@link RunFiles#modelConfig})
   * @param prefix {@link RunFiles#BEST} or {@link RunFiles#LAST}
   * @return the loaded model
   * @throws IOException when the weights are missing or unreadable
   */
  public static LoadedRun open(Path run, VitPainConfig config, String prefix) throws IOException {
    NDManager m = NDManager.newBaseManager();
    try {
      VitPainModel vp = VitPainModel.create(config, m);
      Checkpoints.verify(run, prefix);
      vp.load(run, prefix);
      return new LoadedRun(run, config, prefix, m, new Predictor(new PairForward(vp, null), m, 16));
    } catch (IOException | RuntimeException e) {
      m.close();
      throw e;
    }
  }

  /**
   * Loads the ViTPain authors' checkpoint (their forward, {@link AuthorsCheckpoint}).
   *
   * @param ckpt the {@code .ckpt} file
   * @param options backbone file, architecture, image size
   * @return the loaded model ({@link #prefix()} is empty)
   * @throws IOException when a file cannot be read
   */
  public static LoadedRun ofCheckpoint(Path ckpt, AuthorsCheckpoint.ImportOptions options)
      throws IOException {
    AuthorsCheckpoint c = AuthorsCheckpoint.read(ckpt);
    NDManager m = NDManager.newBaseManager();
    try {
      VitPainModel vp = c.build(options, m);
      return new LoadedRun(ckpt, vp.config(), "", m,
          new Predictor(new PairForward(vp, null), m, 16));
    } catch (IOException | RuntimeException e) {
      m.close();
      throw e;
    }
  }

  /** @return the run folder */
  public Path run() {
    return run;
  }

  /** @return the model config */
  public VitPainConfig config() {
    return config;
  }

  /** @return the weights' prefix ({@code best-} or {@code last-}) */
  public String prefix() {
    return prefix;
  }

  /**
   * Scores frames of one person against all of their neutral references.
   *
   * @param neutrals the references, each {@code 3 x size x size} CHW, normalised ({@link
   *     org.pain3d.pairs.FramedImages})
   * @param frames the frames, same layout
   * @return one prediction per frame, averaged over the references
   */
  public List<PairPrediction> predict(List<float[]> neutrals, List<float[]> frames) {
    List<ImageRef> refs = new ArrayList<>();
    for (int i = 0; i < neutrals.size(); i++) {
      float[] px = neutrals.get(i);
      refs.add(new ImageRef("neutral:" + i, () -> px));
    }
    List<ImageRef> pain = new ArrayList<>();
    List<List<ImageRef>> perFrame = new ArrayList<>();
    for (int i = 0; i < frames.size(); i++) {
      float[] px = frames.get(i);
      pain.add(new ImageRef("frame:" + i, () -> px));
      perFrame.add(refs);
    }
    return predictor.predictBatch(pain, perFrame, refs.size());
  }

  @Override
  public void close() {
    manager.close();
  }
}
