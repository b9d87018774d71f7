package org.pain3d.dataset.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.pain3d.dataset.DatasetCounts;
import org.pain3d.dataset.DatasetInventory;
import org.pain3d.io.Json;
import org.pain3d.dataset.DatasetManifest;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.dataset.LayoutKind;
import org.pain3d.dataset.Sha256;

/** The checks on {@code manifest.json}: counts, listed files and checksums. */
final class ManifestChecks {
  private ManifestChecks() {}

  static void check(DatasetInventory inv, CheckOptions options, ProblemList problems) {
    if (inv.manifest().isEmpty()) {
      if (inv.layout() == LayoutKind.OURS) {
        problems.add(ProblemKind.MANIFEST, DatasetNaming.MANIFEST, "missing");
      }
      return;
    }
    Optional<DatasetManifest> m = read(inv.manifest().get(), problems);
    if (m.isEmpty()) {
      return;
    }
    checkCounts(inv, m.get().counts(), problems);
    checkListedFiles(inv, m.get().checksums(), options.verifyChecksums(), problems);
    checkUnlisted(inv, m.get().checksums().keySet(), problems);
  }

  private static Optional<DatasetManifest> read(Path file, ProblemList problems) {
    try {
      return Optional.of(
          Json.datasetReader().readValue(Files.readAllBytes(file), DatasetManifest.class));
    } catch (JsonProcessingException e) {
      problems.add(ProblemKind.MANIFEST, DatasetNaming.MANIFEST, "malformed: "
          + e.getOriginalMessage());
    } catch (IOException e) {
      problems.add(ProblemKind.MANIFEST, DatasetNaming.MANIFEST, "cannot read: " + e);
    }
    return Optional.empty();
  }

  private static void checkCounts(DatasetInventory inv, DatasetCounts c, ProblemList problems) {
    int pain = 0;
    int neutral = 0;
    Set<String> subjects = new HashSet<>();
    for (Map.Entry<String, List<Path>> e : inv.imagesByBase().entrySet()) {
      if (DatasetNaming.isNeutral(e.getKey())) {
        neutral += e.getValue().size();
      } else {
        pain += e.getValue().size();
      }
      subjects.add(DatasetNaming.subjectOf(e.getKey()).orElse(e.getKey()));
    }
    int heatmaps = inv.heatmapsByBase().values().stream().mapToInt(List::size).sum();
    compare("identities", c.identities(), subjects.size(), problems);
    compare("pain_sets", c.painSets(), inv.annotationsByBase().size(), problems);
    compare("pain_images", c.painImages(), pain, problems);
    compare("neutral_images", c.neutralImages(), neutral, problems);
    compare("heatmaps", c.heatmaps(), heatmaps, problems);
  }

  private static void compare(String key, int stated, int found, ProblemList problems) {
    if (stated != found) {
      problems.add(
          ProblemKind.MANIFEST_COUNTS, DatasetNaming.MANIFEST,
          "counts." + key + " = " + stated + " but " + found + " found");
    }
  }

  private static void checkListedFiles(
      DatasetInventory inv, Map<String, String> sums, boolean verify, ProblemList problems) {
    List<String[]> results =
        sums.entrySet().parallelStream()
            .map(e -> verifyOne(inv.root(), e.getKey(), e.getValue(), verify))
            .filter(r -> r != null)
            .toList();
    for (String[] r : results) {
      problems.add(ProblemKind.valueOf(r[0]), r[1], r[2]);
    }
  }

  private static String[] verifyOne(Path root, String rel, String expected, boolean verify) {
    Path p = root.resolve(rel);
    if (!Files.isRegularFile(p)) {
      return new String[] {ProblemKind.MISSING_FILE.name(), rel, "listed in manifest, missing"};
    }
    if (!verify) {
      return null;
    }
    try {
      String actual = Sha256.hex(p);
      return actual.equals(expected)
          ? null
          : new String[] {
            ProblemKind.CHECKSUM_MISMATCH.name(), rel,
            "SHA-256 " + actual + ", manifest says " + expected
          };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkUnlisted(DatasetInventory inv, Set<String> listed, ProblemList p) {
    Set<String> files = new TreeSet<>();
    Stream.of(
            inv.imagesByBase().values().stream().flatMap(List::stream),
            inv.heatmapsByBase().values().stream().flatMap(List::stream),
            inv.annotationsByBase().values().stream(),
            inv.splitCsv().stream(),
            inv.metadata().stream())
        .flatMap(s -> s)
        .filter(f -> f.startsWith(inv.root()))
        .forEach(f -> files.add(inv.relative(f)));
    List<String> unlisted = new ArrayList<>();
    for (String f : files) {
      if (!listed.contains(f)) {
        unlisted.add(f);
      }
    }
    for (String f : unlisted) {
      p.add(ProblemKind.UNLISTED_FILE, f, "not in the manifest's checksums");
    }
  }
}
