package org.pain3d.dataset.check;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.pain3d.dataset.LayoutKind;

/**
 * Options of {@link DatasetChecker}.
 *
 * @param layout the layout to assume; empty to detect it
 * @param verifyChecksums whether to hash every file listed in the manifest (slow on a full
 *     dataset); existence is checked either way
 * @param requireHeatmaps whether a pain set without heatmap is a problem
 * @param splitCsv a split file to use instead of the default locations
 * @param decodeImages whether to decode every image and heatmap (finds damaged files without a
 *     manifest or checksums; slow on a full dataset, run in parallel)
 */
public record CheckOptions(
    Optional<LayoutKind> layout,
    boolean verifyChecksums,
    boolean requireHeatmaps,
    Optional<Path> splitCsv,
    boolean decodeImages) {

  /** Requires the optionals. */
  public CheckOptions {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(splitCsv, "splitCsv");
  }

  /**
   * Options that decode every image.
   *
   * @param layout the layout, empty to detect it
   * @param verifyChecksums whether to hash the manifest's files
   * @param requireHeatmaps whether heatmaps are required
   * @param splitCsv a split file to use instead of the default
   */
  public CheckOptions(Optional<LayoutKind> layout, boolean verifyChecksums, boolean requireHeatmaps,
      Optional<Path> splitCsv) {
    this(layout, verifyChecksums, requireHeatmaps, splitCsv, true);
  }

  /**
   * Full checking: detect the layout, verify checksums, require heatmaps, decode images.
   *
   * @return the defaults
   */
  public static CheckOptions defaults() {
    return new CheckOptions(Optional.empty(), true, true, Optional.empty());
  }

  /**
   * Returns a copy with a fixed layout.
   *
   * @param kind the layout
   * @return the new options
   */
  public CheckOptions withLayout(LayoutKind kind) {
    return new CheckOptions(Optional.of(kind), verifyChecksums, requireHeatmaps, splitCsv, decodeImages);
  }

  /**
   * Returns a copy that verifies (true) or skips (false) checksums.
   *
   * @param verify whether to hash files
   * @return the new options
   */
  public CheckOptions withVerifyChecksums(boolean verify) {
    return new CheckOptions(layout, verify, requireHeatmaps, splitCsv, decodeImages);
  }

  /**
   * Returns a copy that requires (true) or ignores (false) heatmaps.
   *
   * @param require whether heatmaps are required
   * @return the new options
   */
  public CheckOptions withRequireHeatmaps(boolean require) {
    return new CheckOptions(layout, verifyChecksums, require, splitCsv, decodeImages);
  }

  /**
   * Returns a copy that decodes (true) or skips (false) the images.
   *
   * @param decode whether to decode every image and heatmap
   * @return the new options
   */
  public CheckOptions withDecodeImages(boolean decode) {
    return new CheckOptions(layout, verifyChecksums, requireHeatmaps, splitCsv, decode);
  }
}
