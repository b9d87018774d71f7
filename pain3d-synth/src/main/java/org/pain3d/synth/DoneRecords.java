package org.pain3d.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pain3d.dataset.ClipInfo;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.dataset.Sha256;
import org.pain3d.io.AtomicFiles;
import org.pain3d.io.Json;
import org.pain3d.io.TempOwner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records of finished identities, {@code .pain3d/done/<subject>.json}: one per identity,
 * written after all of its files, listing each file with its SHA-256 ({@code checksums}) and
 * size in bytes ({@code sizes}). A record is trusted only while its files are intact: {@link
 * #pending} (the start of a run) and {@link #allIntact} (before the dataset-level files) check
 * that every listed file exists with its size, {@link #pending} also its SHA-256 when asked;
 * a record that fails is deleted with a warning naming the file, so that the identity is made
 * again (same seed, same bytes).
 */
final class DoneRecords {
  private static final Logger LOG = LoggerFactory.getLogger(DoneRecords.class);
  private final Path root;
  private final Path folder;

  /** The dataset-level step of a finished dataset. */
  @FunctionalInterface
  interface Step {
    /** @throws IOException when writing fails */
    void run() throws IOException;
  }

  /**
   * What a run has to do.
   *
   * @param todo identities to make, in id order
   * @param skipped identities already finished and intact
   * @param repaired identities whose record was dropped because a file was missing or changed
   */
  record Pending(List<IdentityPlan> todo, int skipped, int repaired) {
    Pending {
      todo = List.copyOf(todo);
    }
  }

  /**
   * @param root the dataset root (the records' paths are relative to it)
   * @param folder the records' folder
   */
  DoneRecords(Path root, Path folder) {
    this.root = root;
    this.folder = folder;
  }

  /** @return the records' folder */
  Path folder() {
    return folder;
  }

  Path file(int identity) {
    return folder.resolve(DatasetNaming.subjectName(identity) + ".json");
  }

  boolean isDone(int identity) {
    return Files.isRegularFile(file(identity));
  }

  /**
   * Writes an identity's record (last, after its files), with the size of every file it lists.
   *
   * @param identity the identity
   * @param record what the identity wrote, each file with its SHA-256
   * @param owner the writer's temporary-file owner
   * @param <R> the record type
   * @throws IOException when a listed file is missing or writing fails
   */
  <R extends DoneRecord<R>> void write(int identity, R record, TempOwner owner) throws IOException {
    Map<String, Long> sizes = new TreeMap<>();
    for (String rel : record.checksums().keySet()) {
      sizes.put(rel, Files.size(root.resolve(rel)));
    }
    byte[] json = Json.dataset().writeValueAsBytes(record.withSizes(sizes));
    AtomicFiles.write(file(identity), owner, out -> out.write(json));
  }

  /**
   * Reads an identity's record (one of an older version too: missing sizes read as empty, a
   * clip record's missing optional keys as null).
   *
   * @param identity the identity
   * @param type the record type
   * @param <T> the record type
   * @return the record
   * @throws GenerationException when it is unreadable
   */
  <T> T read(int identity, Class<T> type) throws IOException {
    Path f = file(identity);
    try {
      JsonNode tree = Json.datasetReader().readTree(Files.readAllBytes(f));
      if (tree instanceof ObjectNode o && !o.has("sizes")) {
        o.putObject("sizes");
      }
      if (type == ClipRecord.class) {
        tree.path("clips").forEach(ClipInfo::fillOptionalKeys);
      }
      return Json.datasetReader().treeToValue(tree, type);
    } catch (IOException e) {
      throw new GenerationException(f + ": unreadable identity record: " + e.getMessage(), e);
    }
  }

  /**
   * The identities of a shard still to make: those without a record, and those whose record
   * fails the check (the record is deleted).
   *
   * @param plan the dataset's plan
   * @param shard this run's shard
   * @param checksums whether to compare SHA-256 too (reads every file)
   * @return what to do
   * @throws IOException when a record cannot be deleted
   */
  Pending pending(DatasetPlan plan, Shard shard, boolean checksums) throws IOException {
    List<IdentityPlan> mine = plan.identities().stream().filter(p -> shard.owns(p.id())).toList();
    List<Optional<String>> problems = check(mine, checksums);
    List<IdentityPlan> todo = new ArrayList<>();
    int skipped = 0;
    int repaired = 0;
    for (int i = 0; i < mine.size(); i++) {
      IdentityPlan p = mine.get(i);
      if (problems.get(i).isPresent()) {
        drop(p.id(), problems.get(i).get());
        todo.add(p);
        repaired++;
      } else if (isDone(p.id())) {
        skipped++;
      } else {
        todo.add(p);
      }
    }
    return new Pending(todo, skipped, repaired);
  }

  /**
   * @param plan the dataset's plan
   * @return whether every identity of every shard has a record
   */
  boolean allDone(DatasetPlan plan) {
    return plan.identities().stream().allMatch(p -> isDone(p.id()));
  }

  /**
   * Checks every identity's files (existence and size); drops the records that fail.
   *
   * @param plan the dataset's plan
   * @return whether every identity has an intact record
   * @throws IOException when a record cannot be deleted
   */
  boolean allIntact(DatasetPlan plan) throws IOException {
    List<IdentityPlan> all = plan.identities();
    List<Optional<String>> problems = check(all, false);
    boolean intact = true;
    for (int i = 0; i < all.size(); i++) {
      if (problems.get(i).isPresent()) {
        drop(all.get(i).id(), problems.get(i).get() + " (run its shard again with --resume)");
        intact = false;
      } else if (!isDone(all.get(i).id())) {
        intact = false;
      }
    }
    return intact;
  }

  private void drop(int identity, String problem) throws IOException {
    LOG.warn("identity {}: {}; making it again", identity, problem);
    Files.deleteIfExists(file(identity));
  }

  /** Problems of the identities that have a record, in the list's order (empty: intact or none). */
  private List<Optional<String>> check(List<IdentityPlan> ids, boolean checksums) {
    return ids.parallelStream()
        .map(p -> isDone(p.id()) ? problem(p.id(), checksums) : Optional.<String>empty())
        .toList();
  }

  private Optional<String> problem(int identity, boolean checksums) {
    JsonNode rec;
    try {
      rec = Json.mapper().readTree(Files.readAllBytes(file(identity)));
    } catch (IOException e) {
      return Optional.of("its record " + file(identity) + " is unreadable");
    }
    JsonNode sums = rec == null ? null : rec.get("checksums");
    if (sums == null || !sums.isObject() || sums.isEmpty()) {
      return Optional.of("its record " + file(identity) + " lists no files");
    }
    JsonNode sizes = rec.path("sizes");
    for (Iterator<Map.Entry<String, JsonNode>> it = sums.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Optional<String> p = fileProblem(e.getKey(), e.getValue().asText(), sizes.get(e.getKey()),
          checksums);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  private Optional<String> fileProblem(String rel, String sha, JsonNode size, boolean checksums) {
    Path f;
    try {
      DatasetNaming.checkRelativePath(rel);
      f = root.resolve(rel);
    } catch (IllegalArgumentException e) {
      return Optional.of("its record names a bad path '" + rel + "'");
    }
    try {
      if (!Files.isRegularFile(f)) {
        return Optional.of(rel + " is missing");
      }
      long actual = Files.size(f);
      if (size != null && size.canConvertToLong() && size.asLong() != actual) {
        return Optional.of(rel + " has " + actual + " bytes, " + size.asLong() + " were written");
      }
      if (checksums && !Sha256.hex(f).equals(sha)) {
        return Optional.of(rel + " has changed (its SHA-256 differs from the one written)");
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(rel + " cannot be read: " + e.getMessage());
    }
  }
}
