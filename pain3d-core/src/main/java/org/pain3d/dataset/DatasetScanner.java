package org.pain3d.dataset;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Lists a dataset directory into a {@link DatasetInventory}; reads no file content. */
public final class DatasetScanner {
  private static final Pattern OUR_IMAGE =
      Pattern.compile("sample_\\d{5}_(pain_\\d+|neutral)_view_\\d+\\.png");

  /** How deep a published layout's folders are searched for files. */
  private static final int NESTING = 4;

  private DatasetScanner() {}

  /**
   * Scans a dataset root.
   *
   * @param root the root directory
   * @param forced the layout to assume, or empty to detect it
   * @param splitCsv a split file to use instead of the default locations, or empty
   * @return the inventory
   * @throws IOException when a directory cannot be listed
   * @throws DatasetDataException when the root has no image or annotation directory
   */
  public static DatasetInventory scan(Path root, Optional<LayoutKind> forced, Optional<Path> splitCsv)
      throws IOException {
    Path r = root.toAbsolutePath().normalize();
    if (!Files.exists(r)) {
      throw new NoSuchFileException(r.toString());
    }
    if (!Files.isDirectory(r)) {
      throw new DatasetDataException(r, "not a directory");
    }
    LayoutKind layout = forced.isPresent() ? forced.get() : detect(r);
    Path imageDir = imageDir(r, layout);
    Path annDir = r.resolve(DatasetNaming.ANNOTATIONS_DIR);
    if (!Files.isDirectory(annDir)) {
      throw new DatasetDataException(r, "no " + DatasetNaming.ANNOTATIONS_DIR + "/ directory");
    }
    SortedMap<String, List<Path>> images = new TreeMap<>();
    boolean nested = layout == LayoutKind.PUBLISHED;
    for (Path p : list(imageDir, nested)) {
      String name = p.getFileName().toString();
      if (DatasetNaming.isImageFile(name)) {
        images.computeIfAbsent(DatasetNaming.baseNameOfImage(name), k -> new ArrayList<>())
            .add(p);
      }
    }
    SortedMap<String, Path> annotations = new TreeMap<>();
    for (Path p : list(annDir, nested)) {
      DatasetNaming.baseNameOfAnnotation(p.getFileName().toString())
          .ifPresent(b -> annotations.put(b, p));
    }
    Path heatDir = r.resolve(DatasetNaming.HEATMAPS_DIR);
    boolean hasHeat = Files.isDirectory(heatDir);
    SortedMap<String, List<Path>> heatmaps = new TreeMap<>();
    if (hasHeat) {
      for (Path p : list(heatDir, nested)) {
        String name = p.getFileName().toString();
        if (DatasetNaming.isImageFile(name)) {
          DatasetNaming.baseNameOfHeatmap(name)
              .ifPresent(b -> heatmaps.computeIfAbsent(b, k -> new ArrayList<>()).add(p));
        }
      }
    }
    Optional<Path> split = splitCsv.isPresent() ? splitCsv : findSplitCsv(r);
    return new DatasetInventory(
        r, layout, imageDir, images, annotations, heatmaps, hasHeat, split,
        existing(r.resolve(DatasetNaming.MANIFEST)), existing(r.resolve(DatasetNaming.METADATA)));
  }

  /**
   * Detects the layout: a {@code manifest.json}, or an {@code images/} directory holding
   * our names and no {@code meshes_inpainted/}, means ours; anything else is published.
   */
  static LayoutKind detect(Path root) throws IOException {
    if (Files.isRegularFile(root.resolve(DatasetNaming.MANIFEST))) {
      return LayoutKind.OURS;
    }
    if (Files.isDirectory(root.resolve(DatasetNaming.PUBLISHED_IMAGES_DIR))) {
      return LayoutKind.PUBLISHED;
    }
    Path images = root.resolve(DatasetNaming.IMAGES_DIR);
    if (Files.isDirectory(images)) {
      try (Stream<Path> s = Files.list(images)) {
        Optional<String> first =
            s.map(p -> p.getFileName().toString()).filter(DatasetNaming::isImageFile)
                .findFirst();
        if (first.isPresent() && OUR_IMAGE.matcher(first.get()).matches()) {
          return LayoutKind.OURS;
        }
      }
    }
    return LayoutKind.PUBLISHED;
  }

  private static Path imageDir(Path root, LayoutKind layout) {
    Path ours = root.resolve(DatasetNaming.IMAGES_DIR);
    Path published = root.resolve(DatasetNaming.PUBLISHED_IMAGES_DIR);
    Path dir;
    switch (layout) {
      case OURS:
        dir = ours;
        break;
      case PUBLISHED:
        dir = Files.isDirectory(published) ? published : ours;
        break;
      default:
        throw new AssertionError(layout);
    }
    if (!Files.isDirectory(dir)) {
      throw new DatasetDataException(
          root, "no image directory (" + DatasetNaming.IMAGES_DIR
              + (layout == LayoutKind.PUBLISHED ? "/ or " + DatasetNaming.PUBLISHED_IMAGES_DIR
                  : "") + "/)");
    }
    return dir;
  }

  private static Optional<Path> findSplitCsv(Path root) {
    Optional<Path> inSplits = existing(root.resolve(DatasetNaming.SPLIT_CSV));
    return inSplits.isPresent() ? inSplits : existing(root.resolve(DatasetNaming.SPLIT_CSV_NAME));
  }

  private static Optional<Path> existing(Path p) {
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /**
   * The regular files of a folder, sorted; with {@code nested} also those of its sub-folders
   * (an extracted release shard may keep its members under a folder of their own; up to
   * {@value #NESTING} levels, links followed as {@code meshes_inpainted -> images}), hidden
   * folders skipped.
   */
  private static List<Path> list(Path dir, boolean nested) throws IOException {
    try (Stream<Path> s = nested ? Files.walk(dir, NESTING, FileVisitOption.FOLLOW_LINKS)
        : Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !nested || !hiddenBelow(dir, p)).sorted().toList();
    }
  }

  private static boolean hiddenBelow(Path dir, Path file) {
    Path rel = dir.relativize(file.getParent() == null ? file : file.getParent());
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
