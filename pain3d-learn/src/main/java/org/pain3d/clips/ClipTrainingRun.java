package org.pain3d.clips;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.pain3d.dataset.Split;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
import org.pain3d.io.AtomicFiles;
import org.pain3d.io.FolderLock;
import org.pain3d.train.Checkpoints;
import org.pain3d.train.DiskTokenStore;
import org.pain3d.train.RunFiles;
import org.pain3d.train.RunProvenance;
import org.pain3d.train.TokenCache;
import org.pain3d.train.TrainConfig;
import org.pain3d.train.TrainListener;
import org.pain3d.train.TrainResult;
import org.pain3d.vitpain.TemporalHeads;
import org.pain3d.vitpain.VitPainModel;

/**
 * Training the temporal model on a clip dataset as a service (what {@code pain3d train} runs on
 * a clip dataset). {@link #prepare} reads and checks the data ({@link ClipData}) and writes
 * nothing; {@link #run} takes the run folder's lock, computes every used frame's tokens with the
 * frozen backbone into {@code token-cache/} ({@link FrameTokens}; a video that does not decode
 * stops the run here, exit 3, with only the cache written), writes {@code train.json}, {@code
 * provenance.json} and {@code temporal.json} (the model), trains ({@link ClipTrainer}:
 * train split, best epoch by validation loss, every epoch committed as a generation), then
 * evaluates the best weights on every split: {@code eval.json} ({@link ClipMetrics} per split),
 * {@code preds.csv} (per frame) and {@code clip-preds.csv} (per clip). Like an image run, a clip
 * run resumes: the same command on a folder of the same configs and data continues after its
 * last intact committed epoch (a finished run trains nothing and is evaluated again); a folder
 * of other configs or data, or of an image run, is refused ({@link
 * org.pain3d.train.RunFormatException}) before the tokens are computed; a clip run of an earlier
 * version (no {@code state.json}) cannot resume and is refused ({@link ErrorKind#USAGE}).
 */
public final class ClipTrainingRun {
  /** The model file of a clip run. */
  public static final String CONFIG = "temporal.json";

  private final TemporalRunConfig config;
  private final TrainConfig train;
  private final Path out;
  private final ClipData data;
  private final VideoFrames decoder;

  private ClipTrainingRun(TemporalRunConfig config, TrainConfig train, Path out, ClipData data,
      VideoFrames decoder) {
    this.config = config;
    this.train = train;
    this.out = out;
    this.data = data;
    this.decoder = decoder;
  }

  /**
   * Reads and checks the clip dataset; writes nothing.
   *
   * @param dataset the dataset root
   * @param config the model (its position table is sized to the data's clips)
   * @param train epochs, batch (clips), lr, seed ({@code lambdaAu}, sampling weights and
   *     augmentation do not apply)
   * @param out the run folder
   * @param decoder decodes the videos
   * @return the prepared run
   * @throws IOException when the data cannot be read
   */
  public static ClipTrainingRun prepare(Path dataset, TemporalRunConfig config, TrainConfig train,
      Path out, VideoFrames decoder) throws IOException {
    if (Files.exists(out.resolve(CONFIG)) && !Files.exists(out.resolve(RunFiles.STATE))
        && Files.exists(out.resolve(RunFiles.BEST + TemporalWeights.FILE))) {
      throw new Pain3dException(ErrorKind.USAGE, out + " holds a clip run of an earlier pain3d"
          + " that did not record its progress (no state.json), so it cannot resume; use a new"
          + " --out folder");
    }
    ClipData data = ClipData.read(dataset, config.frameStride());
    TemporalRunConfig sized = config.withTemporal(
        config.temporal().withMaxFrames(data.framesPerClip()));
    return new ClipTrainingRun(sized, train, out, data, decoder);
  }

  /** @return the data */
  public ClipData data() {
    return data;
  }

  /** @return the model config with the position table sized to the data */
  public TemporalRunConfig config() {
    return config;
  }

  /**
   * The run's outcome.
   *
   * @param result the training (its history: the epochs run in this call; empty for a finished
   *     run)
   * @param eval metrics of the best weights per split ({@code train}, {@code val}, {@code test})
   */
  public record Report(TrainResult result, Map<String, ClipMetrics> eval) {
    /** @return the best epoch (1-based) */
    public int bestEpoch() {
      return result.bestEpoch();
    }
  }

