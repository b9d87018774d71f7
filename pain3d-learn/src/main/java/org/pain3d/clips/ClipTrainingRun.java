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
import org.pain3d.tensor.Safetensors;
import org.pain3d.train.DataProvenance;
import org.pain3d.train.DiskTokenStore;
import org.pain3d.train.EpochRecord;
import org.pain3d.train.RunFiles;
import org.pain3d.train.TokenCache;
import org.pain3d.train.TrainConfig;
import org.pain3d.train.TrainListener;
import org.pain3d.vitpain.TemporalHeads;
import org.pain3d.vitpain.VitPainModel;

/**
 * Training the temporal model on a clip dataset as a service (what {@code pain3d train} runs on
 * a clip dataset). {@link #prepare} reads and checks the data ({@link ClipData}) and writes
 * nothing; {@link #run} takes the run folder's lock, computes every used frame's tokens with the
 * frozen backbone into {@code token-cache/} ({@link FrameTokens}; a video that does not decode
 * stops the run here, exit 3, with only the cache written), writes {@code train.json}, {@code
 * provenance.json} and {@code temporal.json} (the model), trains ({@link ClipTrainer}:
 * train split, best epoch by validation loss), then evaluates the best weights on every split:
 * {@code eval.json} ({@link ClipMetrics} per split), {@code preds.csv} (per frame) and {@code
 * clip-preds.csv} (per clip). A clip run does not resume: a folder that already holds one is
 * refused ({@link ErrorKind#USAGE}).
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
    if (Files.exists(out.resolve(CONFIG))) {
      throw new Pain3dException(ErrorKind.USAGE, out + " already holds a clip run (clip training"
          + " does not resume); use a new --out folder");
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
   * @param epochs one record per epoch
   * @param eval metrics of the best weights per split ({@code train}, {@code val}, {@code test})
   */
  public record Report(List<EpochRecord> epochs, Map<String, ClipMetrics> eval) {
    /** @return the best epoch (1-based) */
    public int bestEpoch() {
      return epochs.stream().filter(EpochRecord::best).mapToInt(EpochRecord::epoch).max()
          .orElse(0);
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
      return run(backbone, m, tokensDone, listener);
    }
  }

  /** {@link #run(IntConsumer, TrainListener)} once the backbone loaded (before anything is written). */
  private Report run(VitPainModel backbone, NDManager m, IntConsumer tokensDone,
      TrainListener listener) throws IOException {
    try (FolderLock lock = FolderLock.acquire(out.resolve(RunFiles.LOCK), "pain3d train");
        DiskTokenStore store = DiskTokenStore.open(out.resolve(RunFiles.TOKENS),
            TokenCache.fingerprint(config.backboneConfig(), "clip frames of " + (
                data.provenance().manifestSha256() != null ? "dataset manifest "
                    + data.provenance().manifestSha256() : data.provenance().root())))) {
      TemporalRunConfig cfg = config.withTemporal(
          config.temporal().withDim(backbone.heads().config().dim()));
      FrameTokens tokens = new FrameTokens(backbone, store, decoder);
      List<ClipSample> all = new ArrayList<>();
      data.bySplit().values().forEach(all::addAll);
      tokens.ensure(all, m, tokensDone);
      writeConfigs(cfg);
      TemporalHeads heads = new TemporalHeads(cfg.temporal());
      heads.initialize(m);
      ClipTrainer trainer = new ClipTrainer(heads, train, cfg.clipWeight(), tokens, m);
      List<EpochRecord> epochs = trainer.fit(data.split(Split.TRAIN), data.split(Split.VAL), out,
          listener);
      Path best = out.resolve(RunFiles.BEST + ClipTrainer.WEIGHTS);
      heads.load(Safetensors.read(best).tensors(), best.toString());
      return new Report(epochs, evaluate(trainer));
    }
  }

  /**
   * Writes {@code temporal.json}, {@code train.json} and {@code provenance.json} once every
   * frame's tokens are ready (a video that fails to decode leaves only the token cache, and the
   * same command can run again); files of a run killed before its configs were written are
   * removed first.
   */
  private void writeConfigs(TemporalRunConfig cfg) throws IOException {
    for (String stale : List.of(RunFiles.METRICS, RunFiles.LAST + ClipTrainer.WEIGHTS,
        RunFiles.BEST + ClipTrainer.WEIGHTS)) {
      Files.deleteIfExists(out.resolve(stale));
    }
    RunFiles.write(out.resolve(RunFiles.TRAIN), train);
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("data", data.provenance());
    provenance.put("model", cfg);
    provenance.put("training", train);
    RunFiles.write(out.resolve(RunFiles.PROVENANCE), provenance);
    RunFiles.write(out.resolve(CONFIG), cfg);
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
