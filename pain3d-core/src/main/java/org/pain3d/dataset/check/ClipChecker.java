package org.pain3d.dataset.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pain3d.dataset.ClipFrameTable;
import org.pain3d.dataset.ClipIndex;
import org.pain3d.dataset.ClipInfo;
import org.pain3d.dataset.ClipManifest;
import org.pain3d.dataset.ClipNaming;
import org.pain3d.dataset.ClipSource;
import org.pain3d.dataset.DatasetDataException;
import org.pain3d.dataset.PainClass;
import org.pain3d.dataset.Sha256;
import org.pain3d.dataset.Split;
import org.pain3d.dataset.SplitCsv;
import org.pain3d.io.Json;
import org.pain3d.pspi.Pspi;

/**
 * Checks a clip dataset ({@code pain3d video}, docs/video.md): every clip of {@code clips.jsonl}
 * has its video, frame table and record, and the record equals its index line; each frame
 * table has one row per video frame with {@code time_s = frame / fps} and {@code pspi} equal to
 * the formula of its AU columns; the clip label's apex PSPI is the table's largest PSPI (its class
 * follows from it); the split file agrees with the records and keeps identities disjoint; the
 * manifest's counts and SHA-256 checksums match; and, with a {@link VideoProbe}, every video
 * decodes to its record's frame count and size.
 */
public final class ClipChecker {
  /** Tolerance on PSPI values written with 4 decimals. */
  static final double PSPI_TOL = 2e-3;

  /** Decodes a video for the check (the CLI plugs in the MP4 reader). */
  @FunctionalInterface
  public interface VideoProbe {
    /**
     * @param video the file
     * @return {@code {frames, width, height}}
     * @throws IOException when it cannot be decoded
     */
    int[] probe(Path video) throws IOException;
  }

  /**
   * The outcome.
   *
   * @param summary counts
   * @param problems every inconsistency found
   */
  public record Report(ClipSummary summary, List<Problem> problems) {
    /** @return whether no problem was found */
    public boolean consistent() {
      return problems.isEmpty();
    }
  }

  private final Path root;
  private final ProblemList problems = new ProblemList();

  private ClipChecker(Path root) {
    this.root = root;
  }

  /**
   * Checks a clip dataset.
   *
   * @param root the dataset root
   * @param checksums whether to hash every file against the manifest
   * @param probe decodes videos, or {@code null} to skip that check
   * @return the report
   * @throws DatasetDataException when the folder is not a clip dataset (no readable index)
   * @throws IOException when a file cannot be read
   */
  public static Report check(Path root, boolean checksums, VideoProbe probe) throws IOException {
    return new ClipChecker(root).run(checksums, probe);
  }

  private Report run(boolean checksums, VideoProbe probe) throws IOException {
    List<ClipInfo> clips = ClipIndex.read(root);
    Map<PainClass, Integer> byClass = new EnumMap<>(PainClass.class);
    Map<ClipSource, Integer> bySource = new EnumMap<>(ClipSource.class);
    Map<Split, Integer> bySplit = new EnumMap<>(Split.class);
    Map<Integer, Split> identitySplit = new HashMap<>();
    long frames = 0;
    int decoded = 0;
    SceneHistograms scenes = new SceneHistograms();
    for (ClipInfo c : clips) {
      if (c.scene() != null) {
        scenes.add(c.scene().views().get(0).image());
      }
      byClass.merge(c.label().painClass(), 1, Integer::sum);
      bySource.merge(c.motion().source(), 1, Integer::sum);
      bySplit.merge(c.split(), 1, Integer::sum);
      Split before = identitySplit.putIfAbsent(c.identity().id(), c.split());
      if (before != null && before != c.split()) {
        problems.add(ProblemKind.SPLIT_NOT_DISJOINT, ClipNaming.INDEX, "identity "
            + c.identity().id() + " has clips in " + before + " and " + c.split());
      }
      frames += c.video().frames();
      checkRecord(c);
      checkFrames(c);
      if (probe != null && checkVideo(c, probe)) {
        decoded++;
      }
    }
    checkSplit(clips);
    checkManifest(clips.size(), identitySplit.size(), frames, checksums);
    Map<Split, Integer> ids = new EnumMap<>(Split.class);
    identitySplit.values().forEach(s -> ids.merge(s, 1, Integer::sum));
    return new Report(new ClipSummary(identitySplit.size(), clips.size(), frames, byClass,
        bySource, bySplit, ids, decoded, scenes.toMap()), List.copyOf(problems.list()));
  }

