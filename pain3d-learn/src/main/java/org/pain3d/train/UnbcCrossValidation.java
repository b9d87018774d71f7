package org.pain3d.train;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pain3d.eval.CrossValidationReport;
import org.pain3d.eval.FoldPart;
import org.pain3d.eval.SamplePrediction;
import org.pain3d.io.FolderLock;
import org.pain3d.pairs.PairSource;
import org.pain3d.unbc.FaceCropper;
import org.pain3d.unbc.SubjectSplit;
import org.pain3d.unbc.UnbcArchive;
import org.pain3d.unbc.UnbcFolds;
import org.pain3d.unbc.UnbcFrame;
import org.pain3d.unbc.UnbcPairs;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.vitpain.VitPainModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subject-independent k-fold fine-tuning and evaluation on UNBC-McMaster (SPEC.md section 6).
 * Per fold: a fresh model (optionally started from a pretraining run), trained on the training
 * subjects minus {@code validationSubjects} held-out ones, the checkpoint selected on those
 * held-out subjects (never on the test fold), then multi-shot predictions for the training and
 * test subjects. Writes {@code fold-N/} run folders, {@code preds.csv}, {@code report.json},
 * {@code report.txt} and {@code report.png} under the output folder, and {@code cv.json} (the
 * settings, {@link Settings}). Run again on the same folder it resumes: finished folds are
 * reused, an unfinished one continues after its last committed epoch; a folder made with other
 * settings, or a fold folder of another model config, training config or subjects, is refused
 * before anything is written ({@link CvSettings}, {@link RunFiles#checkSameRun}). In frozen mode every fold reads the backbone tokens from one
 * {@link DiskTokenStore} in {@code token-cache/}: each frame goes through the backbone once for
 * all folds and re-runs. The output folder and each fold's run folder are locked ({@link
 * RunFiles#LOCK}) while the cross-validation writes them.
 */
public final class UnbcCrossValidation {

  private static final Logger LOG = LoggerFactory.getLogger(UnbcCrossValidation.class);

  private UnbcCrossValidation() {}

  /**
   * Runs every fold.
   *
   * @param archive the archive
   * @param folds the subject folds (validated against the archive)
   * @param model the model config (fresh per fold)
   * @param train the training config
   * @param cropper face cropper (its size must equal the model's image size)
   * @param options validation subjects, shots, init, seed
   * @param out output folder
   * @param listener progress (per fold's trainer)
   * @return the report
   * @throws IOException on I/O errors
   */
  public static CrossValidationReport run(UnbcArchive archive, UnbcFolds folds, VitPainConfig model,
      TrainConfig train, FaceCropper cropper, CvOptions options, Path out, TrainListener listener)
      throws IOException {
    if (cropper.config().size() != model.imageSize()) {
      throw new IllegalArgumentException("crop size " + cropper.config().size()
          + " != model image size " + model.imageSize());
    }
    folds.validate(archive.subjects(), archive.root());
    List<SubjectSplit> splits = new ArrayList<>();
    for (int f = 1; f <= folds.count(); f++) {
      splits.add(folds.split(f, options.validationSubjects(), options.seed()));
    }
    Settings settings = new Settings(options.validationSubjects(), options.shots(),
        options.init() == null ? null : options.init().toAbsolutePath().normalize().toString(),
        options.seed(), splits.stream().map(UnbcCrossValidation::selection).toList());
    CvSettings.check(out.resolve(SETTINGS), settings);
    for (SubjectSplit split : splits) {
      RunFiles.checkSameRun(out.resolve("fold-" + split.fold()), RunFiles.MODEL, model, train,
          RunProvenance.of(provenance(archive, split), model, train));
    }
    List<SamplePrediction> preds = new ArrayList<>();
    try (FolderLock lock = FolderLock.acquire(out.resolve(RunFiles.LOCK), "pain3d cv");
        DiskTokenStore tokens = model.frozen() ? DiskTokenStore.open(out.resolve(RunFiles.TOKENS),
        TokenCache.fingerprint(model, "UNBC " + cropper.config())) : null) {
      RunFiles.write(out.resolve(SETTINGS), settings);
      for (SubjectSplit split : splits) {
        LOG.info("fold {}: train {}, validation {}, test {}", split.fold(), split.train(),
            split.validation(), split.test());
        preds.addAll(fold(archive, split, model, train, cropper, options,
            out.resolve("fold-" + split.fold()), listener,
            tokens == null ? new InMemoryTokenStore() : tokens));
      }
    }
    return PredictionReport.write(out, preds, options.seed());
  }

  /** The settings file of a cross-validation folder. */
  public static final String SETTINGS = "cv.json";

  /**
   * The settings a cross-validation folder is made with ({@link #SETTINGS}); the model and
   * training configs are checked per fold folder.
   *
   * @param validationSubjects training subjects held out per fold
   * @param shots neutral references averaged per prediction
   * @param init the absolute path of the run every fold starts from, or {@code null}
   * @param seed seed of the validation split and the reference draws
   * @param folds each fold's subjects
   */
  public record Settings(int validationSubjects, int shots, String init, long seed,
      List<String> folds) {}

  /** A fold's subjects, as its settings and its data provenance record them. */
  private static String selection(SubjectSplit s) {
    return "fold " + s.fold() + ": train subjects " + s.train() + ", validation "
        + s.validation() + ", test " + s.test();
  }

  /** Where a fold's training data came from: the archive and the fold's subjects. */
  private static DataProvenance provenance(UnbcArchive archive, SubjectSplit s) {
    return new DataProvenance("UNBC-McMaster", archive.root().toAbsolutePath().normalize()
        .toString(), null, null, null, null, selection(s));
  }

  private static List<SamplePrediction> fold(UnbcArchive archive, SubjectSplit split,
      VitPainConfig cfg, TrainConfig train, FaceCropper cropper, CvOptions options, Path dir,
      TrainListener listener, TokenStore tokens) throws IOException {
    List<UnbcFrame> trainFrames = archive.framesOf(split.train());
    List<UnbcFrame> valFrames = archive.framesOf(split.validation());
    List<UnbcFrame> testFrames = archive.framesOf(split.test());
    PairSource trainPairs = new UnbcPairs(trainFrames, trainFrames, cropper);
    PairSource valPairs = new UnbcPairs(valFrames, valFrames, cropper);
    PairSource testPairs = new UnbcPairs(testFrames, testFrames, cropper);
    try (FolderLock lock = FolderLock.acquire(dir.resolve(RunFiles.LOCK), "pain3d cv, fold "
        + split.fold()); NDManager m = NDManager.newBaseManager()) {
      VitPainModel model = VitPainModel.create(cfg, m);
      if (options.init() != null && !Files.exists(dir.resolve(RunFiles.STATE))) {
        Checkpoints.verify(options.init(), RunFiles.BEST);
        model.load(options.init(), RunFiles.BEST);
      }
      VitPainTrainer trainer = new VitPainTrainer(model, train, m, true, tokens);
      trainer.fit(trainPairs, valPairs, dir, provenance(archive, split), listener);
      Checkpoints.verify(dir, RunFiles.BEST);
      model.load(dir, RunFiles.BEST);
      Predictor p = new Predictor(trainer.forward(), m, train.batch());
      List<SamplePrediction> out = new ArrayList<>();
      out.addAll(PredictionReport.rows(split.fold(), FoldPart.TRAIN, trainPairs,
          p.predict(trainPairs, options.shots(), options.seed())));
      out.addAll(PredictionReport.rows(split.fold(), FoldPart.TEST, testPairs,
          p.predict(testPairs, options.shots(), options.seed())));
      return out;
    }
  }
}
