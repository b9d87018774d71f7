package org.pain3d.clips;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pain3d.dataset.ClipFrameTable;
import org.pain3d.dataset.ClipIndex;
import org.pain3d.dataset.ClipInfo;
import org.pain3d.dataset.ClipManifest;
import org.pain3d.dataset.ClipNaming;
import org.pain3d.dataset.DatasetDataException;
import org.pain3d.dataset.Sha256;
import org.pain3d.dataset.Split;
import org.pain3d.io.Json;
import org.pain3d.train.DataProvenance;

/**
 * A clip dataset ({@code pain3d video}, docs/video.md) read as training data: {@code
 * clips.jsonl} for the clips, their splits and labels, each clip's {@code _frames.csv} for the
 * per-frame PSPI. Checked before anything is written: every clip's video and frame table exist,
 * the table has one row per video frame, and every clip has the same number of frames (a batch
 * is a block of equal-length clips).
 *
 * @param root the dataset root
 * @param bySplit clips per split, in index order
 * @param provenance where the data came from (kind {@code clips}: the manifest's SHA-256 and
 *     seed)
 */
public record ClipData(Path root, Map<Split, List<ClipSample>> bySplit,
    DataProvenance provenance) {

  /**
   * @param split the split
   * @return its clips (empty when none)
   */
  public List<ClipSample> split(Split split) {
    return bySplit.getOrDefault(split, List.of());
  }

  /** @return frames per clip the model sees */
  public int framesPerClip() {
    return split(Split.TRAIN).get(0).frames().length;
  }

  /**
   * Reads and checks a clip dataset; writes nothing.
   *
   * @param root the dataset root
   * @param stride use every {@code stride}-th frame (1 = all)
   * @return the data
   * @throws DatasetDataException naming the first missing or inconsistent file, or when the
   *     train or val split is empty
   * @throws IOException when a file cannot be read
   */
  public static ClipData read(Path root, int stride) throws IOException {
    if (stride < 1) {
      throw new IllegalArgumentException("frame stride must be >= 1, got " + stride);
    }
    List<ClipInfo> infos = ClipIndex.read(root);
    Map<Split, List<ClipSample>> by = new EnumMap<>(Split.class);
    int length = -1;
    for (ClipInfo c : infos) {
      ClipSample s = sample(root, c, stride);
      if (length >= 0 && s.frames().length != length) {
        throw new DatasetDataException(root.resolve(c.files().video()), "has "
            + c.video().frames() + " frames; every clip must have as many as the first");
      }
      length = s.frames().length;
      by.computeIfAbsent(s.split(), k -> new ArrayList<>()).add(s);
    }
    for (Split need : List.of(Split.TRAIN, Split.VAL)) {
      if (!by.containsKey(need)) {
        throw new DatasetDataException(root.resolve(ClipNaming.INDEX), "no clip in the "
            + need.name().toLowerCase(java.util.Locale.ROOT) + " split");
      }
    }
    String sel = "clips: " + by.getOrDefault(Split.TRAIN, List.of()).size() + " train, "
        + by.getOrDefault(Split.VAL, List.of()).size() + " val, "
        + by.getOrDefault(Split.TEST, List.of()).size() + " test; " + length
        + " frames each (stride " + stride + ")";
    return new ClipData(root, by, provenance(root, sel));
  }

  private static ClipSample sample(Path root, ClipInfo c, int stride) throws IOException {
    Path video = root.resolve(c.files().video());
    Path table = root.resolve(c.files().frames());
    if (!Files.isRegularFile(video)) {
      throw new DatasetDataException(video, "clip video missing");
    }
    if (!Files.isRegularFile(table)) {
      throw new DatasetDataException(table, "clip frame table missing");
    }
    double[] pspi = ClipFrameTable.read(table).column("pspi");
    int n = c.video().frames();
    if (pspi.length != n) {
      throw new DatasetDataException(table, "has " + pspi.length + " rows, the video "
          + n + " frames");
    }
    int[] frames = new int[(n + stride - 1) / stride];
    float[] p = new float[frames.length];
    for (int i = 0; i < frames.length; i++) {
      frames[i] = i * stride;
      p[i] = (float) pspi[i * stride];
    }
    return new ClipSample(c.baseName(), c.identity().id(), c.split(), video, n, frames, p,
        c.label().painClass().isPain(), c.label().apexPspi(), 0);
  }

  private static DataProvenance provenance(Path root, String selection) throws IOException {
    String dir = root.toAbsolutePath().normalize().toString();
    Path file = root.resolve(ClipNaming.MANIFEST);
    if (!Files.isRegularFile(file)) {
      return new DataProvenance("clips", dir, null, null, null, null, selection);
    }
    byte[] bytes = Files.readAllBytes(file);
    ClipManifest m;
    try {
      m = Json.datasetReader().readValue(bytes, ClipManifest.class);
    } catch (JsonProcessingException e) {
      throw new DatasetDataException(file, "malformed manifest: " + e.getOriginalMessage());
    }
    return new DataProvenance("clips", dir, Sha256.hex(bytes), m.seed(), m.formatVersion(),
        m.provenance().getOrDefault("generator", "pain3d " + m.pain3dVersion()), selection);
  }
}
