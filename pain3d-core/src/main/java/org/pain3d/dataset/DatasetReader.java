package org.pain3d.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the samples of a dataset in our layout or the published 3DPain layout.
 *
 * <p>Rules (those of the reference Python loader unless noted): an image belongs to the
 * annotation whose base name is the image's name cut at the first strip marker ({@link
 * DatasetNaming#baseNameOfImage}); an image whose base name contains {@code _neutral} is
 * neutral with all labels 0; labels are the annotation's top-level official keys, PSPI as
 * written. Different from the reference: a pain image without annotation is an error
 * unless {@link ReaderOptions#skipUnannotatedImages()}; a missing official key is an error
 * (the reference reads 0); a neutral image gets its subject's split (the reference leaves
 * neutral images out of every split).
 */
public final class DatasetReader {
  private static final Logger LOG = LoggerFactory.getLogger(DatasetReader.class);

  private DatasetReader() {}

  /**
   * Reads a dataset with {@link ReaderOptions#defaults()}.
   *
   * @param root the dataset root
   * @return the index
   * @throws IOException when a file cannot be read
   * @throws DatasetDataException when a file is malformed or missing
   */
  public static DatasetIndex read(Path root) throws IOException {
    return read(root, ReaderOptions.defaults());
  }

  /**
   * Reads a dataset.
   *
   * @param root the dataset root
   * @param options reader options
   * @return the index
   * @throws IOException when a file cannot be read
   * @throws DatasetDataException when a file is malformed or missing
   */
  public static DatasetIndex read(Path root, ReaderOptions options) throws IOException {
    DatasetInventory inv = DatasetScanner.scan(root, options.layout(), options.splitCsv());
    Map<String, PainLabels> labels = new HashMap<>();
    for (Map.Entry<String, Path> e : inv.annotationsByBase().entrySet()) {
      labels.put(e.getKey(), AnnotationCodec.readLabels(e.getValue()));
    }
    Map<String, Split> splits = readSplits(inv, options);
    Map<String, Split> subjectSplits = subjectSplits(splits);
    List<DatasetSample> samples = new ArrayList<>();
    int skipped = 0;
    for (Map.Entry<String, List<Path>> e : inv.imagesByBase().entrySet()) {
      String base = e.getKey();
      String subject = DatasetNaming.subjectOf(base).orElse(base);
      boolean neutral = DatasetNaming.isNeutral(base);
      PainLabels l = neutral ? PainLabels.neutral() : labels.get(base);
      if (l == null) {
        if (!options.skipUnannotatedImages()) {
          throw new DatasetDataException(
              e.getValue().get(0),
              "image has no annotation " + DatasetNaming.annotation(base)
                  + " (use the skip-unannotated option to skip such images)");
        }
        skipped += e.getValue().size();
        continue;
      }
      Optional<Path> ann =
          neutral ? Optional.empty() : Optional.of(inv.annotationsByBase().get(base));
      Optional<Split> split =
          Optional.ofNullable(neutral ? subjectSplits.get(subject) : splits.get(base));
      for (Path img : e.getValue()) {
        samples.add(
            new DatasetSample(
                img, base, subject, neutral,
                DatasetNaming.viewOf(img.getFileName().toString()), l, ann, split));
      }
    }
    if (skipped > 0) {
      LOG.warn("skipped {} images without annotation under {}", skipped, inv.imageDir());
    }
    samples.sort((a, b) -> a.image().compareTo(b.image()));
    return new DatasetIndex(inv.root(), inv.layout(), samples, inv.splitCsv());
  }

  private static Map<String, Split> readSplits(DatasetInventory inv, ReaderOptions options)
      throws IOException {
    if (inv.splitCsv().isEmpty()) {
      return Map.of();
    }
    Path csv = inv.splitCsv().get();
    Map<String, Split> splits = new HashMap<>(SplitCsv.readMap(csv));
    List<String> unknown = new ArrayList<>();
    for (String base : splits.keySet()) {
      if (!inv.annotationsByBase().containsKey(base)) {
        unknown.add(base);
      }
    }
    if (!unknown.isEmpty()) {
      unknown.sort(null);
      if (!options.allowUnknownSplitBases()) {
        throw new DatasetDataException(
            csv, unknown.size() + " rows name base names without annotation, first "
                + unknown.get(0));
      }
      LOG.warn("{}: ignoring {} rows without annotation", csv, unknown.size());
      unknown.forEach(splits::remove);
    }
    return splits;
  }

  /** Split per subject, for subjects whose pain sets all share one split. */
  public static Map<String, Split> subjectSplits(Map<String, Split> byBase) {
    Map<String, Split> bySubject = new HashMap<>();
    Map<String, Boolean> mixed = new HashMap<>();
    for (Map.Entry<String, Split> e : byBase.entrySet()) {
      String subject = DatasetNaming.subjectOf(e.getKey()).orElse(e.getKey());
      Split prev = bySubject.putIfAbsent(subject, e.getValue());
      if (prev != null && prev != e.getValue()) {
        mixed.put(subject, true);
      }
    }
    mixed.keySet().forEach(bySubject::remove);
    return bySubject;
  }
}
