package org.pain3d.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
import org.pain3d.io.AtomicFiles;
import org.pain3d.io.CrashPoints;
import org.pain3d.io.FolderLock;
import org.pain3d.io.Json;
import org.pain3d.io.TempOwner;
import org.pain3d.io.WriterLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generator's bookkeeping inside the output folder, {@code .pain3d/} (not part of the
 * dataset, not in the manifest), for image datasets ({@link DatasetGenerator}) and clip
 * datasets ({@link ClipGenerator}) alike: the config the dataset is made with ({@code
 * config.json}), one record per finished identity ({@code done/<subject>.json}, see {@link
 * DoneRecords}), the locks of the runs writing the folder ({@code locks/}, {@link WriterLocks})
 * and, while an {@code --overwrite} removes an old dataset, the marker {@code wiping.json}.
 *
 * <p>Runs of one folder: every run of shard {@code i/n} is the live writer {@code shard-i-of-n}
 * for its whole run, so the same shard twice, an {@code --overwrite} beside any live run, or
 * shards of different counts are refused with {@link ErrorKind#BUSY}. Preparing the folder
 * (checking its config, wiping, removing leftovers) and finishing it (the dataset-level files)
 * happen under the folder's setup lock, one process at a time; temporary files carry their
 * writer's name, so the leftovers of a dead run are removed and those of a live shard are not.
 *
 * <p>A kill during the wipe leaves the marker, which names the config the wipe was for: a
 * later run with {@code --overwrite}, or with that same config, finishes the wipe first; any
 * other run is refused with a message saying so.
 */
final class GenerationState {
  static final String DIR = ".pain3d";
  /** How long a run waits for another to finish preparing or finishing the folder. */
  static final Duration SETUP_WAIT = Duration.ofHours(1);
  private static final Logger LOG = LoggerFactory.getLogger(GenerationState.class);
  /**
   * Config keys added after datasets were made without them, with the value that makes what
   * those datasets hold: a folder whose config lacks such a key is the same config as a run that
   * asks for that value (clip folders made before {@code mesh_detail} was recorded drew every
   * frame on the full mesh, so they resume with {@code --mesh-detail full}; folders made before
   * {@link RendererVersion#KEY} was recorded count as version 1).
   */
  static final Map<String, JsonNode> ADDED_KEYS = Map.of("mesh_detail", TextNode.valueOf("full"),
      RendererVersion.KEY, IntNode.valueOf(1));
  private final Path root;
  private final Path dir;
  private final String command;
  private final List<String> dataDirs;
  private final List<String> dataFiles;
  private final WriterLocks locks;
  private final DoneRecords done;

  /**
   * The state of an image dataset ({@code pain3d generate}).
   *
   * @param root the output folder
   */
  GenerationState(Path root) {
    this(root, "pain3d generate", List.of(DatasetNaming.IMAGES_DIR, DatasetNaming.HEATMAPS_DIR,
        DatasetNaming.ANNOTATIONS_DIR, DatasetNaming.SPLITS_DIR), List.of(DatasetNaming.METADATA,
        DatasetNaming.MANIFEST));
  }

  /**
   * @param root the output folder
   * @param command the command that writes it ({@code pain3d video}), for messages and locks
   * @param dataDirs the dataset's folders (leftover temporary files are removed there, {@code
   *     --overwrite} deletes them)
   * @param dataFiles the dataset-level files at the root ({@code --overwrite} deletes them)
   */
  GenerationState(Path root, String command, List<String> dataDirs, List<String> dataFiles) {
    this.root = root.toAbsolutePath().normalize();
    this.dir = this.root.resolve(DIR);
    this.command = command;
    this.dataDirs = List.copyOf(dataDirs);
    this.dataFiles = List.copyOf(dataFiles);
    this.locks = new WriterLocks(dir.resolve("locks"));
    this.done = new DoneRecords(this.root, dir.resolve("done"));
  }

  /** A run's hold on the folder: its writer lock, released by {@link #close}. */
  static final class Lease implements AutoCloseable {
    private final WriterLocks.Writer writer;

    private Lease(WriterLocks.Writer writer) {
      this.writer = writer;
    }

    /** @return the owner of the run's temporary files */
    TempOwner owner() {
      return writer.owner();
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }

  /** @return the finished-identity records */
  DoneRecords done() {
    return done;
  }

  /**
   * Makes the folder ready for a run and makes the run its live writer: refuses a folder in use
   * as asked, a non-empty folder that holds no pain3d dataset, or one made with another config
   * (unless {@code --overwrite}, which deletes that dataset's own files), or a finished run of
   * this config without {@code --resume}; finishes an interrupted wipe; removes the temporary
   * files of dead runs; records the config.
   *
   * @param wanted the run's config as JSON
   * @param options the run's options
   * @return the run's lease; close it when the run ends
   * @throws GenerationException when the folder may not be used as asked
   * @throws Pain3dException of kind {@link ErrorKind#BUSY} when a live run is in the way
   * @throws IOException when it cannot be read or written
   */
  Lease prepare(ObjectNode wanted, GenerationOptions options) throws IOException {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new GenerationException(root + " exists and is not a folder");
    }
    if (Files.isDirectory(root) && !Files.isDirectory(dir) && !isEmpty(root)) {
      throw notOurs();
    }
    Shard shard = options.shard();
    String purpose = command + ", shard " + shard;
    try (FolderLock setup = locks.setup(purpose, SETUP_WAIT)) {
      checkLiveRuns(options);
      int removed = locks.removeDeadTemporaries(tempFolders());
      if (removed > 0) {
        LOG.info("removed {} temporary files of an interrupted run", removed);
      }
      checkConfig(normalise(wanted), options);
      if (existingConfig() == null) {
        AtomicFiles.write(configFile(), Json.datasetPretty().writeValueAsBytes(wanted));
      }
      endWipe();
      return new Lease(locks.join(writerName(shard), purpose));
    }
  }

  /** Compares the folder's config (or an interrupted wipe's) with the run's; wipes when asked. */
  private void checkConfig(JsonNode want, GenerationOptions options) throws IOException {
    JsonNode wipeFor = wipeMarker();
    JsonNode existing = existingConfig();
    if (wipeFor != null) {
      if (!options.overwrite() && !sameConfig(wipeFor, want)) {
        throw new GenerationException("an --overwrite of " + root + " was interrupted while it"
            + " removed the old dataset; run again with --overwrite to finish it");
      }
      LOG.info("finishing the interrupted removal of the old dataset in {}", root);
      wipe(want);
    } else if (existing == null) {
      if (!onlyState()) {
        throw notOurs();
      }
    } else if (options.overwrite()) {
      LOG.info("--overwrite: removing the dataset in {}", root);
      wipe(want);
    } else if (!sameConfig(existing, want)) {
      throw new GenerationException(root + " holds a dataset made with another config (" + differences(existing, want)
          + "); " + (sameRenderer(existing, want) ? "use a new folder, the same arguments with --resume, or --overwrite"
          : "another pain3d build drew it, and no arguments make this build draw the same images: finish it with"
          + " the build that began it, or use a new folder or --overwrite"));
    } else if (!options.resume() && options.shard().count() == 1) {
      throw new GenerationException(root + " already holds this dataset; add --resume to finish it "
          + "or --overwrite to make it again");
    }
  }

  /**
   * Runs the dataset-level step when every identity is finished and its files are intact, under
   * the setup lock (one finisher at a time; a later one writes the same bytes again).
   *
   * @param plan the dataset's plan
   * @param step writes the dataset-level files
   * @return whether the step ran
   * @throws IOException when checking or writing fails
   */
  boolean finishIfComplete(DatasetPlan plan, DoneRecords.Step step) throws IOException {
    if (!done.allDone(plan)) {
      return false;
    }
    try (FolderLock setup = locks.setup(command + ", writing the dataset files", SETUP_WAIT)) {
      if (!done.allIntact(plan)) {
        return false;
      }
      step.run();
      return true;
    }
  }

  private void checkLiveRuns(GenerationOptions options) throws IOException {
    SortedMap<String, String> live = locks.live();
    if (live.isEmpty()) {
      return;
    }
    if (options.overwrite()) {
      throw busy("--overwrite would delete what a running " + command + " writes in " + root
          + " (" + String.join("; ", live.values()) + "); stop it first or wait for it to finish");
    }
    String me = writerName(options.shard());
    if (live.containsKey(me)) {
      throw busy(root + " is being written by another " + command + " run of shard "
          + options.shard() + " (" + live.get(me) + "); wait for it to finish or stop it");
    }
    for (Map.Entry<String, String> e : live.entrySet()) {
      if (!e.getKey().endsWith("-of-" + options.shard().count())) {
        throw busy(root + " is being written with another shard count (" + e.getValue()
            + "); the shards of one folder must use the same n in --shard i/n");
      }
    }
  }

  private static Pain3dException busy(String message) {
    return new Pain3dException(ErrorKind.BUSY, message);
  }

  private GenerationException notOurs() {
    return new GenerationException(root + " is not empty and holds no pain3d dataset; use an empty or new folder");
  }

  static String writerName(Shard shard) {
    return "shard-" + shard.index() + "-of-" + shard.count();
  }

  /**
   * @param existing a folder's config
   * @param want a run's config
   * @return whether they are the same dataset's config, a key of {@link #ADDED_KEYS} missing
   *     from the folder's counting as its old value
   */
  static boolean sameConfig(JsonNode existing, JsonNode want) {
    return existing.equals(withoutAddedKeysAtOldValues(existing, want));
  }

  /**
   * @return whether the folder's config names the same {@link RendererVersion} as the run's (a
   *     folder without one counting as version 1)
   */
  static boolean sameRenderer(JsonNode existing, JsonNode want) {
    return folderValue(existing, RendererVersion.KEY).equals(want.get(RendererVersion.KEY));
  }

  /**
   * @return a folder config's value of a key, a key of {@link #ADDED_KEYS} missing from it counting
   *     as its old value; null when the folder has no such key
   */
  private static JsonNode folderValue(JsonNode existing, String key) {
    JsonNode v = existing.get(key);
    return v != null ? v : ADDED_KEYS.get(key);
  }

  /**
   * @return the top-level keys whose values differ, as {@code key: folder X, this run Y}
   *     (a missing key as {@code none}), separated by semicolons
   */
  static String differences(JsonNode existing, JsonNode want) {
    JsonNode w = withoutAddedKeysAtOldValues(existing, want);
    TreeSet<String> keys = new TreeSet<>();
    existing.fieldNames().forEachRemaining(keys::add);
    w.fieldNames().forEachRemaining(keys::add);
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      JsonNode a = existing.get(k);
      JsonNode b = w.get(k);
      if (a == null || !a.equals(b)) {
        JsonNode before = folderValue(existing, k);
        String old = a != null ? a.toString() : before != null ? "none (made before it existed: " + before + ")" : "none";
        out.add(k + ": folder " + old + ", this run " + (b == null ? "none" : b.toString()));
      }
    }
    return out.isEmpty() ? "not comparable" : String.join("; ", out);
  }

  private static JsonNode withoutAddedKeysAtOldValues(JsonNode existing, JsonNode want) {
    if (!(want instanceof ObjectNode w) || !existing.isObject()) {
      return want;
    }
    ObjectNode trimmed = null;
    for (Map.Entry<String, JsonNode> e : ADDED_KEYS.entrySet()) {
      if (!existing.has(e.getKey()) && e.getValue().equals(w.get(e.getKey()))) {
        trimmed = trimmed == null ? w.deepCopy() : trimmed;
        trimmed.remove(e.getKey());
      }
    }
    return trimmed == null ? want : trimmed;
  }

  private static JsonNode normalise(ObjectNode config) throws IOException {
    return Json.datasetReader().readTree(Json.dataset().writeValueAsBytes(config));
  }

  /** Whether the folder holds nothing but our state folder with nothing but its locks. */
  private boolean onlyState() throws IOException {
    for (Path p : list(root)) {
      if (!p.equals(dir)) {
        return false;
      }
    }
    for (Path p : list(dir)) {
      if (!p.equals(locks.folder())) {
        return false;
      }
    }
    return true;
  }

  /** The folders that may hold temporary files: the data folders and their sub-folders. */
  private List<Path> tempFolders() throws IOException {
    List<Path> dirs = new ArrayList<>();
    for (String sub : dataDirs) {
      Path d = root.resolve(sub);
      if (Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
        try (Stream<Path> s = Files.walk(d)) {
          s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
              .forEach(dirs::add);
        }
      }
    }
    dirs.add(done.folder());
    dirs.add(dir);
    dirs.add(root);
    return dirs;
  }

  Path configFile() {
    return dir.resolve("config.json");
  }

  private Path wipeMarkerFile() {
    return dir.resolve("wiping.json");
  }

  /** @return the config the folder was made with, or null when it has none */
  JsonNode existingConfig() throws IOException {
    return readState(configFile(), "generation state");
  }

  private JsonNode wipeMarker() throws IOException {
    return readState(wipeMarkerFile(), "wipe marker");
  }

  private static JsonNode readState(Path f, String what) throws IOException {
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try {
      return Json.datasetReader().readTree(Files.readAllBytes(f));
    } catch (IOException e) {
      throw new GenerationException(f + ": unreadable " + what + ": " + e.getMessage(), e);
    }
  }

  /**
   * Deletes a previous pain3d dataset in the folder (its own files and folders only, never the
   * locks), after recording in {@code wiping.json} that a wipe for {@code wantedConfig} is in
   * progress; {@link #endWipe} removes the record once the new config is written.
   */
  private void wipe(JsonNode wantedConfig) throws IOException {
    AtomicFiles.write(wipeMarkerFile(), Json.datasetPretty().writeValueAsBytes(wantedConfig));
    CrashPoints.reach(CrashPoints.WIPE_MARKED, root);
    for (String sub : dataDirs) {
      deleteTree(root.resolve(sub));
    }
    for (String f : dataFiles) {
      delete(root.resolve(f));
    }
    Path link = root.resolve(DatasetNaming.PUBLISHED_IMAGES_DIR);
    if (Files.isSymbolicLink(link)) {
      delete(link);
    }
    deleteTree(done.folder());
    delete(configFile());
    AtomicFiles.syncFolder(root);
    AtomicFiles.syncFolder(dir);
  }

  private void endWipe() throws IOException {
    if (Files.deleteIfExists(wipeMarkerFile())) {
      AtomicFiles.syncFolder(dir);
      CrashPoints.reach(CrashPoints.WIPE_DELETED, wipeMarkerFile());
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> all;
    try (Stream<Path> s = Files.walk(p)) {
      all = s.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path q : all) {
      delete(q);
    }
  }

  private static void delete(Path p) throws IOException {
    if (Files.deleteIfExists(p)) {
      CrashPoints.reach(CrashPoints.WIPE_DELETED, p);
    }
  }

  private static boolean isEmpty(Path folder) throws IOException {
    return list(folder).isEmpty();
  }

  private static List<Path> list(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.toList();
    }
  }
}
