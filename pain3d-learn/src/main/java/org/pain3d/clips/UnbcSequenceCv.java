package org.pain3d.clips;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.pain3d.dataset.Split;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
import org.pain3d.io.FolderLock;
import org.pain3d.pairs.ImageRef;
import org.pain3d.train.CvSettings;
import org.pain3d.train.DataProvenance;
import org.pain3d.train.DiskTokenStore;
import org.pain3d.train.RunFiles;
import org.pain3d.train.RunProvenance;
import org.pain3d.train.TokenCache;
import org.pain3d.train.TrainConfig;
import org.pain3d.train.TrainListener;
import org.pain3d.unbc.FaceCropper;
import org.pain3d.unbc.SubjectSplit;
import org.pain3d.unbc.UnbcArchive;
import org.pain3d.unbc.UnbcFolds;
import org.pain3d.unbc.UnbcFrame;
import org.pain3d.unbc.UnbcSequence;
import org.pain3d.unbc.UnbcSequences;
import org.pain3d.vitpain.TemporalHeads;
import org.pain3d.vitpain.VitPainModel;

/**
 * The sequence mode of {@code pain3d cv}: subject-independent k-fold cross-validation of the
 * temporal model over UNBC-McMaster sequences. Every sequence ({@link UnbcSequences}: VAS and
 * OPR required) is seen at every {@code frameStride}-th frame (from its first), each frame
 * face-cropped ({@link FaceCropper}) and through the frozen backbone once for all folds ({@code
 * token-cache/}); the neutral reference of every window is the sequence's first PSPI-0 frame
 * ({@link UnbcSequence#neutralIndex()}). The used frames are cut into windows of {@code window}
 * frames: for training and checkpoint selection the full windows from the start plus one ending
 * at the last frame (so every frame is covered; a sequence shorter than a window gives none),
 * for the test the consecutive windows from the start, the last one shorter (as {@code predict
 * --video} scores a long video). A window's clip label is its sequence's {@code OPR >=
 * oprThreshold}. Per fold: fresh heads trained on the training subjects' windows, the epoch
 * chosen on the held-out validation subjects' (never the test fold), then the test sequences
 * scored: frame PSPI per used frame and a sequence score, the clip head's probability (largest
 * over the windows) and the largest predicted frame PSPI.
 *
 * <p>Writes {@code sequence-cv.json} (the settings), {@code fold-N/} (each a clip run folder:
 * {@code temporal.json}, {@code train.json}, {@code provenance.json}, {@code state.json}, {@code
 * checkpoints/}, {@code metrics.jsonl}, {@code best-} / {@code last-temporal.safetensors}),
 * {@code preds.csv} (per frame), {@code sequences.csv} (per sequence), {@code report.json},
 * {@code report.txt} ({@link SequenceMetrics} per fold and pooled over the folds' test
 * sequences) and {@code report.png} (the image cross-validation's plot), written by {@link
 * SequenceReport}. Run again on the same folder with the same settings it resumes as image {@code cv} does: each
 * fold's training resumes from its last committed epoch, a finished fold trains nothing (its
 * test sequences are scored again, which takes seconds), the tokens come from the cache; other
 * settings, another config or training config, or another archive are refused before anything
 * is written ({@link org.pain3d.train.RunFormatException}). Bad input
 * (ratings missing, a rating of a sequence without frames, a fold without a training or
 * validation window) stops it before anything is written.
 */
public final class UnbcSequenceCv {
  private static final int TOKEN_CHUNK = 32;

  private UnbcSequenceCv() {}

  /**
   * The protocol's settings.
   *
   * @param validationSubjects training subjects held out per fold for the epoch choice
   * @param seed seed of the validation-subject choice (the training seed is in the train config)
   * @param window frames per window the model sees at once
   * @param oprThreshold OPR at or above which a sequence is a pain sequence (clip label, AUROC)
   */
  public record Options(int validationSubjects, long seed, int window, double oprThreshold) {
    /** Validates. */
    public Options {
      if (window < 1 || window > 10_000) {
        throw new IllegalArgumentException("--window must be 1..10000, got " + window);
      }
      if (!(oprThreshold > 0 && oprThreshold <= 5)) {
        throw new IllegalArgumentException("--opr-threshold must be in (0, 5], got "
            + oprThreshold);
      }
    }
  }

