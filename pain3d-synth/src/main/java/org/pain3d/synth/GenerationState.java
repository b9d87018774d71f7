package org.pain3d.synth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pain3d.io.AtomicFiles;
import org.pain3d.io.Json;
import org.pain3d.dataset.DatasetNaming;

/**
 * The generator's bookkeeping inside the output folder, {@code .pain3d/}: the config the
 * dataset is made with ({@code config.json}) and one record per finished identity ({@code
 * done/<subject>.json}). Not part of the dataset (not in the manifest).
 */
final class GenerationState {
  static final String DIR = ".pain3d";
  private final Path root;
  private final Path dir;

  GenerationState(Path root) {
    this.root = root;
    this.dir = root.resolve(DIR);
  }

  Path configFile() {
    return dir.resolve("config.json");
  }

  Path recordFile(int identity) {
    return dir.resolve("done").resolve(DatasetNaming.subjectName(identity) + ".json");
  }

  /** @return the config the folder was made with, or null when it has none */
  JsonNode existingConfig() throws IOException {
    Path f = configFile();
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try {
      return Json.mapper().readTree(f.toFile());
    } catch (IOException e) {
      throw new GenerationException(f + ": unreadable generation state: " + e.getMessage(), e);
    }
  }

  void writeConfig(GeneratorConfig config) throws IOException {
    AtomicFiles.write(configFile(), Json.datasetPretty()
        .writeValueAsBytes(config.toJson()));
  }

  boolean isDone(int identity) {
    return Files.isRegularFile(recordFile(identity));
  }

  void writeRecord(IdentityRecord record) throws IOException {
    AtomicFiles.write(recordFile(record.identity()), Json.dataset().writeValueAsBytes(record));
  }

  IdentityRecord readRecord(int identity) throws IOException {
    Path f = recordFile(identity);
    try {
      return Json.datasetReader().readValue(f.toFile(), IdentityRecord.class);
    } catch (IOException e) {
      throw new GenerationException(f + ": unreadable identity record: " + e.getMessage(), e);
    }
  }

  /** Deletes temporary files that an interrupted run left in the dataset folders. */
  int removeTemporaryFiles() throws IOException {
    int n = 0;
    for (String sub : List.of(DatasetNaming.IMAGES_DIR, DatasetNaming.HEATMAPS_DIR, DatasetNaming.ANNOTATIONS_DIR,
        DatasetNaming.SPLITS_DIR, DIR + "/done", "")) {
      Path d = sub.isEmpty() ? root : root.resolve(sub);
      if (!Files.isDirectory(d)) {
        continue;
      }
      List<Path> tmp = new ArrayList<>();
      try (Stream<Path> s = Files.list(d)) {
        s.filter(p -> AtomicFiles.isTemporary(p.getFileName().toString())).forEach(tmp::add);
      }
      for (Path p : tmp) {
        Files.deleteIfExists(p);
        n++;
      }
    }
    return n;
  }

  /** Deletes a previous pain3d dataset in the folder (its own files and folders only). */
  void wipe() throws IOException {
    for (String sub : List.of(DatasetNaming.IMAGES_DIR, DatasetNaming.HEATMAPS_DIR, DatasetNaming.ANNOTATIONS_DIR,
        DatasetNaming.SPLITS_DIR, DIR)) {
      deleteTree(root.resolve(sub));
    }
    Files.deleteIfExists(root.resolve(DatasetNaming.METADATA));
    Files.deleteIfExists(root.resolve(DatasetNaming.MANIFEST));
    Path link = root.resolve(DatasetNaming.PUBLISHED_IMAGES_DIR);
    if (Files.isSymbolicLink(link)) {
      Files.delete(link);
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      List<Path> all = s.sorted(java.util.Comparator.reverseOrder()).toList();
      for (Path q : all) {
        Files.delete(q);
      }
    }
  }
}
