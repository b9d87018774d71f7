package org.pain3d.train;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.pain3d.dataset.Sha256;
import org.pain3d.io.AtomicFiles;
import org.pain3d.io.CrashPoints;
import org.pain3d.tensor.Safetensors;

/**
 * A run's checkpoints as generations. Epoch {@code N} is committed in this order:
 *
 * <ol>
 *   <li>its files (weights, {@code optimizer.safetensors}) into a new folder {@code
 *       checkpoints/epoch-NNNN/}, each synced and renamed from a temporary name;
 *   <li>its {@code metrics.jsonl} line (synced);
 *   <li>{@code state.json} ({@link RunState}), atomically: the one commit record, naming the
 *       SHA-256 of every file of the generation and of the best epoch's weights, and keeping the
 *       previous commit as a fallback;
 *   <li>the {@code last-*} (and, for a best epoch, {@code best-*}) files, hard links to the
 *       generation's files (copies where links are not supported), each renamed into place;
 *   <li>generations nobody names any more are deleted (the current and previous ones and their
 *       best epochs stay; a generation kept only for its best weights loses its optimizer).
 * </ol>
 *
 * <p>A crash before step 3 leaves the previous commit in force: resuming deletes the half-made
 * generation and drops the metrics lines after the committed epoch. A crash after it resumes
 * from the new commit and redoes steps 4 and 5. Resuming verifies the committed files' checksums
 * and falls back to the previous commit with a warning when they do not match, or refuses when
 * neither is intact: never a silent mix of two epochs. {@link CrashPoints} mark every file
 * boundary ({@code train.file:NAME}, {@code train.metrics}, {@code train.commit}, {@code
 * train.link:NAME}, {@code train.gc}).
 */
public final class Checkpoints {
  /** The optimizer state's file in a generation. */
  public static final String OPTIMIZER = "optimizer.safetensors";

  private Checkpoints() {}

  /**
   * The folder of one generation.
   *
   * @param run the run folder
   * @param epoch 1-based epoch
   * @return {@code run/checkpoints/epoch-NNNN}
   */
  public static Path folder(Path run, int epoch) {
    return run.resolve(RunFiles.CHECKPOINTS).resolve(String.format(Locale.ROOT, "epoch-%04d",
        epoch));
  }

  /**
   * Commits the epoch that just ended.
   *
   * @param s the trainer's state (best-epoch choice made)
   * @return the committed state
   * @throws IOException when a file cannot be written (the previous commit stays in force)
   */
  static RunState commit(TrainingState s) throws IOException {
    Path run = s.run();
    RunState before = s.runState();
    RunState next = s.next();
    Path dir = folder(run, next.epochsDone());
    deleteTree(dir);
    Map<String, String> files = new LinkedHashMap<>();
    for (String f : s.model().fileNames()) {
      s.model().saveFile(dir, "", f);
      files.put(f, Sha256.hex(dir.resolve(f)));
      CrashPoints.reach("train.file:" + f, run);
    }
    Safetensors.write(dir.resolve(OPTIMIZER), s.optimizer().state(),
        Map.of("format", "pain3d-adamw"));
    files.put(OPTIMIZER, Sha256.hex(dir.resolve(OPTIMIZER)));
    CrashPoints.reach("train.file:" + OPTIMIZER, run);
    Map<String, String> best = s.best() ? weights(files) : before.bestFiles();
    RunState committed = new RunState(next.epochsDone(), next.bestEpoch(), next.bestValLoss(),
        files, best, before.generational() ? before : null);
    RunFiles.appendMetrics(run, s.record());
    CrashPoints.reach("train.metrics", run);
    RunFiles.write(run.resolve(RunFiles.STATE), committed);
    CrashPoints.reach("train.commit", run);
    publish(run, committed, s.best());
    collect(run, committed);
    CrashPoints.reach("train.gc", run);
    return committed;
  }