  /**
   * Loads the frozen backbone (a backbone that does not load stops the run before anything is
   * written), then computes the tokens, trains, evaluates and writes the run, holding the
   * folder's lock.
   *
   * @param tokensDone told the number of clips whose tokens are ready, after each
   * @param listener training progress
   * @return the outcome
   * @throws IOException on I/O errors
   */
  public Report run(IntConsumer tokensDone, TrainListener listener) throws IOException {
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel backbone = VitPainModel.create(config.backboneConfig(), m);
      TemporalRunConfig cfg = config.withTemporal(
          config.temporal().withDim(backbone.heads().config().dim()));
      RunFiles.checkSameRun(out, CONFIG, cfg, train, RunProvenance.of(data.provenance(), cfg,
          train));
      return run(backbone, cfg, m, tokensDone, listener);
    }
  }

  /**
   * {@link #run(IntConsumer, TrainListener)} once the backbone loaded and the folder was checked
   * (before anything is written).
   */
  private Report run(VitPainModel backbone, TemporalRunConfig cfg, NDManager m,
      IntConsumer tokensDone, TrainListener listener) throws IOException {
    try (FolderLock lock = FolderLock.acquire(out.resolve(RunFiles.LOCK), "pain3d train");
        DiskTokenStore store = DiskTokenStore.open(out.resolve(RunFiles.TOKENS),
            TokenCache.fingerprint(config.backboneConfig(), "clip frames of " + (
                data.provenance().manifestSha256() != null ? "dataset manifest "
                    + data.provenance().manifestSha256() : data.provenance().root())))) {
      FrameTokens tokens = new FrameTokens(backbone, store, decoder);
      List<ClipSample> all = new ArrayList<>();
      data.bySplit().values().forEach(all::addAll);
      tokens.ensure(all, m, tokensDone);
      TemporalHeads heads = new TemporalHeads(cfg.temporal());
      heads.initialize(m);
      ClipTrainer trainer = new ClipTrainer(heads, cfg, train, tokens, m);
      TrainResult r = trainer.fit(data.split(Split.TRAIN), data.split(Split.VAL), out,
          data.provenance(), listener);
      Checkpoints.verify(out, RunFiles.BEST);
      new TemporalWeights(heads, cfg).load(out, RunFiles.BEST);
      return new Report(r, evaluate(trainer));
    }
  }

  private Map<String, ClipMetrics> evaluate(ClipTrainer trainer) throws IOException {
    Map<String, ClipMetrics> eval = new LinkedHashMap<>();
    StringBuilder frames = new StringBuilder("split,base,frame,pspi_true,pspi_pred\n");
    StringBuilder clips = new StringBuilder(
        "split,base,pain_true,apex_pspi,pain_probability,max_pspi_pred\n");
    for (Split s : Split.values()) {
      if (data.split(s).isEmpty()) {
        continue;
      }
      String name = s.name().toLowerCase(Locale.ROOT);
      List<ClipPrediction> preds = trainer.evaluate(data.split(s)).predictions();
      eval.put(name, ClipMetrics.of(preds));
      for (ClipPrediction p : preds) {
        ClipSample c = p.clip();
        for (int f = 0; f < c.frames().length; f++) {
          frames.append(String.format(Locale.ROOT, "%s,%s,%d,%.4f,%.4f%n", name, c.base(),
              c.frames()[f], c.pspi()[f], p.pspi()[f]));
        }
        clips.append(String.format(Locale.ROOT, "%s,%s,%d,%.4f,%.6f,%.4f%n", name, c.base(),
            c.pain() ? 1 : 0, c.apexPspi(), p.painProbability(), p.maxPspi()));
      }
    }
    AtomicFiles.write(out.resolve("preds.csv"), frames.toString()
        .getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(out.resolve("clip-preds.csv"), clips.toString()
        .getBytes(StandardCharsets.UTF_8));
    RunFiles.write(out.resolve("eval.json"), eval);
    return eval;
  }
}
