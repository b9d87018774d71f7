package org.pain3d.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pain3d.dataset.check.ClipChecker;
import org.pain3d.dataset.check.ClipSummary;
import org.pain3d.dataset.check.DatasetSummary;
import org.pain3d.dataset.check.InspectionReport;
import org.pain3d.dataset.check.Problem;
import org.pain3d.dataset.Split;
import org.pain3d.dataset.check.SplitSize;

/** Prints an {@link InspectionReport} as text: counts, histograms as bars, problems. */
final class InspectionPrinter {
  /** Width of the longest bar, characters. */
  static final int BAR_WIDTH = 40;

  private final PrintWriter out;
  private final int maxProblems;

  InspectionPrinter(PrintWriter out, int maxProblems) {
    this.out = out;
    this.maxProblems = maxProblems;
  }

  void print(Path root, InspectionReport report) {
    DatasetSummary s = report.summary();
    out.printf("Dataset %s (layout: %s)%n", root, s.layout().name().toLowerCase(Locale.ROOT));
    out.printf("  images       %8d  (pain %d, neutral %d)%n", s.images(), s.painImages(),
        s.neutralImages());
    out.printf("  annotations  %8d%n", s.annotations());
    out.printf("  heatmaps     %8d%n", s.heatmaps());
    out.printf("  identities   %8d%n", s.identities());
    out.println();
    histogram("PSPI per pain set", s.pspiHistogram());
    for (Map.Entry<String, long[]> e : s.auHistograms().entrySet()) {
      long[] h = e.getValue();
      histogram(e.getKey() + " per pain set", e.getKey().equals("AU43") ? prefix(h, 2) : h);
    }
    for (Map.Entry<String, Map<String, Integer>> e : s.demographics().entrySet()) {
      categories(e.getKey() + " (identities)", e.getValue());
    }
    for (Map.Entry<String, Map<String, Integer>> e : s.scene().entrySet()) {
      categories("scene " + e.getKey() + " (images)", e.getValue());
    }
    splits(s);
    problems(report.problems());
  }

  void printClips(Path root, ClipChecker.Report report) {
    ClipSummary s = report.summary();
    out.printf("Clip dataset %s%n", root);
    out.printf("  clips        %8d%n", s.clips());
    out.printf("  frames       %8d%n", s.frames());
    out.printf("  identities   %8d%n", s.identities());
    out.printf("  videos decoded %6d%n", s.videosDecoded());
    out.println();
    categories("Clips per pain class", names(s.byClass()));
    categories("Clips per motion source", names(s.bySource()));
    for (Map.Entry<String, Map<String, Integer>> e : s.scene().entrySet()) {
      categories("scene " + e.getKey() + " (clips)", e.getValue());
    }
    out.println("Splits");
    for (Map.Entry<Split, Integer> e : s.bySplit().entrySet()) {
      out.printf("  %-5s  identities %6d  clips %7d%n", e.getKey().name().toLowerCase(Locale.ROOT),
          s.identitiesBySplit().getOrDefault(e.getKey(), 0), e.getValue());
    }
    out.println();
    problems(report.problems());
  }

  private static Map<String, Integer> names(Map<? extends Enum<?>, Integer> counts) {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    counts.forEach((k, v) -> out.put(k.name(), v));
    return out;
  }

  private void histogram(String title, long[] counts) {
    out.println(title);
    long max = 0;
    for (long c : counts) {
      max = Math.max(max, c);
    }
    for (int i = 0; i < counts.length; i++) {
      out.printf("  %4d | %-" + BAR_WIDTH + "s %d%n", i, bar(counts[i], max), counts[i]);
    }
    out.println();
  }

  private void categories(String title, Map<String, Integer> counts) {
    out.println(title);
    long max = counts.values().stream().mapToLong(Integer::longValue).max().orElse(0);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      out.printf("  %14s | %-" + BAR_WIDTH + "s %d%n", e.getKey(), bar(e.getValue(), max),
          e.getValue());
    }
    out.println();
  }

  private void splits(DatasetSummary s) {
    if (s.splitSizes().isEmpty()) {
      out.println("Splits: no split file");
    } else {
      out.println("Splits");
      for (Map.Entry<Split, SplitSize> e : s.splitSizes().entrySet()) {
        SplitSize z = e.getValue();
        out.printf("  %-5s  identities %6d  pain sets %7d  images %8d%n",
            e.getKey().name().toLowerCase(Locale.ROOT), z.identities(), z.painSets(), z.images());
      }
      if (s.imagesWithoutSplit() > 0) {
        out.printf("  images in no split: %d%n", s.imagesWithoutSplit());
      }
    }
    out.println();
  }

  private void problems(List<Problem> problems) {
    if (problems.isEmpty()) {
      out.println("No problems: the dataset is consistent.");
      return;
    }
    out.printf("Problems: %d%n", problems.size());
    int shown = Math.min(maxProblems, problems.size());
    for (int i = 0; i < shown; i++) {
      out.println("  " + problems.get(i));
    }
    if (shown < problems.size()) {
      out.printf("  ... and %d more (--max-problems to show more)%n", problems.size() - shown);
    }
  }

  /**
   * A bar of {@code #} proportional to {@code value / max}, at least one character for a
   * non-zero value.
   *
   * @param value the count
   * @param max the largest count of the histogram
   * @return the bar, at most {@link #BAR_WIDTH} characters
   */
  static String bar(long value, long max) {
    if (value <= 0 || max <= 0) {
      return "";
    }
    int n = (int) Math.max(1, Math.round((double) value * BAR_WIDTH / max));
    return "#".repeat(Math.min(BAR_WIDTH, n));
  }

  private static long[] prefix(long[] h, int n) {
    long[] p = new long[n];
    System.arraycopy(h, 0, p, 0, n);
    return p;
  }
}
