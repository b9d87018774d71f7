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
 * {@code report.txt} and {@code report.png} under the output folder; finished folds are reused
 * when the command is run again. In frozen mode every fold reads the backbone tokens from one
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
    List<SamplePrediction> preds = new ArrayList<>();
    try (FolderLock lock = FolderLock.acquire(out.resolve(RunFiles.LOCK), "pain3d cv");
        DiskTokenStore tokens = model.frozen() ? DiskTokenStore.open(out.resolve(RunFiles.TOKENS),
        TokenCache.fingerprint(model, "UNBC " + cropper.config())) : null) {
      for (int f = 1; f <= folds.count(); f++) {
        SubjectSplit split = folds.split(f, options.validationSubjects(), options.seed());
        LOG.info("fold {}: train {}, validation {}, test {}", f, split.train(),
            split.validation(), split.test());
        preds.addAll(fold(archive, split, model, train, cropper, options,
            out.resolve("fold-" + f), listener,
            tokens == null ? new InMemoryTokenStore() : tokens));
      }
    }
    return PredictionReport.write(out, preds, options.seed());
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
      trainer.fit(trainPairs, valPairs, dir, new DataProvenance("UNBC-McMaster",
          archive.root().toAbsolutePath().normalize().toString(), null, null, null, null,
          "fold " + split.fold() + ": train subjects " + split.train() + ", validation "
              + split.validation() + ", test " + split.test()), listener);
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
