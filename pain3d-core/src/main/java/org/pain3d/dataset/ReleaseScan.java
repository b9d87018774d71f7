package org.pain3d.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one pass over the 3DPain release's shards found ({@link ReleaseShards}), with the
 * problems {@code pain3d inspect} reports.
 *
 * @param root the release root
 * @param images image members by base name (paths inside their shards)
 * @param annotations annotation members by base name
 * @param labels the labels of each readable annotation
 * @param heatmaps heatmap members by base name
 * @param shards shards per folder
 * @param meshFiles members of the {@code textured_meshes/} shards
 * @param splitCsv the split file (on disk or inside a shard), if any
 * @param splitRows its rows (empty without one)
 * @param problems what is wrong, one line each (empty for a clean release)
 */
public record ReleaseScan(Path root, SortedMap<String, List<Path>> images,
    SortedMap<String, Path> annotations, Map<String, PainLabels> labels,
    SortedMap<String, List<Path>> heatmaps, Map<String, Integer> shards, int meshFiles,
    Optional<Path> splitCsv, Map<String, Split> splitRows, List<String> problems) {

  /**
   * Scans a release for {@code inspect}: malformed annotations become problems.
   *
   * @param root the release root
   * @return the scan
   * @throws IOException when a shard cannot be read
   */
  public static ReleaseScan scan(Path root) throws IOException {
    return scan(root, Optional.empty());
  }

  /**
   * Scans a release for {@code inspect} with a split file of the user's.
   *
   * @param root the release root
   * @param splitCsv a split file that wins over the release's, or empty
   * @return the scan
   * @throws IOException when a shard cannot be read
   */
  public static ReleaseScan scan(Path root, Optional<Path> splitCsv) throws IOException {
    return of(root, splitCsv, false);
  }

  /**
   * Scans a release.
   *
   * @param root the release root
   * @param splitCsv a split file that wins over the release's, or empty
   * @param strict whether a malformed annotation or split file throws (else a problem)
   * @return the scan
   * @throws IOException when a shard cannot be read
   */
  static ReleaseScan of(Path root, Optional<Path> splitCsv, boolean strict) throws IOException {
    Path r = root.toAbsolutePath().normalize();
    Builder b = new Builder(r, strict);
    Map<String, Integer> shards = new LinkedHashMap<>();
    for (String folder : ReleaseShards.FOLDERS) {
      shards.put(folder, ReleaseShards.shards(r.resolve(folder)).size());
      ReleaseShards.forEachMember(r.resolve(folder), (shard, name, in) ->
          b.member(folder, shard.resolve(name), in));
    }
    Optional<Path> csv = splitCsv.isPresent() ? splitCsv : onDisk(r);
    if (csv.isPresent()) {
      try (InputStream in = Files.newInputStream(csv.get())) {
        b.split(csv.get(), in);
      }
    } else {
      csv = b.splitCsv;
    }
    return b.build(shards, csv);
  }

  private static Optional<Path> onDisk(Path root) {
    for (Path p : List.of(root.resolve(DatasetNaming.SPLIT_CSV),
        root.resolve(DatasetNaming.SPLIT_CSV_NAME))) {
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** @return images of neutral base names */
  public int neutralImages() {
    return images.entrySet().stream().filter(e -> DatasetNaming.isNeutral(e.getKey()))
        .mapToInt(e -> e.getValue().size()).sum();
  }

  /** @return every image member */
  public int imageCount() {
    return images.values().stream().mapToInt(List::size).sum();
  }

  /** Collects members. */
  private static final class Builder {
    private final Path root;
    private final boolean strict;
    private final SortedMap<String, List<Path>> images = new TreeMap<>();
    private final SortedMap<String, Path> annotations = new TreeMap<>();
    private final Map<String, PainLabels> labels = new HashMap<>();
    private final SortedMap<String, List<Path>> heatmaps = new TreeMap<>();
    private final Map<String, Split> splitRows = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();
    private final List<String> pspiMismatches = new ArrayList<>();
    private Optional<Path> splitCsv = Optional.empty();
    private int meshFiles;

    Builder(Path root, boolean strict) {
      this.root = root;
      this.strict = strict;
    }

    void member(String folder, Path member, InputStream in) throws IOException {
      String name = member.getFileName().toString();
      if (name.startsWith("README")) {
        return;
      }
      if (name.equals(DatasetNaming.SPLIT_CSV_NAME)) {
        if (splitCsv.isEmpty()) {
          splitCsv = Optional.of(member);
          split(member, in);
        }
        return;
      }
      switch (folder) {
        case "annotations" -> annotation(member, name, in);
        case "images" -> {
          if (DatasetNaming.isImageFile(name)) {
            images.computeIfAbsent(DatasetNaming.baseNameOfImage(name), k -> new ArrayList<>())
                .add(member);
          } else {
            unknown.add(root.relativize(member).toString());
          }
        }
        case "heatmaps" -> {
          Optional<String> base = DatasetNaming.isImageFile(name)
              ? DatasetNaming.baseNameOfHeatmap(name) : Optional.empty();
          if (base.isPresent()) {
            heatmaps.computeIfAbsent(base.get(), k -> new ArrayList<>()).add(member);
          } else {
            unknown.add(root.relativize(member).toString());
          }
        }
        default -> meshFiles++;
      }
    }

    private void annotation(Path member, String name, InputStream in) throws IOException {
      Optional<String> base = DatasetNaming.baseNameOfAnnotation(name);
      if (base.isEmpty()) {
        unknown.add(root.relativize(member).toString());
        return;
      }
      if (annotations.putIfAbsent(base.get(), member) != null) {
        problems.add(root.relativize(member) + ": a second annotation of " + base.get());
        return;
      }
      try {
        PainLabels l = AnnotationCodec.labelsOf(
            AnnotationCodec.readTree(in.readAllBytes(), member), member);
        labels.put(base.get(), l);
        if (!l.pspiConsistent()) {
          pspiMismatches.add(base.get());
        }
      } catch (DatasetDataException e) {
        if (strict) {
          throw e;
        }
        problems.add(e.getMessage());
      }
    }

    void split(Path file, InputStream in) throws IOException {
      try {
        ReleaseShards.readSplit(in, file).forEach(r -> splitRows.put(r.annotationBaseName(),
            r.split()));
      } catch (DatasetDataException e) {
        if (strict) {
          throw e;
        }
        problems.add(e.getMessage());
      }
    }

    ReleaseScan build(Map<String, Integer> shards, Optional<Path> csv) {
      if (!unknown.isEmpty()) {
        problems.add(unknown.size() + " members of unknown kind, first " + unknown.get(0));
      }
      crossCheck(csv);
      return new ReleaseScan(root, images, annotations, labels, heatmaps, shards, meshFiles,
          csv, splitRows, problems);
    }

    private void crossCheck(Optional<Path> csv) {
      count(pspiMismatches, "annotations whose PSPI is not AU4 + max(AU6, AU7) + max(AU9, AU10)"
          + " + AU43");
      List<String> unannotated = images.keySet().stream()
          .filter(b -> !DatasetNaming.isNeutral(b) && !annotations.containsKey(b)).toList();
      count(unannotated, "pain image base names without annotation");
      count(annotations.keySet().stream().filter(b -> !images.containsKey(b)).toList(),
          "annotations without an image");
      if (csv.isPresent()) {
        count(splitRows.keySet().stream().filter(b -> !annotations.containsKey(b)).sorted()
            .toList(), "split rows without annotation");
        count(annotations.keySet().stream().filter(b -> !splitRows.containsKey(b)).toList(),
            "annotations without a split row");
      }
    }

    private void count(List<String> bases, String what) {
      if (!bases.isEmpty()) {
        problems.add(bases.size() + " " + what + ", first " + bases.get(0));
      }
    }
  }
}
