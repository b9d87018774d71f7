package org.pain3d.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pain3d.io.AtomicFiles;
import org.pain3d.io.Json;
import org.pain3d.vitpain.VitPainConfig;

/**
 * The files of a run folder: {@code model.json} ({@link VitPainConfig}; a temporal run's model is
 * {@code temporal.json} instead, see {@link CheckpointedModel}), {@code train.json}
 * ({@link TrainConfig}), {@code provenance.json} ({@link RunProvenance}), {@code state.json}
 * ({@link RunState}), {@code metrics.jsonl} (one
 * {@link EpochRecord} per line), and the weights {@code last-*.safetensors} /
 * {@code best-*.safetensors} (heads, adapters or trained backbone; {@code
 * last-optimizer.safetensors}) and, in frozen mode, {@code token-cache/}.
 */
public final class RunFiles {
  /** Model config file. */
  public static final String MODEL = "model.json";
  /** Training config file. */
  public static final String TRAIN = "train.json";
  /** Provenance file: data, configs, software. */
  public static final String PROVENANCE = "provenance.json";
  /** Lock file: one writer per run folder. */
  public static final String LOCK = ".pain3d.lock";
  /** Folder of the committed epochs. */
  public static final String CHECKPOINTS = "checkpoints";
  /** Progress file. */
  public static final String STATE = "state.json";
  /** Metrics log. */
  public static final String METRICS = "metrics.jsonl";
  /** Prefix of the latest weights. */
  public static final String LAST = "last-";
  /** Prefix of the selected weights. */
  public static final String BEST = "best-";
  /** Folder of the frozen mode's backbone tokens ({@link DiskTokenStore}). */
  public static final String TOKENS = "token-cache";

  private RunFiles() {}

  /**
   * Writes a value as indented JSON (undefined values, NaN, as {@code null}), atomically.
   *
   * @param file the file
   * @param value a record
   * @throws IOException if it cannot be written
   */
  public static void write(Path file, Object value) throws IOException {
    AtomicFiles.write(file, Json.run().writeValueAsBytes(value));
  }

