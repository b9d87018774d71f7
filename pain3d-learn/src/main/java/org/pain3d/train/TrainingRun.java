package org.pain3d.train;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.eval.CrossValidationReport;
import org.pain3d.eval.FoldPart;
import org.pain3d.eval.SamplePrediction;
import org.pain3d.io.FolderLock;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.vitpain.VitPainModel;

/**
 * Training on a dataset in the 3DPain layout as a service (what {@code pain3d train} runs):
 * {@link #prepare} reads and checks the dataset ({@link TrainingData}) and writes nothing; {@link
 * #run} takes the run folder's lock ({@link RunFiles#LOCK}: a second writer gets {@link
 * org.pain3d.error.ErrorKind#BUSY}), trains (or resumes) with {@link VitPainTrainer} (train
 * split; best epoch on the val split; without a split file every image trains and the last
 * epoch is the best), records the data's provenance ({@link DataProvenance}: the dataset
 * manifest's hash and seed), then evaluates the best weights on train, val and test ({@code
 * eval.json}) and writes the cross-validation protocol's files for the test split ({@code
 * preds.csv}, {@code report.*}, {@link PredictionReport}). In frozen mode the backbone tokens are
 * kept in {@code token-cache/}.
 */
public final class TrainingRun {
  /** Region agreement of the test split ({@link RegionScores}). */
  public static final String REGION = "region.json";

  private final VitPainConfig model;
  private final TrainConfig train;
  private final Path out;
  private final TrainingData data;

  private TrainingRun(VitPainConfig model, TrainConfig train, Path out, TrainingData data) {
    this.model = model;
    this.train = train;
    this.out = out;
    this.data = data;
  }

  /**
   * Reads the dataset and its manifest and checks every image; writes nothing.
   *
   * @param dataset the dataset root (3DPain layout)
   * @param model the model config
   * @param train the training config
   * @param out the run folder
   * @return the prepared run
   * @throws org.pain3d.pairs.ImageDataException naming a missing or unusable image
   * @throws IOException when the dataset cannot be read
   */
  public static TrainingRun prepare(Path dataset, VitPainConfig model, TrainConfig train,
      Path out) throws IOException {
    DistillConfig d = train.distill();
    VitPainConfig m = d != null && d.teacher() != null
        ? TeacherRun.fit(Path.of(d.teacher()), model, d) : model;
    if (d != null && d.region() > 0 && !m.aux().region()) {
      throw new IllegalArgumentException("a region loss weight needs the region head");
    }
    if (d != null && d.spatial() && train.augment() != PairAugmentation.OFF && !m.frozen()) {
      throw new IllegalArgumentException("the region head and feature or attention distillation"
          + " compare the patch grid with the unaugmented heatmap and teacher; --augment "
          + train.augment().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
          + " flips or warps the images: use --augment off");
    }
    return new TrainingRun(m, train, out, TrainingData.read(dataset, m.imageSize(), m.input()));
  }

  /** @return the model config the run trains (with the projector width a teacher implies) */
  public VitPainConfig model() {
    return model;
  }

  /** @return training images (pain images of the train split, or every one without a split) */
  public int trainImages() {
    return data.train().size();
  }

  /** @return validation images (0 without a split file) */
  public int validationImages() {
    return data.val() == null ? 0 : data.val().size();
  }

  /** @return whether the dataset has a split file (otherwise every image trains) */
  public boolean hasSplit() {
    return data.val() != null;
  }

  /** @return where the data came from */
  public DataProvenance data() {
    return data.provenance();
  }

  /**
   * Trains (or resumes), then evaluates and reports, holding the run folder's lock.
   *
   * @param listener progress
   * @return the outcome
   * @throws org.pain3d.error.Pain3dException {@link org.pain3d.error.ErrorKind#BUSY} when
   *     another process writes the run folder
   * @throws IOException on I/O errors
   */
  public TrainingReport run(TrainListener listener) throws IOException {
    try (FolderLock lock = FolderLock.acquire(out.resolve(RunFiles.LOCK), "pain3d train");
        NDManager m = NDManager.newBaseManager();
        DiskTokenStore tokens = model.frozen() ? DiskTokenStore.open(out.resolve(RunFiles.TOKENS),
            TokenCache.fingerprint(model, "3DPain " + data.provenance().root())) : null) {
      VitPainModel vp = VitPainModel.create(model, m);
      VitPainTrainer trainer = new VitPainTrainer(vp, train, m, false,
          tokens == null ? new InMemoryTokenStore() : tokens, distillation(vp, m));
      TrainResult r = trainer.fit(data.train(), data.val(), out, data.provenance(), listener);
      Checkpoints.verify(out, RunFiles.BEST);
      vp.load(out, RunFiles.BEST);
      Predictor p = new Predictor(trainer.forward(), m, train.batch());
      Map<String, PspiMetrics> eval = new LinkedHashMap<>();
      List<PairPrediction> trainPred = p.predict(data.train(), 1, train.seed());
      eval.put("train", PspiMetrics.of(data.train(), trainPred));
      CrossValidationReport report = null;
      RegionScores region = null;
      if (data.test() != null) {
        eval.put("val", PspiMetrics.of(data.val(), p.predict(data.val(), 1, train.seed())));
        if (data.test().size() > 0) {
          List<PairPrediction> testPred = p.predict(data.test(), 1, train.seed());
          eval.put("test", PspiMetrics.of(data.test(), testPred));
          List<SamplePrediction> rows = new ArrayList<>(
              PredictionReport.rows(1, FoldPart.TRAIN, data.train(), trainPred));
          rows.addAll(PredictionReport.rows(1, FoldPart.TEST, data.test(), testPred));
          report = PredictionReport.write(out, rows, train.seed());
          region = RegionScores.of(data.test(), testPred, model.imageSize());
          if (region != null) {
            RunFiles.write(out.resolve(REGION), region);
          }
        }
      }
      RunFiles.write(out.resolve("eval.json"), eval);
      return new TrainingReport(r, eval, report, region);
    }
  }

  /** The student's extra terms, with the teacher's outputs cached on the heap. */
  private Distillation distillation(VitPainModel student, NDManager m) throws IOException {
    DistillConfig d = train.distill();
    if (d == null || !d.any()) {
      return null;
    }
    TeacherCache teacher = d.teacher() == null ? null
        : new TeacherCache(TeacherRun.load(Path.of(d.teacher()), m), new InMemoryTokenStore());
    return new Distillation(d, teacher, student);
  }
}
