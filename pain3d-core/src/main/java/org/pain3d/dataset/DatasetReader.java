package org.pain3d.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
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
   * Reads a dataset: a folder in our layout or the published one, or the 3DPain release as
   * downloaded, straight from its {@code tar.gz} shards ({@link ReleaseShards}) when its
   * images are not extracted.
   *
   * @param root the dataset root
   * @param options reader options
   * @return the index
   * @throws IOException when a file cannot be read
   * @throws DatasetDataException when a file is malformed or missing
   */
  public static DatasetIndex read(Path root, ReaderOptions options) throws IOException {
    if (ReleaseShards.readFromShards(root)) {
      return ReleaseShards.read(root, options);
    }
    DatasetInventory inv = DatasetScanner.scan(root, options.layout(), options.splitCsv());
    Map<String, PainLabels> labels = new HashMap<>();
    for (Map.Entry<String, Path> e : inv.annotationsByBase().entrySet()) {
      labels.put(e.getKey(), AnnotationCodec.readLabels(e.getValue()));
    }
    Map<String, Split> splits = readSplits(inv, options);
    return assemble(inv.root(), inv.layout(), inv.imagesByBase(), labels,
        inv.annotationsByBase(), splits, inv.splitCsv(), options);
  }

  /**
   * Builds the index from what a scan found (shared by folders and {@link ReleaseShards}).
   *
   * @param root the dataset root
   * @param layout its layout
   * @param imagesByBase image files by base name (sorted)
   * @param labels labels of each annotated base name
   * @param annotations annotation file of each base name
   * @param splits split of each base name in the split file (empty without one)
   * @param splitCsv the split file, if any
   * @param options reader options
   * @return the index, samples sorted by image path
   * @throws DatasetDataException for an image without annotation (unless skipped)
   */
  static DatasetIndex assemble(Path root, LayoutKind layout,
      SortedMap<String, List<Path>> imagesByBase, Map<String, PainLabels> labels,
      Map<String, Path> annotations, Map<String, Split> splits, Optional<Path> splitCsv,
      ReaderOptions options) {
    Map<String, Split> subjectSplits = subjectSplits(splits);
    List<DatasetSample> samples = new ArrayList<>();
    int skipped = 0;
    for (Map.Entry<String, List<Path>> e : imagesByBase.entrySet()) {
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
      Optional<Path> ann = neutral ? Optional.empty() : Optional.of(annotations.get(base));
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
      LOG.warn("skipped {} images without annotation under {}", skipped, root);
    }
    samples.sort((a, b) -> a.image().compareTo(b.image()));
    return new DatasetIndex(root, layout, samples, splitCsv);
  }

  private static Map<String, Split> readSplits(DatasetInventory inv, ReaderOptions options)
      throws IOException {
    if (inv.splitCsv().isEmpty()) {
      return Map.of();
    }
    Path csv = inv.splitCsv().get();
    return knownSplits(SplitCsv.readMap(csv), inv.annotationsByBase().keySet(), csv, options);
  }

  /**
   * The split file's rows whose base names have an annotation.
   *
   * @param rows split per base name
   * @param annotated base names with an annotation
   * @param csv the split file (for messages)
   * @param options whether rows without annotation are allowed (then dropped)
   * @return the rows kept
   * @throws DatasetDataException for rows without annotation when not allowed
   */
  static Map<String, Split> knownSplits(Map<String, Split> rows,
      java.util.Set<String> annotated, Path csv, ReaderOptions options) {
    Map<String, Split> splits = new HashMap<>(rows);
    List<String> unknown = new ArrayList<>();
    for (String base : splits.keySet()) {
      if (!annotated.contains(base)) {
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