  private void checkRecord(ClipInfo c) throws IOException {
    String rel = ClipNaming.info(c.baseName());
    Path f = root.resolve(rel);
    if (!Files.isRegularFile(f)) {
      problems.add(ProblemKind.MISSING_FILE, rel, "clip record missing");
      return;
    }
    try {
      ClipInfo own = ClipInfo.parse(Files.readString(f, java.nio.charset.StandardCharsets.UTF_8));
      if (!Json.datasetTree(own).equals(Json.datasetTree(c))) {
        problems.add(ProblemKind.EXTRAS_MISMATCH, rel, "differs from its line in "
            + ClipNaming.INDEX);
      }
    } catch (JsonProcessingException | IllegalArgumentException e) {
      problems.add(ProblemKind.MALFORMED_ANNOTATION, rel, "not a clip record");
    }
  }

  private void checkFrames(ClipInfo c) throws IOException {
    String rel = c.files().frames();
    Path f = root.resolve(rel);
    if (!Files.isRegularFile(f)) {
      problems.add(ProblemKind.MISSING_FILE, rel, "frame table missing");
      return;
    }
    ClipFrameTable t;
    try {
      t = ClipFrameTable.read(f);
    } catch (DatasetDataException e) {
      problems.add(ProblemKind.MALFORMED_ANNOTATION, rel, e.getMessage().substring(
          e.getMessage().indexOf(": ") + 2));
      return;
    }
    if (t.frames() != c.video().frames()) {
      problems.add(ProblemKind.CLIP_LABELS, rel, t.frames() + " rows for "
          + c.video().frames() + " video frames");
    }
    double[] pspi = t.column("pspi");
    double apex = 0;
    int bad = 0;
    int badTime = 0;
    for (int k = 0; k < t.frames(); k++) {
      double want = Pspi.formula(t.get(k, "AU4"), t.get(k, "AU6"), t.get(k, "AU7"),
          t.get(k, "AU9"), t.get(k, "AU10"), t.get(k, "AU43"));
      bad += Math.abs(want - pspi[k]) > PSPI_TOL ? 1 : 0;
      badTime += Math.abs(t.get(k, "time_s") - k / (double) c.video().fps()) > 1e-3
          || t.get(k, "frame") != k ? 1 : 0;
      apex = Math.max(apex, pspi[k]);
    }
    if (bad > 0) {
      problems.add(ProblemKind.PSPI_MISMATCH, rel, bad + " frames whose pspi differs from"
          + " AU4 + max(AU6, AU7) + max(AU9, AU10) + AU43");
    }
    if (badTime > 0) {
      problems.add(ProblemKind.CLIP_LABELS, rel, badTime + " frames whose frame / time_s is not"
          + " k, k / fps");
    }
    if (Math.abs(apex - c.label().apexPspi()) > PSPI_TOL) {
      problems.add(ProblemKind.CLIP_LABELS, ClipNaming.info(c.baseName()), String.format(
          Locale.ROOT, "apex_pspi %.4f but the frame table's largest PSPI is %.4f",
          c.label().apexPspi(), apex));
    }
  }

