package org.pain3d.unbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scan behind {@link UnbcArchive#open}: one walk per tree, map look-ups per frame, label
 * files parsed in parallel, then the PSPI/FACS cross-check.
 */
final class UnbcScanner {

  private static final Logger LOG = LoggerFactory.getLogger(UnbcArchive.class);
  private static final String PSPI_SUFFIX = "_facs.txt";
  private static final String FACS_SUFFIX = "_facs.txt";
  private static final String AAM_SUFFIX = "_aam.txt";
  private static final float PSPI_TOLERANCE = 1e-3f;

  /** The files of one frame that passed the selection. */
  private record FrameFiles(
      String subject, String sequence, String frameId, Path image, Path pspi, Path facs,
      Path aam) {}

  private UnbcScanner() {}

  static UnbcArchive scan(Path root, UnbcScanOptions options) {
    if (!Files.isDirectory(root)) {
      throw new UnbcDataException(
          root,
          Files.exists(root)
              ? "the UNBC archive path is not a folder"
              : "the UNBC archive folder does not exist");
    }
    Path images = UnbcLayout.resolveNested(root, "Images");
    require(images, root, "no Images folder (expected Images/<subject>/<sequence>/<frame>.png)");
    Path frameLabels = UnbcLayout.resolveNested(root, "Frame_Labels");
    Path pspiTree = UnbcLayout.resolveNested(frameLabels, "PSPI");
    require(pspiTree, root, "no Frame_Labels/PSPI folder");
    Path facsTree = UnbcLayout.resolveNested(frameLabels, "FACS");
    require(facsTree, root, "no Frame_Labels/FACS folder");
    Path aamTree = UnbcLayout.resolveNested(root, "AAM_landmarks");
    require(aamTree, root, "no AAM_landmarks folder");

    UnbcLayout.Walk img = UnbcLayout.frames(images, ".png");
    if (img.files().isEmpty()) {
      throw new UnbcDataException(
          images, "no frames found (expected <subject>/<sequence>/<frame>.png below it)");
    }
    UnbcLayout.Walk pspi = UnbcLayout.frames(pspiTree, PSPI_SUFFIX);
    UnbcLayout.Walk facs = UnbcLayout.frames(facsTree, FACS_SUFFIX);
    UnbcLayout.Walk aam = UnbcLayout.frames(aamTree, AAM_SUFFIX);
    Map<SequenceScale, UnbcLayout.Walk> seqWalks = sequenceWalks(root);

    int[] counts = new int[4]; // black, no PSPI, no FACS, no landmarks
    List<FrameFiles> selected =
        select(img, pspi, facs, aam, new Path[] {pspiTree, facsTree, aamTree}, options, counts);
    selected.sort(
        Comparator.comparing(FrameFiles::subject)
            .thenComparing(FrameFiles::sequence)
            .thenComparing(FrameFiles::frameId));
    if (selected.isEmpty()) {
      throw new UnbcDataException(root, "no frame with all its labels in the archive");
    }

    Map<String, SequenceLabels> seqLabels = sequenceLabels(selected, seqWalks);
    LongAdder uncoded = new LongAdder();
    List<UnbcFrame> frames = readAll(selected, seqLabels, uncoded);

    UnbcScanSummary summary =
        summarise(root, frames, counts, orphans(img, pspi, facs, aam), ignored(img, pspi, facs,
            aam, seqWalks), uncoded.sum(), seqLabels);
    LOG.info("UNBC archive {}: {}", root, summary.describe());
    return new UnbcArchive(root, frames, summary);
  }

  private static void require(Path tree, Path root, String message) {
    if (!Files.isDirectory(tree)) {
      throw new UnbcDataException(root, message);
    }
  }

  /**
   * The frames to read, in key order: black frames left out unless kept, frames with a
   * missing label file an error or skipped (counts: black, no PSPI, no FACS, no landmarks).
   */
  private static List<FrameFiles> select(
      UnbcLayout.Walk img, UnbcLayout.Walk pspi, UnbcLayout.Walk facs, UnbcLayout.Walk aam,
      Path[] trees, UnbcScanOptions options, int[] counts) {
    List<FrameFiles> selected = new ArrayList<>(img.files().size());
    for (Map.Entry<String, Path> e : new TreeMap<>(img.files()).entrySet()) {
      String key = e.getKey();
      String[] parts = key.split("/", 3);
      if (!options.keepBlackFrames()
          && UnbcArchive.isKnownBlackFrame(
              parts[0], parts[1], UnbcLayout.trailingNumber(parts[2]))) {
        counts[0]++;
        continue;
      }
      Path image = e.getValue();
      Path p = present(pspi, key, trees[0], PSPI_SUFFIX, image, "PSPI", options, counts, 1);
      Path f = present(facs, key, trees[1], FACS_SUFFIX, image, "FACS", options, counts, 2);
      Path a = present(aam, key, trees[2], AAM_SUFFIX, image, "landmark", options, counts, 3);
      if (p != null && f != null && a != null) {
        selected.add(new FrameFiles(parts[0], parts[1], parts[2], image, p, f, a));
      }
    }
    return selected;
  }

  /** The label file of a frame, or null when missing and skipped (counted in counts[slot]). */
  private static Path present(
      UnbcLayout.Walk walk, String key, Path tree, String suffix, Path image, String what,
      UnbcScanOptions options, int[] counts, int slot) {
    Path p = walk.files().get(key);
    if (p != null) {
      return p;
    }
    if (options.missingLabels() == MissingLabelPolicy.ERROR) {
      throw new UnbcDataException(
          tree.resolve(key + suffix), "missing " + what + " file for frame " + image);
    }
    counts[slot]++;
    LOG.debug("no {} file for {}: frame left out", what, image);
    return null;
  }

  private static Map<SequenceScale, UnbcLayout.Walk> sequenceWalks(Path root) {
    Map<SequenceScale, UnbcLayout.Walk> m = new EnumMap<>(SequenceScale.class);
    Path seqRoot = UnbcLayout.resolveNested(root, "Sequence_Labels");
    if (!Files.isDirectory(seqRoot)) {
      LOG.info("no Sequence_Labels folder in {}: sequence ratings absent", root);
      return m;
    }
    for (SequenceScale s : SequenceScale.values()) {
      Path tree = UnbcLayout.resolveNested(seqRoot, s.name());
      if (Files.isDirectory(tree)) {
        m.put(s, UnbcLayout.sequences(tree));
      }
    }
    return m;
  }

  private static Map<String, SequenceLabels> sequenceLabels(
      List<FrameFiles> selected, Map<SequenceScale, UnbcLayout.Walk> walks) {
    Map<String, SequenceLabels> m = new HashMap<>();
    for (FrameFiles ff : selected) {
      String key = ff.subject() + "/" + ff.sequence();
      if (m.containsKey(key)) {
        continue;
      }
      SequenceLabels labels = SequenceLabels.NONE;
      for (Map.Entry<SequenceScale, UnbcLayout.Walk> e : walks.entrySet()) {
        Path p = e.getValue().files().get(key);
        if (p != null) {
          double v = UnbcLabelParser.parseSequenceLabel(p, UnbcLabelParser.read(p));
          labels = labels.with(e.getKey(), v);
        }
      }
      m.put(key, labels);
    }
    return m;
  }

  /** Parses in parallel; on errors, throws the one of the first failing frame in order. */
  private static List<UnbcFrame> readAll(
      List<FrameFiles> selected, Map<String, SequenceLabels> seqLabels, LongAdder uncoded) {
    List<Object> results =
        selected.parallelStream()
            .map(
                ff -> {
                  try {
                    return (Object) read(ff, seqLabels, uncoded);
                  } catch (UnbcDataException e) {
                    return e;
                  }
                })
            .toList();
    List<UnbcFrame> frames = new ArrayList<>(results.size());
    for (Object o : results) {
      if (o instanceof UnbcDataException e) {
        throw e;
      }
      frames.add((UnbcFrame) o);
    }
    return frames;
  }

  private static UnbcFrame read(
      FrameFiles ff, Map<String, SequenceLabels> seqLabels, LongAdder uncoded) {
    float pspi = UnbcLabelParser.parsePspi(ff.pspi(), UnbcLabelParser.read(ff.pspi()));
    FacsCoding facs =
        UnbcLabelParser.parseFacs(ff.facs(), UnbcLabelParser.read(ff.facs()), uncoded);
    AamLandmarks lm = UnbcLabelParser.parseLandmarks(ff.aam(), UnbcLabelParser.read(ff.aam()));
    return new UnbcFrame(
        ff.subject(), ff.sequence(), ff.frameId(), ff.image(), pspi, facs, lm,
        seqLabels.get(ff.subject() + "/" + ff.sequence()));
  }

  private static int orphans(UnbcLayout.Walk img, UnbcLayout.Walk... labels) {
    int n = 0;
    for (UnbcLayout.Walk w : labels) {
      for (String k : w.files().keySet()) {
        if (!img.files().containsKey(k)) {
          n++;
        }
      }
    }
    if (n > 0) {
      LOG.info("{} label files have no matching image (ignored)", n);
    }
    return n;
  }

  private static int ignored(
      UnbcLayout.Walk img, UnbcLayout.Walk pspi, UnbcLayout.Walk facs, UnbcLayout.Walk aam,
      Map<SequenceScale, UnbcLayout.Walk> seq) {
    int n = img.ignored() + pspi.ignored() + facs.ignored() + aam.ignored();
    for (UnbcLayout.Walk w : seq.values()) {
      n += w.ignored();
    }
    return n;
  }

  private static UnbcScanSummary summarise(
      Path root, List<UnbcFrame> frames, int[] counts, int orphans, int ignored, long uncoded,
      Map<String, SequenceLabels> seqLabels) {
    Set<String> subjects = new HashSet<>();
    Set<String> sequences = new HashSet<>();
    int neutral = 0;
    int mismatches = 0;
    List<PspiMismatch> examples = new ArrayList<>();
    for (UnbcFrame f : frames) {
      subjects.add(f.subject());
      sequences.add(f.subject() + "/" + f.sequence());
      if (f.neutral()) {
        neutral++;
      }
      float computed = f.facs().pspi();
      if (Math.abs(computed - f.pspi()) > PSPI_TOLERANCE) {
        mismatches++;
        LOG.debug("PSPI label {} differs from FACS PSPI {} in {}", f.pspi(), computed, f.key());
        if (examples.size() < UnbcScanSummary.MAX_EXAMPLES) {
          examples.add(new PspiMismatch(f.key(), f.pspi(), computed));
        }
      }
    }
    if (mismatches > 0) {
      LOG.warn(
          "{} of {} frames have a PSPI label that differs from AU4 + max(AU6, AU7) +"
              + " max(AU9, AU10) + AU43 of their FACS rows (the label is used); first: {}",
          mismatches, frames.size(), examples.subList(0, Math.min(5, examples.size())));
    }
    if (uncoded > 0) {
      LOG.info("{} FACS rows name AUs outside the ten coded ones (ignored)", uncoded);
    }
    int withLabels = (int) seqLabels.values().stream().filter(SequenceLabels::any).count();
    return new UnbcScanSummary(
        root, frames.size(), subjects.size(), sequences.size(), neutral, counts[0], counts[1],
        counts[2], counts[3], orphans, ignored, uncoded, withLabels, mismatches, examples);
  }
}
