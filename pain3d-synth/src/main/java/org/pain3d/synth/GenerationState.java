package org.pain3d.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pain3d.io.AtomicFiles;
import org.pain3d.io.Json;
import org.pain3d.dataset.DatasetNaming;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generator's bookkeeping inside the output folder, {@code .pain3d/}: the config the
 * dataset is made with ({@code config.json}) and one record per finished identity ({@code
 * done/<subject>.json}). Not part of the dataset (not in the manifest).
 */
final class GenerationState {
  static final String DIR = ".pain3d";
  private static final Logger LOG = LoggerFactory.getLogger(GenerationState.class);
  private final Path root;
  private final Path dir;
  private final List<String> dataDirs;
  private final List<String> dataFiles;

  /** The state of an image dataset ({@code pain3d generate}). */
  GenerationState(Path root) {
    this(root, List.of(DatasetNaming.IMAGES_DIR, DatasetNaming.HEATMAPS_DIR, DatasetNaming.ANNOTATIONS_DIR,
        DatasetNaming.SPLITS_DIR), List.of(DatasetNaming.METADATA, DatasetNaming.MANIFEST));
  }

  /**
   * @param root the output folder
   * @param dataDirs the dataset's folders (temporary files are cleaned there, {@code
   *     --overwrite} deletes them)
   * @param dataFiles the dataset-level files at the root ({@code --overwrite} deletes them)
   */
  GenerationState(Path root, List<String> dataDirs, List<String> dataFiles) {
    this.root = root;
    this.dir = root.resolve(DIR);
    this.dataDirs = List.copyOf(dataDirs);
    this.dataFiles = List.copyOf(dataFiles);
  }

  /**
   * Makes the folder ready for a run: refuses a non-empty folder that holds no pain3d dataset,
   * or one made with another config (unless {@code --overwrite}, which deletes that dataset's
   * own files), or a finished run of this config without {@code --resume}; cleans temporary
   * files of an interrupted run; records the config.
   *
   * @param wanted the run's config as JSON
   * @param options the run's options
   * @throws GenerationException when the folder may not be used as asked
   * @throws IOException when it cannot be read or written
   */
  void prepare(ObjectNode wanted, GenerationOptions options) throws IOException {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new GenerationException(root + " exists and is not a folder");
    }
    if (Files.isDirectory(root) && !isEmpty(root)) {
      JsonNode existing = existingConfig();
      if (existing == null) {
        throw new GenerationException(root + " is not empty and holds no pain3d dataset; use an empty or new folder");
      }
      boolean same = existing.equals(Json.datasetReader().readTree(Json.dataset().writeValueAsBytes(wanted)));
      if (options.overwrite()) {
        LOG.info("--overwrite: removing the dataset in {}", root);
        wipe();
      } else if (!same) {
        throw new GenerationException(root + " holds a dataset made with another config (" + existing
            + "); use a new folder, the same arguments with --resume, or --overwrite");
      } else if (!options.resume() && options.shard().count() == 1) {
        throw new GenerationException(root + " already holds this dataset; add --resume to finish it "
            + "or --overwrite to make it again");
      } else {
        int removed = removeTemporaryFiles();
        if (removed > 0) {
          LOG.info("removed {} temporary files of an interrupted run", removed);
        }
      }
    }
    Files.createDirectories(root);
    if (existingConfig() == null) {
      writeConfig(wanted);
    }
  }

  /** Whether a folder is empty, not counting the lock files of runs writing it. */
  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> !isLockFile(p.getFileName().toString())).findAny().isEmpty();
    }
  }

  /**
   * @param name a file name in the output folder
   * @return whether it is a writer's lock file ({@code .pain3d.lock}, {@code
   *     .pain3d-shard-i-of-n.lock}), which the CLI takes before the generator starts
   */
  static boolean isLockFile(String name) {
    return name.startsWith(".pain3d") && name.endsWith(".lock");
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

  void writeConfig(ObjectNode config) throws IOException {
    AtomicFiles.write(configFile(), Json.datasetPretty().writeValueAsBytes(config));
  }

  /**
   * The identities of a shard still to make.
   *
   * @param plan the dataset's plan
   * @param shard this run's shard
   * @return the unfinished identities this shard owns, in id order
   */
  List<IdentityPlan> pending(DatasetPlan plan, Shard shard) {
    List<IdentityPlan> todo = new ArrayList<>();
    for (IdentityPlan p : plan.identities()) {
      if (shard.owns(p.id()) && !isDone(p.id())) {
        todo.add(p);
      }
    }
    return todo;
  }

  /**
   * @param plan the dataset's plan
   * @param shard this run's shard
   * @return how many identities of the shard are finished
   */
  int finished(DatasetPlan plan, Shard shard) {
    int n = 0;
    for (IdentityPlan p : plan.identities()) {
      n += shard.owns(p.id()) && isDone(p.id()) ? 1 : 0;
    }
    return n;
  }

  /**
   * @param plan the dataset's plan
   * @return whether every identity of every shard is finished
   */
  boolean allDone(DatasetPlan plan) {
    return finished(plan, Shard.all()) == plan.identities().size();
  }

  boolean isDone(int identity) {
    return Files.isRegularFile(recordFile(identity));
  }

  void writeRecord(int identity, Object record) throws IOException {
    AtomicFiles.write(recordFile(identity), Json.dataset().writeValueAsBytes(record));
  }

  <T> T readRecord(int identity, Class<T> type) throws IOException {
    Path f = recordFile(identity);
    try {
      return Json.datasetReader().forType(type).readValue(f.toFile());
    } catch (IOException e) {
      throw new GenerationException(f + ": unreadable identity record: " + e.getMessage(), e);
    }
  }

  /** Deletes temporary files that an interrupted run left in the dataset folders. */
  int removeTemporaryFiles() throws IOException {
    int n = 0;
    List<String> dirs = new ArrayList<>(dataDirs);
    dirs.add(DIR + "/done");
    dirs.add("");
    for (String sub : dirs) {
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
    for (String sub : dataDirs) {
      deleteTree(root.resolve(sub));
    }
    deleteTree(dir);
    for (String f : dataFiles) {
      Files.deleteIfExists(root.resolve(f));
    }
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
