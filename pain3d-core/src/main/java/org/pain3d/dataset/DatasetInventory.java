package org.pain3d.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The files of a dataset directory, grouped by annotation base name; nothing parsed yet.
 *
 * @param root the dataset root
 * @param layout the layout detected or chosen
 * @param imageDir where the images are
 * @param imagesByBase images per base name ({@link DatasetNaming#baseNameOfImage}), sorted
 * @param annotationsByBase annotation file per base name
 * @param heatmapsByBase heatmap files per base name (empty when there is no heatmap dir)
 * @param hasHeatmapDir whether {@code heatmaps/} exists
 * @param splitCsv the split file, when present
 * @param manifest {@code manifest.json}, when present
 * @param metadata {@code metadata.jsonl}, when present
 */
public record DatasetInventory(
    Path root,
    LayoutKind layout,
    Path imageDir,
    SortedMap<String, List<Path>> imagesByBase,
    SortedMap<String, Path> annotationsByBase,
    SortedMap<String, List<Path>> heatmapsByBase,
    boolean hasHeatmapDir,
    Optional<Path> splitCsv,
    Optional<Path> manifest,
    Optional<Path> metadata) {

  /**
   * Returns a path relative to the root with {@code /} separators.
   *
   * @param file a file under the root
   * @return the relative path
   */
  public String relative(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
