package org.pain3d.clips;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pain3d.dataset.DatasetDataException;
import org.pain3d.pairs.ImageDataException;
import org.pain3d.pairs.ImageRef;
import org.pain3d.train.Checkpoints;
import org.pain3d.train.InMemoryTokenStore;
import org.pain3d.train.RunFiles;
import org.pain3d.vitpain.TemporalHeads;
import org.pain3d.vitpain.TemporalOutput;
import org.pain3d.vitpain.VitPainModel;

/**
 * Scores a video with a trained temporal model: each used frame (every stride-th) is decoded,
 * resized to the model's input and goes through the frozen backbone once; the neutral
 * reference is the given image (of the video's frame size). A video longer than the model's
 * clips is scored in consecutive windows of that length (each with the same reference; a causal
 * model's context restarts at each window).
 */
public final class TemporalPredictor implements AutoCloseable {
  private final TemporalRunConfig cfg;
  private final NDManager manager;
  private final FrameTokens tokens;
  private final TemporalHeads heads;

  private TemporalPredictor(TemporalRunConfig cfg, NDManager manager, FrameTokens tokens,
      TemporalHeads heads) {
    this.cfg = cfg;
    this.manager = manager;
    this.tokens = tokens;
    this.heads = heads;
  }

  /**
   * Loads a clip run's weights.
   *
   * @param run the run folder
   * @param prefix {@code best-} or {@code last-}
   * @return the predictor (close it)
   * @throws IOException when the run cannot be read
   */
  public static TemporalPredictor load(Path run, String prefix) throws IOException {
    TemporalRunConfig cfg = RunFiles.read(run.resolve(ClipTrainingRun.CONFIG),
        TemporalRunConfig.class);
    NDManager m = NDManager.newBaseManager();
    try {
      VitPainModel backbone = VitPainModel.create(cfg.backboneConfig(), m);
      TemporalHeads heads = new TemporalHeads(cfg.temporal());
      heads.initialize(m);
      Checkpoints.verify(run, prefix);
      new TemporalWeights(heads, cfg).load(run, prefix);
      return new TemporalPredictor(cfg, m, new FrameTokens(backbone, new InMemoryTokenStore(),
          null), heads);
    } catch (IOException | RuntimeException e) {
      m.close();
      throw e;
    }
  }

  /** @return the run's model config */
  public TemporalRunConfig config() {
    return cfg;
  }

  /**
   * Scores a video.
   *
   * @param decoder decodes it
   * @param video the file
   * @param neutral the neutral reference, packed {@code 0xRRGGBB}
   * @param neutralWidth its width, pixels
   * @param neutralHeight its height, pixels
   * @param truth per video frame true PSPI, or {@code null}
   * @return the timeline
   * @throws DatasetDataException when the video cannot be decoded or its frames are not square
   * @throws ImageDataException when the reference's size differs from the video's frames
   */
  public Timeline predict(VideoFrames decoder, Path video, int[] neutral,
      int neutralWidth, int neutralHeight, double[] truth) {
    int size = cfg.imageSize();
    int stride = cfg.frameStride();
    List<float[]> pixels = new ArrayList<>();
    List<Integer> used = new ArrayList<>();
    VideoFrames.Info info;
    try {
      info = decoder.decode(video, (k, rgb, w, h) -> {
        if (w != h) {
          throw new DatasetDataException(video, "frames are " + w + "x" + h + ", expected square");
        }
        if (w != neutralWidth || h != neutralHeight) {
          throw new ImageDataException(video, "frames are " + w + "x" + h + " but the neutral"
              + " reference is " + neutralWidth + "x" + neutralHeight + "; give a reference of"
              + " the same person at the video's frame size");
        }
        if (k % stride == 0) {
          pixels.add(FrameTokens.pixels(rgb, w, size));
          used.add(k);
        }
      });
    } catch (IOException e) {
      throw new DatasetDataException(video, "cannot decode the video: " + e.getMessage(), e);
    }
    float[] refPx = FrameTokens.pixels(neutral, neutralWidth, size);
    int n = pixels.size();
    float[] pspi = new float[n];
    double prob = 0;
    int window = cfg.temporal().maxFrames();
    for (int start = 0; start < n; start += window) {
      int end = Math.min(n, start + window);
      try (NDManager sub = manager.newSubManager()) {
        List<ImageRef> refs = new ArrayList<>();
        for (int i = start; i < end; i++) {
          float[] px = pixels.get(i);
          refs.add(new ImageRef("frame:" + used.get(i), () -> px));
        }
        NDArray f = tokens.tokens(refs, sub);
        long[] s = f.getShape().getShape();
        NDArray ref = tokens.tokens(List.of(new ImageRef("neutral", () -> refPx)), sub);
        TemporalOutput o = heads.forward(f.reshape(1, s[0], s[1], s[2]),
            heads.config().reference() ? ref : null, false);
        System.arraycopy(o.pspi().toFloatArray(), 0, pspi, start, end - start);
        prob = Math.max(prob, 1 / (1 + Math.exp(-o.clipLogit().getFloat())));
      }
    }
    int[] frames = used.stream().mapToInt(Integer::intValue).toArray();
    double[] times = new double[n];
    double[] t = truth == null ? null : new double[n];
    for (int i = 0; i < n; i++) {
      times[i] = info.fps() > 0 ? frames[i] / info.fps() : frames[i];
      if (t != null) {
        t[i] = frames[i] < truth.length ? truth[frames[i]] : Double.NaN;
      }
    }
    return new Timeline(frames, times, pspi, t, prob, cfg.temporal().causal());
  }

  @Override
  public void close() {
    manager.close();
  }
}