  /**
   * The outcome, as {@code report.json}.
   *
   * @param oprThreshold see {@link Options#oprThreshold()}
   * @param frameStride the model saw every this-many-th frame
   * @param window frames per window
   * @param perFold metrics of each fold's test sequences, by fold number
   * @param pooled metrics over every fold's test sequences together
   */
  @JsonPropertyOrder({"opr_threshold", "frame_stride", "window", "per_fold", "pooled"})
  public record Report(
      @JsonProperty("opr_threshold") double oprThreshold,
      @JsonProperty("frame_stride") int frameStride,
      @JsonProperty("window") int window,
      @JsonProperty("per_fold") Map<String, SequenceMetrics> perFold,
      @JsonProperty("pooled") SequenceMetrics pooled) {}

  /**
   * Runs every fold.
   *
   * @param archive the archive
   * @param folds the subject folds (validated against the archive)
   * @param config the temporal model (its frame stride applies; the position table is sized to
   *     the window)
   * @param train epochs, batch (windows), lr, seed
   * @param cropper face cropper (its size must equal the model's input size)
   * @param options validation subjects, window, OPR threshold
   * @param out the output folder
   * @param tokensDone told the number of sequences whose tokens are ready, after each
   * @param listener training progress
   * @return the report
   * @throws IOException on I/O errors
   */
  public static Report run(UnbcArchive archive, UnbcFolds folds, TemporalRunConfig config,
      TrainConfig train, FaceCropper cropper, Options options, Path out, IntConsumer tokensDone,
      TrainListener listener) throws IOException {
    if (cropper.config().size() != config.imageSize()) {
      throw new IllegalArgumentException("crop size " + cropper.config().size()
          + " != model image size " + config.imageSize());
    }
    List<UnbcSequence> sequences = UnbcSequences.of(archive);
    folds.validate(archive.subjects(), archive.root());
    List<String> subjects = sequences.stream().map(UnbcSequence::subject).distinct().sorted()
        .toList();
    List<FoldData> data = new ArrayList<>();
    for (int f = 1; f <= folds.count(); f++) {
      data.add(foldData(folds.split(f, options.validationSubjects(), options.seed()), sequences,
          subjects, config.frameStride(), options));
    }
    TemporalRunConfig sized = config.withTemporal(
        config.temporal().withMaxFrames(options.window()));
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel backbone = VitPainModel.create(sized.backboneConfig(), m);
      TemporalRunConfig cfg = sized.withTemporal(
          sized.temporal().withDim(backbone.heads().config().dim()));
      Setup setup = new Setup(options, data.stream().map(d -> selection(d.split())).toList());
      checkResumable(out, setup, data, archive, cfg, train);
      try (FolderLock lock = FolderLock.acquire(out.resolve(RunFiles.LOCK), "pain3d cv");
          DiskTokenStore store = DiskTokenStore.open(out.resolve(RunFiles.TOKENS),
              TokenCache.fingerprint(cfg.backboneConfig(), "UNBC sequences "
                  + cropper.config()))) {
        RunFiles.write(out.resolve(SETUP), setup);
        FrameTokens tokens = new FrameTokens(backbone, store, null);
        int done = 0;
        for (UnbcSequence s : sequences) {
          computeTokens(s, cfg.frameStride(), tokens, cropper, m);
          tokensDone.accept(++done);
        }
        List<SequencePrediction> preds = new ArrayList<>();
        Map<String, SequenceMetrics> perFold = new LinkedHashMap<>();
        for (FoldData d : data) {
          int f = d.split().fold();
          List<SequencePrediction> p = fold(d, subjects, cfg, train, options, tokens,
              out.resolve("fold-" + f), provenance(archive, d.split()), m, listener);
          perFold.put(Integer.toString(f), SequenceMetrics.of(p, options.oprThreshold()));
          preds.addAll(p);
        }
        Report r = new Report(options.oprThreshold(), cfg.frameStride(), options.window(),
            perFold, SequenceMetrics.of(preds, options.oprThreshold()));
        SequenceReport.write(out, preds, r, options.seed());
        return r;
      }
    }
  }

  /** The indices of the frames the model sees: every {@code stride}-th from the first. */
  static int[] usedFrames(UnbcSequence s, int stride) {
    int n = (s.frames().size() + stride - 1) / stride;
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = i * stride;
    }
    return out;
  }

  private static void computeTokens(UnbcSequence s, int stride, FrameTokens tokens,
      FaceCropper cropper, NDManager m) {
    Set<Integer> wanted = new java.util.TreeSet<>();
    for (int i : usedFrames(s, stride)) {
      wanted.add(i);
    }
    wanted.add(s.neutralIndex());
    List<Integer> all = new ArrayList<>(wanted);
    for (int start = 0; start < all.size(); start += TOKEN_CHUNK) {
      List<ImageRef> refs = new ArrayList<>();
      for (int i : all.subList(start, Math.min(all.size(), start + TOKEN_CHUNK))) {
        UnbcFrame f = s.frames().get(i);
        refs.add(new ImageRef("clip:" + s.key() + ":" + i, () -> cropper.load(f)));
      }
      try (NDManager sub = m.newSubManager()) {
        tokens.tokens(refs, sub);
      }
    }
  }

  /**
   * A sequence's windows over its used frames.
   *
   * @param s the sequence
   * @param identity the subject's index
   * @param split the window's split
   * @param stride the frame stride
   * @param window frames per window
   * @param full whether only full windows (training: from the start plus one ending at the last
   *     frame) or the consecutive cover (test: the last one shorter)
   * @param oprThreshold the clip label's threshold
   * @return the windows
   */
  static List<ClipSample> windows(UnbcSequence s, int identity, Split split, int stride,
      int window, boolean full, double oprThreshold) {
    int[] used = usedFrames(s, stride);
    List<int[]> ranges = new ArrayList<>();
    if (full) {
      for (int start = 0; start + window <= used.length; start += window) {
        ranges.add(new int[] {start, start + window});
      }
      if (used.length >= window && used.length % window != 0) {
        ranges.add(new int[] {used.length - window, used.length});
      }
    } else {
      for (int start = 0; start < used.length; start += window) {
        ranges.add(new int[] {start, Math.min(used.length, start + window)});
      }
    }
    List<ClipSample> out = new ArrayList<>();
    for (int[] r : ranges) {
      int[] frames = java.util.Arrays.copyOfRange(used, r[0], r[1]);
      float[] pspi = new float[frames.length];
      double apex = 0;
      for (int i = 0; i < frames.length; i++) {
        pspi[i] = s.frames().get(frames[i]).pspi();
        apex = Math.max(apex, pspi[i]);
      }
      out.add(new ClipSample(s.key(), identity, split, s.frames().get(0).image().getParent(),
          s.frames().size(), frames, pspi, s.opr() >= oprThreshold, apex, s.neutralIndex()));
    }
    return out;
  }

  /**
   * One fold's training and validation windows and test sequences; refuses a fold without
   * training or validation windows.
   */
  private record FoldData(SubjectSplit split, List<ClipSample> train, List<ClipSample> val,
      List<UnbcSequence> test) {}

  private static FoldData foldData(SubjectSplit split, List<UnbcSequence> sequences,
      List<String> subjects, int stride, Options options) {
    Set<String> train = new HashSet<>(split.train());
    Set<String> val = new HashSet<>(split.validation());
    Set<String> test = new HashSet<>(split.test());
    List<ClipSample> tw = new ArrayList<>();
    List<ClipSample> vw = new ArrayList<>();
    List<UnbcSequence> ts = new ArrayList<>();
    for (UnbcSequence s : sequences) {
      int id = subjects.indexOf(s.subject());
      if (train.contains(s.subject())) {
        tw.addAll(windows(s, id, Split.TRAIN, stride, options.window(), true,
            options.oprThreshold()));
      } else if (val.contains(s.subject())) {
        vw.addAll(windows(s, id, Split.VAL, stride, options.window(), true,
            options.oprThreshold()));
      } else if (test.contains(s.subject())) {
        ts.add(s);
      }
    }
    for (List<ClipSample> w : List.of(tw, vw)) {
      if (w.isEmpty()) {
        throw new Pain3dException(ErrorKind.BAD_INPUT, "fold " + split.fold() + ": no "
            + (w == tw ? "training" : "validation") + " sequence has " + options.window()
            + " frames at stride " + stride + "; use a smaller --window or --frame-stride");
      }
    }
    return new FoldData(split, tw, vw, ts);
  }

  /**
   * The settings a sequence cross-validation folder is made with ({@link #SETUP}): a folder run
   * again resumes only with equal settings.
   *
   * @param options the protocol's settings
   * @param folds each fold's subjects ({@link #selection})
   */
  public record Setup(Options options, List<String> folds) {}

  /** The settings file of a sequence cross-validation folder. */
  public static final String SETUP = "sequence-cv.json";

  /**
   * Refuses, before anything is written, a folder made with other settings, or a fold folder
   * of another config, training config or data ({@link RunFiles#checkSameRun}).
   */
  private static void checkResumable(Path out, Setup setup, List<FoldData> data,
      UnbcArchive archive, TemporalRunConfig cfg, TrainConfig train) throws IOException {
    CvSettings.check(out.resolve(SETUP), setup);
    for (FoldData d : data) {
      RunFiles.checkSameRun(out.resolve("fold-" + d.split().fold()), ClipTrainingRun.CONFIG, cfg,
          train, RunProvenance.of(provenance(archive, d.split()), cfg, train));
    }
  }

  /** A fold's subjects, as its settings and its data provenance record them. */
  private static String selection(SubjectSplit s) {
    return "fold " + s.fold() + ": train subjects " + s.train() + ", validation "
        + s.validation() + ", test " + s.test();
  }

  /** Where a fold's training data came from: the archive and the fold's subjects. */
  private static DataProvenance provenance(UnbcArchive archive, SubjectSplit s) {
    return new DataProvenance("UNBC-McMaster sequences", archive.root().toAbsolutePath()
        .normalize().toString(), null, null, null, null, selection(s));
  }

  private static List<SequencePrediction> fold(FoldData data, List<String> subjects,
      TemporalRunConfig cfg, TrainConfig train, Options options, FrameTokens tokens, Path dir,
      DataProvenance provenance, NDManager parent, TrainListener listener) throws IOException {
    try (NDManager m = parent.newSubManager()) {
      TemporalHeads heads = new TemporalHeads(cfg.temporal());
      heads.initialize(m);
      ClipTrainer trainer = new ClipTrainer(heads, cfg, train, tokens, m);
      trainer.fit(data.train(), data.val(), dir, provenance, listener);
      new TemporalWeights(heads, cfg).load(dir, RunFiles.BEST);
      List<SequencePrediction> out = new ArrayList<>();
      for (UnbcSequence s : data.test()) {
        out.add(score(trainer, s, subjects.indexOf(s.subject()), data.split().fold(), cfg,
            options));
      }
      return out;
    }
  }

  private static SequencePrediction score(ClipTrainer trainer, UnbcSequence s, int identity,
      int fold, TemporalRunConfig cfg, Options options) {
    List<ClipSample> w = windows(s, identity, Split.TEST, cfg.frameStride(), options.window(),
        false, options.oprThreshold());
    int[] used = usedFrames(s, cfg.frameStride());
    float[] truth = new float[used.length];
    float[] pred = new float[used.length];
    double prob = 0;
    int at = 0;
    for (ClipSample c : w) {
      ClipPrediction p = trainer.evaluate(List.of(c)).predictions().get(0);
      System.arraycopy(c.pspi(), 0, truth, at, c.pspi().length);
      System.arraycopy(p.pspi(), 0, pred, at, p.pspi().length);
      at += c.pspi().length;
      prob = Math.max(prob, p.painProbability());
    }
    return new SequencePrediction(fold, s, used, truth, pred, prob);
  }
}