  /**
   * Reads a JSON file.
   *
   * @param <T> the type
   * @param file the file
   * @param type the record class
   * @return the value
   * @throws NoSuchFileException if it is missing
   * @throws RunFormatException if it is malformed
   * @throws IOException if it cannot be read
   */
  public static <T> T read(Path file, Class<T> type) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    try {
      return Json.mapper().readValue(file.toFile(), type);
    } catch (JsonProcessingException e) {
      throw new RunFormatException(file, "malformed " + type.getSimpleName() + ": "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * The model config of a run.
   *
   * @param run the run folder
   * @return the config
   * @throws IOException if it is missing or unreadable
   */
  public static VitPainConfig modelConfig(Path run) throws IOException {
    return read(run.resolve(MODEL), VitPainConfig.class);
  }

  /**
   * Appends one line to the metrics log and syncs it to disk.
   *
   * @param run the run folder
   * @param record the epoch
   * @throws IOException if it cannot be written
   */
  public static void appendMetrics(Path run, EpochRecord record) throws IOException {
    byte[] line = (Json.runLine().writeValueAsString(record) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    try (FileChannel ch = FileChannel.open(run.resolve(METRICS), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer b = ByteBuffer.wrap(line);
      while (b.hasRemaining()) {
        ch.write(b);
      }
      ch.force(true);
    }
  }

  /**
   * Makes the metrics log hold exactly one complete line per committed epoch: lines of later
   * (uncommitted) epochs, repeated epochs (the later line kept) and a torn last line are
   * dropped; the file is rewritten atomically when anything changes.
   *
   * @param run the run folder
   * @param epochs the committed epochs
   * @return what was dropped, or {@code null} when nothing was
   * @throws IOException if the log cannot be read or written
   */
  public static String repairMetrics(Path run, int epochs) throws IOException {
    Path file = run.resolve(METRICS);
    if (!Files.exists(file)) {
      return null;
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Map<Integer, String> kept = new TreeMap<>();
    List<String> dropped = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      boolean complete = i < lines.length - 1;
      if (l.isEmpty() && !complete) {
        continue;
      }
      int epoch = complete ? epochOf(l) : -1;
      if (epoch < 1 || epoch > epochs) {
        dropped.add(epoch < 1 ? "a torn line" : "epoch " + epoch);
      } else if (kept.put(epoch, l) != null) {
        dropped.add("a repeated epoch " + epoch);
      }
    }
    if (dropped.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    kept.values().forEach(l -> out.append(l).append('\n'));
    AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
    return String.join(", ", dropped);
  }

  private static int epochOf(String line) {
    try {
      JsonNode n = Json.mapper().readTree(line);
      return n != null && n.path("epoch").isInt() ? n.get("epoch").asInt() : -1;
    } catch (JsonProcessingException e) {
      return -1;
    }
  }

  /**
   * Starts or checks a run folder: a new folder gets the model's config ({@link
   * CheckpointedModel#configFile()}), the training config and the provenance; a folder with a
   * state must hold the same configs and, when it records its data, the same data (resume),
   * otherwise this fails. A run that predates {@code provenance.json} gets one.
   *
   * @param run the folder
   * @param model the model (its config and config file)
   * @param train the training config
   * @param provenance the run's provenance, or {@code null} to record none
   * @return the state to continue from
   * @throws RunFormatException if the folder holds another kind of run, another configuration
   *     or other data
   * @throws IOException on I/O errors
   */
  public static RunState prepare(Path run, CheckpointedModel model, TrainConfig train,
      RunProvenance provenance) throws IOException {
    Files.createDirectories(run);
    Path state = run.resolve(STATE);
    if (checkSameRun(run, model.configFile(), model.config(), train, provenance)) {
      if (provenance != null && !Files.exists(run.resolve(PROVENANCE))) {
        write(run.resolve(PROVENANCE), provenance);
      }
      return read(state, RunState.class);
    }
    write(run.resolve(model.configFile()), model.config());
    write(run.resolve(TRAIN), train);
    if (provenance != null) {
      write(run.resolve(PROVENANCE), provenance);
    }
    Files.deleteIfExists(run.resolve(METRICS));
    return RunState.fresh();
  }

  /**
   * Checks, without writing, that a run folder can take a run of this configuration: a folder
   * without {@code state.json} (new, or killed before its first commit) always can; one with a
   * state only when it holds the same model config (in the same file) and training config and,
   * when both record their data, the same data.
   *
   * @param run the folder (need not exist)
   * @param configFile the model's config file ({@link CheckpointedModel#configFile()})
   * @param model the model config
   * @param train the training config
   * @param provenance the run's provenance, or {@code null} to check no data
   * @return whether the folder holds a run to resume (it has a state)
   * @throws RunFormatException if the folder holds another kind of run, another configuration
   *     or other data
   * @throws IOException if a file cannot be read
   */
  public static boolean checkSameRun(Path run, String configFile, Record model, TrainConfig train,
      RunProvenance provenance) throws IOException {
    if (!Files.exists(run.resolve(STATE))) {
      return false;
    }
    Path file = run.resolve(configFile);
    if (!Files.isRegularFile(file)) {
      throw new RunFormatException(run, "holds another kind of run (its state.json has no "
          + configFile + " beside it); use a new --out folder", null);
    }
    Record m = read(file, model.getClass());
    TrainConfig t = read(run.resolve(TRAIN), TrainConfig.class);
    if (!m.equals(model)) {
      throw new RunFormatException(file, "the run was started with another model config: " + m
          + " (now " + model + "); use a new --out folder", null);
    }
    if (!t.equals(train)) {
      throw new RunFormatException(run.resolve(TRAIN), "the run was started with another"
          + " training config: " + t + " (now " + train + "); use a new --out folder", null);
    }
    checkProvenance(run, provenance);
    return true;
  }

  private static void checkProvenance(Path run, RunProvenance now) throws IOException {
    if (now == null) {
      return;
    }
    Path file = run.resolve(PROVENANCE);
    if (!Files.exists(file)) {
      return;
    }
    DataProvenance was = RunProvenance.dataOf(file);
    if (!was.sameData(now.data())) {
      throw new RunFormatException(file, "the run was trained on other data: " + was.kind()
          + " at " + was.root() + (was.manifestSha256() == null ? ""
              : " (manifest SHA-256 " + was.manifestSha256() + ")") + ", now " + now.data().root()
          + (now.data().manifestSha256() == null ? ""
              : " (manifest SHA-256 " + now.data().manifestSha256() + ")")
          + "; use a new --out folder", null);
    }
  }
}
