package org.pain3d.dataset.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pain3d.dataset.DatasetInventory;
import org.pain3d.io.Json;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.dataset.DatasetReader;
import org.pain3d.dataset.ImageKind;
import org.pain3d.dataset.LayoutKind;
import org.pain3d.dataset.MetadataRow;
import org.pain3d.dataset.Split;
import org.pain3d.io.TextLines;

/** The checks on {@code metadata.jsonl}: one valid row per image, labels as annotated. */
final class MetadataChecks {
  private MetadataChecks() {}

  static void check(
      DatasetInventory inv, Map<String, AnnotationFacts> parsed, Map<String, Split> splits,
      ProblemList problems) {
    if (inv.metadata().isEmpty()) {
      if (inv.layout() == LayoutKind.OURS) {
        problems.add(ProblemKind.METADATA, DatasetNaming.METADATA, "missing");
      }
      return;
    }
    Map<String, Split> subjectSplits = DatasetReader.subjectSplits(splits);
    Set<String> rowFiles = new HashSet<>();
    try (TextLines r = TextLines.open(inv.metadata().get(), "JSON Lines")) {
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String err = checkRow(inv, line, parsed, splits, subjectSplits, rowFiles);
        if (err != null) {
          problems.add(ProblemKind.METADATA, DatasetNaming.METADATA, "line " + lineNo + ": " + err);
        }
      }
    } catch (TextLines.NotTextException e) {
      problems.add(ProblemKind.METADATA, DatasetNaming.METADATA, e.reason());
      return;
    } catch (IOException e) {
      problems.add(ProblemKind.METADATA, DatasetNaming.METADATA, "cannot read: " + e);
      return;
    }
    for (List<Path> images : inv.imagesByBase().values()) {
      for (Path img : images) {
        String rel = inv.relative(img);
        if (!rowFiles.contains(rel)) {
          problems.add(ProblemKind.METADATA, rel, "image has no row in " + DatasetNaming.METADATA);
        }
      }
    }
  }

  private static String checkRow(
      DatasetInventory inv, String line, Map<String, AnnotationFacts> parsed,
      Map<String, Split> splits, Map<String, Split> subjectSplits, Set<String> rowFiles) {
    MetadataRow row;
    try {
      row = Json.datasetReader().readValue(line, MetadataRow.class);
    } catch (IOException | IllegalArgumentException e) {
      return "malformed row: " + firstLine(e.getMessage());
    }
    if (!rowFiles.add(row.file())) {
      return "second row for " + row.file();
    }
    if (!Files.isRegularFile(inv.root().resolve(row.file()))) {
      return row.file() + " does not exist";
    }
    String base = row.annotationBaseName();
    if (row.kind() == ImageKind.PAIN) {
      AnnotationFacts a = parsed.get(base);
      if (a != null && !a.labels().equals(row.labels())) {
        return "labels of " + row.file() + " differ from " + DatasetNaming.annotation(base);
      }
    }
    Split expected =
        row.kind() == ImageKind.PAIN
            ? splits.get(base)
            : subjectSplits.get(DatasetNaming.subjectName(row.identity()));
    if (expected != null && expected != row.split()) {
      return "split of " + row.file() + " is " + row.split() + ", split file says " + expected;
    }
    return null;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
