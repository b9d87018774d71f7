package org.pain3d.dataset.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pain3d.dataset.DatasetDataException;
import org.pain3d.dataset.DatasetInventory;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.dataset.LayoutKind;
import org.pain3d.dataset.Split;
import org.pain3d.dataset.SplitCsv;

/** The checks on the split file. */
final class SplitChecks {
  private SplitChecks() {}

  /**
   * Reads and checks the split file.
   *
   * @return the split of every annotated base name in the file (empty when unusable)
   */
  static Map<String, Split> check(DatasetInventory inv, ProblemList problems) {
    if (inv.splitCsv().isEmpty()) {
      if (inv.layout() == LayoutKind.OURS) {
        problems.add(ProblemKind.SPLIT_FILE, DatasetNaming.SPLIT_CSV, "missing");
      }
      return Map.of();
    }
    Path csv = inv.splitCsv().get();
    String rel = csv.startsWith(inv.root()) ? inv.relative(csv) : csv.toString();
    Map<String, Split> rows;
    try {
      rows = SplitCsv.readMap(csv);
    } catch (DatasetDataException e) {
      problems.add(ProblemKind.SPLIT_FILE, rel, e.reason());
      return Map.of();
    } catch (IOException e) {
      problems.add(ProblemKind.SPLIT_FILE, rel, "cannot read: " + e);
      return Map.of();
    }
    Map<String, Split> known = new TreeMap<>();
    Map<String, Set<Split>> bySubject = new TreeMap<>();
    for (Map.Entry<String, Split> e : rows.entrySet()) {
      String base = e.getKey();
      if (!inv.annotationsByBase().containsKey(base)) {
        problems.add(ProblemKind.SPLIT_UNKNOWN_BASE, rel, "row " + base + " has no annotation");
        continue;
      }
      known.put(base, e.getValue());
      String subject = DatasetNaming.subjectOf(base).orElse(base);
      bySubject.computeIfAbsent(subject, k -> EnumSet.noneOf(Split.class)).add(e.getValue());
    }
    for (Map.Entry<String, Path> e : inv.annotationsByBase().entrySet()) {
      if (!rows.containsKey(e.getKey())) {
        problems.add(
            ProblemKind.SPLIT_MISSING_BASE, inv.relative(e.getValue()), "not in " + rel);
      }
    }
    for (Map.Entry<String, Set<Split>> e : bySubject.entrySet()) {
      if (e.getValue().size() > 1) {
        problems.add(
            ProblemKind.SPLIT_NOT_DISJOINT, rel,
            e.getKey() + " is in several splits: " + e.getValue());
      }
    }
    return known;
  }
}