  private boolean checkVideo(ClipInfo c, VideoProbe probe) {
    String rel = c.files().video();
    Path f = root.resolve(rel);
    if (!Files.isRegularFile(f)) {
      problems.add(ProblemKind.MISSING_FILE, rel, "video missing");
      return false;
    }
    try {
      int[] p = probe.probe(f);
      ClipInfo.Video v = c.video();
      if (p[0] != v.frames() || p[1] != v.width() || p[2] != v.height()) {
        problems.add(ProblemKind.VIDEO, rel, "decodes to " + p[0] + " frames of " + p[1] + "x"
            + p[2] + ", the record says " + v.frames() + " of " + v.width() + "x" + v.height());
      }
      return true;
    } catch (IOException | RuntimeException e) {
      problems.add(ProblemKind.VIDEO, rel, "cannot be decoded: " + e.getMessage());
      return false;
    }
  }

  private void checkSplit(List<ClipInfo> clips) throws IOException {
    Path f = root.resolve(ClipNaming.SPLIT_CSV);
    if (!Files.isRegularFile(f)) {
      problems.add(ProblemKind.SPLIT_FILE, ClipNaming.SPLIT_CSV, "split file missing");
      return;
    }
    Map<String, Split> split;
    try {
      split = SplitCsv.readMap(f);
    } catch (DatasetDataException e) {
      problems.add(ProblemKind.SPLIT_FILE, ClipNaming.SPLIT_CSV, "malformed");
      return;
    }
    Set<String> known = new HashSet<>();
    for (ClipInfo c : clips) {
      known.add(c.baseName());
      Split s = split.get(c.baseName());
      if (s == null) {
        problems.add(ProblemKind.SPLIT_MISSING_BASE, ClipNaming.SPLIT_CSV, c.baseName()
            + " is not in the split file");
      } else if (s != c.split()) {
        problems.add(ProblemKind.SPLIT_FILE, ClipNaming.SPLIT_CSV, c.baseName() + " is in "
            + s + " but its record says " + c.split());
      }
    }
    for (String b : split.keySet()) {
      if (!known.contains(b)) {
        problems.add(ProblemKind.SPLIT_UNKNOWN_BASE, ClipNaming.SPLIT_CSV, b
            + " is not a clip of " + ClipNaming.INDEX);
      }
    }
  }

  private void checkManifest(int clips, int identities, long frames, boolean checksums)
      throws IOException {
    Path f = root.resolve(ClipNaming.MANIFEST);
    if (!Files.isRegularFile(f)) {
      problems.add(ProblemKind.MANIFEST, ClipNaming.MANIFEST, "manifest missing");
      return;
    }
    ClipManifest m;
    try {
      m = Json.datasetReader().readValue(f.toFile(), ClipManifest.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      problems.add(ProblemKind.MANIFEST, ClipNaming.MANIFEST, "malformed manifest");
      return;
    }
    if (m.counts().clips() != clips || m.counts().identities() != identities
        || m.counts().frames() != frames) {
      problems.add(ProblemKind.MANIFEST_COUNTS, ClipNaming.MANIFEST, "counts " + m.counts()
          .clips() + " clips, " + m.counts().identities() + " identities, " + m.counts().frames()
          + " frames; the index has " + clips + ", " + identities + ", " + frames);
    }
    for (Map.Entry<String, String> e : m.checksums().entrySet()) {
      Path p = root.resolve(e.getKey());
      if (!Files.isRegularFile(p)) {
        problems.add(ProblemKind.MISSING_FILE, e.getKey(), "listed in the manifest, missing");
      } else if (checksums && !Sha256.hex(p).equals(e.getValue())) {
        problems.add(ProblemKind.CHECKSUM_MISMATCH, e.getKey(), "SHA-256 differs from the"
            + " manifest's");
      }
    }
    List<String> unlisted = new ArrayList<>();
    for (String dir : List.of(ClipNaming.CLIPS_DIR, "splits")) {
      Path d = root.resolve(dir);
      if (Files.isDirectory(d)) {
        try (var s = Files.list(d)) {
          s.map(p -> dir + "/" + p.getFileName()).filter(k -> !m.checksums().containsKey(k))
              .forEach(unlisted::add);
        }
      }
    }
    unlisted.stream().sorted().forEach(k -> problems.add(ProblemKind.UNLISTED_FILE, k,
        "not in the manifest's checksums"));
  }
}
