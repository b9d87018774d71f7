package org.pain3d.dataset;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of {@link DatasetReader}.
 *
 * @param layout the layout to assume; empty to detect it ({@link LayoutKind})
 * @param skipUnannotatedImages when true, a pain image without an annotation file is
 *     skipped with a warning (as the reference loader does); when false it is an error
 * @param allowUnknownSplitBases when true, split-file rows naming base names without an
 *     annotation are ignored (a partial download); when false they are an error
 * @param splitCsv a split file to use; empty for {@code splits/uniform_data_70_20_10_split.csv}
 *     or {@code uniform_data_70_20_10_split.csv} under the root, when present
 */
public record ReaderOptions(
    Optional<LayoutKind> layout,
    boolean skipUnannotatedImages,
    boolean allowUnknownSplitBases,
    Optional<Path> splitCsv) {

  /** Requires the optionals. */
  public ReaderOptions {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(splitCsv, "splitCsv");
  }

  /**
   * Strict defaults: detect the layout, fail on unannotated images and unknown split rows.
   *
   * @return the defaults
   */
  public static ReaderOptions defaults() {
    return new ReaderOptions(Optional.empty(), false, false, Optional.empty());
  }

  /**
   * Returns a copy with a fixed layout.
   *
   * @param kind the layout
   * @return the new options
   */
  public ReaderOptions withLayout(LayoutKind kind) {
    return new ReaderOptions(
        Optional.of(kind), skipUnannotatedImages, allowUnknownSplitBases, splitCsv);
  }

  /**
   * Returns a copy that skips (true) or rejects (false) unannotated pain images.
   *
   * @param skip whether to skip
   * @return the new options
   */
  public ReaderOptions withSkipUnannotatedImages(boolean skip) {
    return new ReaderOptions(layout, skip, allowUnknownSplitBases, splitCsv);
  }

  /**
   * Returns a copy that ignores (true) or rejects (false) unknown split-file rows.
   *
   * @param allow whether to ignore them
   * @return the new options
   */
  public ReaderOptions withAllowUnknownSplitBases(boolean allow) {
    return new ReaderOptions(layout, skipUnannotatedImages, allow, splitCsv);
  }

  /**
   * Returns a copy that reads this split file.
   *
   * @param file the split CSV
   * @return the new options
   */
  public ReaderOptions withSplitCsv(Path file) {
    return new ReaderOptions(
        layout, skipUnannotatedImages, allowUnknownSplitBases, Optional.of(file));
  }
}
