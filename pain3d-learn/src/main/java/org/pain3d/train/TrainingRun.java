package org.pain3d.train;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.dataset.DatasetIndex;
import org.pain3d.dataset.DatasetManifest;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.dataset.DatasetReader;
import org.pain3d.dataset.Sha256;
import org.pain3d.dataset.Split;
import org.pain3d.eval.CrossValidationReport;
import org.pain3d.eval.FoldPart;
import org.pain3d.eval.SamplePrediction;
import org.pain3d.io.Json;
import org.pain3d.pairs.PairSource;
import org.pain3d.pairs.SyntheticPairs;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.vitpain.VitPainModel;

/**
 * Training on a dataset in the 3DPain layout as a service (what {@code pain3d train} runs):
 * {@link #prepare} reads the dataset and writes nothing; {@link #run} trains (or resumes) into
 * the run folder with {@link VitPainTrainer} (train split; best epoch on the val split; without
 * a split file every image trains and the last epoch is the best), records the data's
 * provenance ({@link DataProvenance}: the dataset manifest's hash and seed), then evaluates the
 * best weights on train, val and test ({@code eval.json}) and writes the cross-validation
 * protocol's files for the test split ({@code preds.csv}, {@code report.*}, {@link
 * PredictionReport}). In frozen mode the backbone tokens are kept in {@code token-cache/}.
 */
public final class TrainingRun {
  private final VitPainConfig model;
  private final TrainConfig train;
  private final Path out;
  private final PairSource trainPairs;
  private final PairSource valPairs;
  private final PairSource testPairs;
  private final DataProvenance data;

  private TrainingRun(VitPainConfig model, TrainConfig train, Path out, PairSource trainPairs,
      PairSource valPairs, PairSource testPairs, DataProvenance data) {
    this.model = model;
    this.train = train;
    this.out = out;
    this.trainPairs = trainPairs;
    this.valPairs = valPairs;
    this.testPairs = testPairs;
    this.data = data;
  }

  /**
   * Reads the dataset and its manifest; writes nothing.
   *
   * @param dataset the dataset root (3DPain layout)
   * @param model the model config
   * @param train the training config
   * @param out the run folder
   * @return the prepared run
   * @throws IOException when the dataset cannot be read
   */
  public static TrainingRun prepare(Path dataset, VitPainConfig model, TrainConfig train,
      Path out) throws IOException {
    DatasetIndex index = DatasetReader.read(dataset);
    int size = model.imageSize();
    PairSource tr = new SyntheticPairs(index, Split.TRAIN, size);
    PairSource val = new SyntheticPairs(index, Split.VAL, size);
    PairSource test = null;
    if (tr.size() == 0) {
      tr = new SyntheticPairs(index, null, size);
      val = null;
    } else if (val.size() > 0) {
      // never used for selection: the unbiased estimate on held-out identities
      test = new SyntheticPairs(index, Split.TEST, size);
    }
    String selection = val == null ? "every image (no split file): " + tr.size()
        : "splits: " + tr.size() + " train, " + val.size() + " val, "
            + (test == null ? 0 : test.size()) + " test pain images";
    return new TrainingRun(model, train, out, tr, val, test, provenance(index, selection));
  }

  private static DataProvenance provenance(DatasetIndex index, String selection)
      throws IOException {
    String root = index.root().toAbsolutePath().normalize().toString();
    Path file = index.root().resolve(DatasetNaming.MANIFEST);
    if (!Files.isRegularFile(file)) {
      return new DataProvenance("3DPain", root, null, null, null, null, selection);
    }
    byte[] bytes = Files.readAllBytes(file);
    DatasetManifest m = Json.datasetReader().readValue(bytes, DatasetManifest.class);
    return new DataProvenance("3DPain", root, Sha256.hex(bytes), m.seed(), m.formatVersion(),
        m.provenance().getOrDefault("generator", "pain3d " + m.pain3dVersion()), selection);
  }

  /** @return training images (pain images of the train split, or every one without a split) */
  public int trainImages() {
    return trainPairs.size();
  }

  /** @return validation images (0 without a split file) */
  public int validationImages() {
    return valPairs == null ? 0 : valPairs.size();
  }

  /** @return whether the dataset has a split file (otherwise every image trains) */
  public boolean hasSplit() {
    return valPairs != null;
  }

  /** @return where the data came from */
  public DataProvenance data() {
    return data;
  }

  /**
   * Trains (or resumes), then evaluates and reports.
   *
   * @param listener progress
   * @return the outcome
   * @throws IOException on I/O errors
   */
  public TrainingReport run(TrainListener listener) throws IOException {
    try (NDManager m = NDManager.newBaseManager();
        DiskTokenStore tokens = model.frozen() ? DiskTokenStore.open(out.resolve(RunFiles.TOKENS),
            TokenCache.fingerprint(model, "3DPain " + data.root())) : null) {
      VitPainModel vp = VitPainModel.create(model, m);
      VitPainTrainer trainer = new VitPainTrainer(vp, train, m, false,
          tokens == null ? new InMemoryTokenStore() : tokens);
      TrainResult r = trainer.fit(trainPairs, valPairs, out, data, listener);
      vp.load(out, RunFiles.BEST);
      Predictor p = new Predictor(trainer.forward(), m, train.batch());
      Map<String, PspiMetrics> eval = new LinkedHashMap<>();
      List<PairPrediction> trainPred = p.predict(trainPairs, 1, train.seed());
      eval.put("train", PspiMetrics.of(trainPairs, trainPred));
      CrossValidationReport report = null;
      if (valPairs != null && valPairs.size() > 0) {
        eval.put("val", PspiMetrics.of(valPairs, p.predict(valPairs, 1, train.seed())));
        if (testPairs.size() > 0) {
          List<PairPrediction> testPred = p.predict(testPairs, 1, train.seed());
          eval.put("test", PspiMetrics.of(testPairs, testPred));
          List<SamplePrediction> rows = new ArrayList<>(
              PredictionReport.rows(1, FoldPart.TRAIN, trainPairs, trainPred));
          rows.addAll(PredictionReport.rows(1, FoldPart.TEST, testPairs, testPred));
          report = PredictionReport.write(out, rows, train.seed());
        }
      }
      RunFiles.write(out.resolve("eval.json"), eval);
      return new TrainingReport(r, eval, report);
    }
  }
}
