package org.pain3d.web.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.io.Json;
import org.pain3d.train.RunFiles;
import org.pain3d.web.ServedFolder;

/**
 * A training-run folder the server was opened on, read afresh on every request (a run that is
 * still training shows its latest epochs).
 */
final class OpenedRun {
  final int id;
  final ServedFolder folder;

  OpenedRun(int id, ServedFolder folder) {
    this.id = id;
    this.folder = folder;
  }

  /** @return the folder's name */
  String name() {
    Path n = folder.root().getFileName();
    return n == null ? folder.root().toString() : n.toString();
  }

  /**
   * The run's overview: its config files as JSON (null when absent or unreadable), which
   * weights exist, and whether it has a report plot.
   *
   * @return the overview
   */
  Map<String, Object> overview() throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("name", name());
    m.put("path", folder.root().toString());
    m.put("model", tree(RunFiles.MODEL));
    m.put("train", tree(RunFiles.TRAIN));
    m.put("state", tree(RunFiles.STATE));
    m.put("eval", tree("eval.json"));
    m.put("report", tree("report.json"));
    m.put("report_png", Files.isRegularFile(folder.root().resolve("report.png")));
    Map<String, Boolean> weights = new LinkedHashMap<>();
    weights.put("best", hasWeights(RunFiles.BEST));
    weights.put("last", hasWeights(RunFiles.LAST));
    m.put("weights", weights);
    return m;
  }

  /**
   * The epochs of {@code metrics.jsonl}, one object per line (undefined metrics are null);
   * unreadable lines are skipped.
   *
   * @return the epochs, in file order
   */
  List<JsonNode> metrics() throws IOException {
    Path f = folder.root().resolve(RunFiles.METRICS);
    List<JsonNode> out = new ArrayList<>();
    if (!Files.isRegularFile(f)) {
      return out;
    }
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          try {
            out.add(Json.mapper().readTree(line));
          } catch (IOException e) {
            // a line being written, or damaged: left out
          }
        }
      }
    }
    return out;
  }

  /**
   * Which weights to predict with: {@code best-} when present, else {@code last-}.
   *
   * @return the prefix, or null when the run has no weights
   */
  String weightsPrefix() throws IOException {
    return hasWeights(RunFiles.BEST) ? RunFiles.BEST : hasWeights(RunFiles.LAST) ? RunFiles.LAST : null;
  }

  /**
   * When the weights of a prefix last changed (a run still training rewrites them).
   *
   * @param prefix {@code best-} or {@code last-}
   * @return the newest modification time of its files, ms since the epoch
   */
  long weightsStamp(String prefix) throws IOException {
    long t = 0;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder.root(), prefix + "*.safetensors")) {
      for (Path p : ds) {
        t = Math.max(t, Files.getLastModifiedTime(p).toMillis());
      }
    }
    return t;
  }

  private boolean hasWeights(String prefix) throws IOException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder.root(), prefix + "*.safetensors")) {
      return ds.iterator().hasNext();
    }
  }

  private JsonNode tree(String name) {
    Path f = folder.root().resolve(name);
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try {
      return Json.mapper().readTree(f.toFile());
    } catch (IOException e) {
      return null;
    }
  }
}