  /**
   * Turns a run written before generations into one: its {@code last-*} and {@code best-*}
   * files become the generations of its last and best epochs, and {@code state.json} their
   * commit.
   *
   * @param run the run folder
   * @param legacy its state
   * @param model the model (for the file names)
   * @return the committed state
   * @throws IOException when a file is missing or cannot be written
   */
  static RunState migrate(Path run, RunState legacy, CheckpointedModel model)
      throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(model.fileNames());
    names.add(OPTIMIZER);
    for (String f : names) {
      Path to = folder(run, legacy.epochsDone()).resolve(f);
      place(to, run.resolve(RunFiles.LAST + f));
      files.put(f, Sha256.hex(to));
    }
    Map<String, String> best = new LinkedHashMap<>();
    for (String f : model.fileNames()) {
      Path to = folder(run, legacy.bestEpoch()).resolve(f);
      if (legacy.bestEpoch() != legacy.epochsDone()) {
        place(to, run.resolve(RunFiles.BEST + f));
      }
      best.put(f, Sha256.hex(to));
    }
    RunState st = new RunState(legacy.epochsDone(), legacy.bestEpoch(), legacy.bestValLoss(),
        files, best, null);
    RunFiles.write(run.resolve(RunFiles.STATE), st);
    return st;
  }

  /**
   * The committed state to resume from: the current commit when its files are intact, else the
   * previous one (with a warning in the result).
   *
   * @param run the run folder
   * @param st the committed state
   * @return the state and the warning, if any
   * @throws RunFormatException when no commit is intact
   * @throws IOException when a file cannot be read
   */
  static Recovery recover(Path run, RunState st) throws IOException {
    List<String> problems = new ArrayList<>();
    List<RunState> candidates = st.previous() == null ? List.of(st) : List.of(st, st.previous());
    for (RunState c : candidates) {
      String p = problem(run, c);
      if (p == null) {
        return c == st ? new Recovery(st, null) : new Recovery(c.withoutPrevious(), "epoch "
            + st.epochsDone() + "'s checkpoint is damaged (" + problems.get(0)
            + "); resuming from epoch " + c.epochsDone() + ", the epoch before");
      }
      problems.add(p);
    }
    throw new RunFormatException(run.resolve(RunFiles.STATE), "no intact checkpoint: "
        + String.join("; ", problems) + "; the run cannot resume: train into a new --out folder",
        null);
  }

  /**
   * The state to resume from and what was repaired on the way.
   *
   * @param state the commit in force
   * @param warning why an earlier commit was taken, or {@code null}
   */
  record Recovery(RunState state, String warning) {}

  private static String problem(Path run, RunState g) throws IOException {
    String p = mismatch(folder(run, g.epochsDone()), g.files());
    return p != null ? p : mismatch(folder(run, g.bestEpoch()), g.bestFiles());
  }

  private static String mismatch(Path dir, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path f = dir.resolve(e.getKey());
      String rel = dir.getParent().getFileName() + "/" + dir.getFileName() + "/" + e.getKey();
      if (!Files.isRegularFile(f)) {
        return rel + " is missing";
      }
      if (!Sha256.hex(f).equals(e.getValue())) {
        return rel + " does not have the checksum state.json records";
      }
    }
    return null;
  }

  /**
   * Makes the {@code last-*} (and with {@code best} the {@code best-*}) files the committed
   * generation's.
   *
   * @param run the run folder
   * @param st the committed state
   * @param best whether to publish the best weights too
   * @throws IOException when a link or copy fails
   */
  static void publish(Path run, RunState st, boolean best) throws IOException {
    for (String f : st.files().keySet()) {
      place(run.resolve(RunFiles.LAST + f), folder(run, st.epochsDone()).resolve(f));
      CrashPoints.reach("train.link:" + RunFiles.LAST + f, run);
    }
    if (best) {
      for (String f : st.bestFiles().keySet()) {
        place(run.resolve(RunFiles.BEST + f), folder(run, st.bestEpoch()).resolve(f));
        CrashPoints.reach("train.link:" + RunFiles.BEST + f, run);
      }
    }
  }

  /**
   * Deletes the generations the state does not name, and the optimizer state of those kept only
   * for their best weights.
   *
   * @param run the run folder
   * @param st the committed state
   * @throws IOException when a folder cannot be listed or deleted
   */
  static void collect(Path run, RunState st) throws IOException {
    Path root = run.resolve(RunFiles.CHECKPOINTS);
    RunState p = st.previous();
    Set<Integer> resumable = p == null ? Set.of(st.epochsDone())
        : Set.of(st.epochsDone(), p.epochsDone());
    Set<Integer> keep = new java.util.HashSet<>(resumable);
    keep.add(st.bestEpoch());
    if (p != null) {
      keep.add(p.bestEpoch());
    }
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> s = Files.list(root)) {
      for (Path dir : s.sorted().toList()) {
        int epoch = epochOf(dir);
        if (!keep.contains(epoch)) {
          deleteTree(dir);
        } else if (!resumable.contains(epoch)) {
          Files.deleteIfExists(dir.resolve(OPTIMIZER));
        }
      }
    }
  }

  private static int epochOf(Path dir) {
    String n = dir.getFileName().toString();
    try {
      return n.startsWith("epoch-") ? Integer.parseInt(n.substring(6)) : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Checks that the {@code last-*} or {@code best-*} weight files are the committed epoch's,
   * in a run folder written with generations; a folder of an earlier version is not checked.
   *
   * @param run the run folder
   * @param prefix {@link RunFiles#LAST} or {@link RunFiles#BEST}
   * @throws NoSuchFileException when a file is missing
   * @throws RunFormatException when a file is not the committed one (an interrupted update)
   * @throws IOException when a file cannot be read
   */
  public static void verify(Path run, String prefix) throws IOException {
    Path state = run.resolve(RunFiles.STATE);
    if (!Files.isRegularFile(state)) {
      return;
    }
    RunState st = RunFiles.read(state, RunState.class);
    if (!st.generational()) {
      return;
    }
    boolean last = prefix.equals(RunFiles.LAST);
    for (Map.Entry<String, String> e : (last ? st.files() : st.bestFiles()).entrySet()) {
      Path f = run.resolve(prefix + e.getKey());
      if (e.getKey().equals(OPTIMIZER)) {
        continue;
      }
      if (!Files.isRegularFile(f)) {
        throw new NoSuchFileException(f.toString());
      }
      if (!Sha256.hex(f).equals(e.getValue())) {
        throw new RunFormatException(f, "is not the weights of epoch "
            + (last ? st.epochsDone() : st.bestEpoch()) + " that state.json commits (the run was"
            + " interrupted while updating its files); run the same train command again to"
            + " finish it", null);
      }
    }
  }

  /** Weight files of a generation (everything but the optimizer state). */
  private static Map<String, String> weights(Map<String, String> files) {
    Map<String, String> w = new LinkedHashMap<>(files);
    w.remove(OPTIMIZER);
    return w;
  }

  /** Puts {@code source} at {@code target}: a hard link renamed into place, else a copy. */
  private static void place(Path target, Path source) throws IOException {
    if (Files.exists(target) && Files.isSameFile(target, source)) {
      return;
    }
    Files.createDirectories(target.getParent());
    Path tmp = target.resolveSibling("." + target.getFileName() + ".link.tmp");
    Files.deleteIfExists(tmp);
    try {
      Files.createLink(tmp, source);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.deleteIfExists(tmp);
      if (e instanceof NoSuchFileException) {
        throw (NoSuchFileException) e;
      }
      AtomicFiles.writeFile(target, t -> Files.copy(source, t,
          StandardCopyOption.REPLACE_EXISTING));
    }
  }

  /**
   * Deletes a folder and everything in it (no-op when missing).
   *
   * @param dir the folder
   * @throws IOException when something cannot be deleted
   */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
