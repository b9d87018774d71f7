package org.pain3d.dataset.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.pain3d.dataset.DatasetInventory;
import org.pain3d.dataset.DatasetScanner;
import org.pain3d.dataset.Split;

/**
 * Checks a dataset directory for consistency and summarises it ({@code pain3d inspect}).
 *
 * <p>Checks, each reported as a {@link Problem} of a {@link ProblemKind}: annotations parse
 * and carry the official keys; PSPI equals AU4 + max(AU6, AU7) + max(AU9, AU10) + AU43;
 * our extras agree with the labels, the file name and the files they list; every pain
 * image has its annotation; every annotation has images and (optionally) its heatmap;
 * every subject with pain images has neutral images (ours: one per view); the split file
 * parses, names only annotated base names, covers every annotation and keeps each
 * identity in one split; the manifest's counts match, its files exist and (optionally)
 * their SHA-256 match, and no dataset file is missing from it; every image and heatmap
 * decodes completely (optionally; PNG chunk CRCs, JPEG end marker); {@code metadata.jsonl} has
 * one valid row per image with the annotated labels and split. In the published layout a
 * missing manifest, metadata or split file is not a problem; in ours it is.
 *
 * <p>Only a root that is not a dataset at all (no such directory, no annotation or image
 * directory) raises an exception; everything else is a problem in the report.
 */
public final class DatasetChecker {
  private DatasetChecker() {}

  /**
   * Checks with {@link CheckOptions#defaults()}.
   *
   * @param root the dataset root
   * @return the report
   * @throws IOException when a directory cannot be listed
   * @throws DatasetDataException when the root is not a dataset directory
   */
  public static InspectionReport check(Path root) throws IOException {
    return check(root, CheckOptions.defaults());
  }

  /**
   * Checks a dataset.
   *
   * @param root the dataset root
   * @param options what to check
   * @return the report
   * @throws IOException when a directory cannot be listed
   * @throws DatasetDataException when the root is not a dataset directory
   */
  public static InspectionReport check(Path root, CheckOptions options) throws IOException {
    DatasetInventory inv = DatasetScanner.scan(root, options.layout(), options.splitCsv());
    ProblemList problems = new ProblemList();
    Map<String, AnnotationFacts> parsed = AnnotationChecks.parseAll(inv, problems);
    AnnotationChecks.checkImagesAndHeatmaps(inv, options, problems);
    if (options.decodeImages()) {
      ImageChecks.check(inv, problems);
    }
    AnnotationChecks.checkNeutrals(inv, problems);
    Map<String, Split> splits = SplitChecks.check(inv, problems);
    ManifestChecks.check(inv, options, problems);
    MetadataChecks.check(inv, parsed, splits, problems);
    DatasetSummary summary = SummaryBuilder.build(inv, parsed, splits);
    return new InspectionReport(summary, problems.list());
  }
}
