package org.pain3d.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pain3d.dataset.ReleaseScan;
import org.pain3d.dataset.Split;

/** Prints a {@link ReleaseScan}: the release's counts, then its problems. */
final class ReleasePrinter {
  private final PrintWriter out;
  private final int maxProblems;

  ReleasePrinter(PrintWriter out, int maxProblems) {
    this.out = out;
    this.maxProblems = maxProblems;
  }

  void print(Path root, ReleaseScan scan) {
    out.println("Dataset: " + root + " (the 3DPain release as downloaded: read from its tar.gz"
        + " shards)");
    out.println("Shards: " + scan.shards().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse(""));
    int neutral = scan.neutralImages();
    out.println("Images: " + scan.imageCount() + " (" + neutral + " neutral, "
        + (scan.imageCount() - neutral) + " pain)");
    out.println("Annotations: " + scan.annotations().size() + ", heatmaps: "
        + scan.heatmaps().size() + ", textured-mesh files: " + scan.meshFiles());
    Map<Split, Integer> bySplit = new EnumMap<>(Split.class);
    scan.splitRows().values().forEach(s -> bySplit.merge(s, 1, Integer::sum));
    out.println("Split: " + scan.splitCsv().map(p -> p + ": " + bySplit).orElse("none"));
    List<String> problems = scan.problems();
    out.println("Problems: " + problems.size());
    problems.stream().limit(maxProblems).forEach(p -> out.println("  " + p));
    if (problems.size() > maxProblems) {
      out.println("  ... and " + (problems.size() - maxProblems) + " more");
    }
  }
}
