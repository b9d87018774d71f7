package org.pain3d.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pain3d.dataset.DatasetDataException;
import org.pain3d.dataset.DatasetIndex;
import org.pain3d.dataset.DatasetInventory;
import org.pain3d.dataset.DatasetManifest;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.dataset.DatasetReader;
import org.pain3d.dataset.DatasetSample;
import org.pain3d.dataset.DatasetScanner;
import org.pain3d.dataset.MetadataRow;
import org.pain3d.dataset.ReleaseShards;
import org.pain3d.dataset.Sha256;
import org.pain3d.dataset.Split;
import org.pain3d.io.Json;
import org.pain3d.pairs.ImageCheck;
import org.pain3d.pairs.Modality;
import org.pain3d.pairs.ImageDataException;
import org.pain3d.pairs.PairSource;
import org.pain3d.pairs.SyntheticPairs;

/**
 * The pairs a {@link TrainingRun} trains, selects and tests on, read from a 3DPain-layout
 * dataset and checked before training: every image the dataset lists exists ({@code
 * metadata.jsonl}, or each annotation has an image), and every image decodes to a sane, square,
 * finite input ({@link ImageCheck}). Without a split file every image trains and nothing
 * validates.
 *
 * @param train training pairs (the train split, or every pain image without a split file)
 * @param val validation pairs (the val split), or {@code null} without a split file
 * @param test test pairs (never used for selection), or {@code null} without validation pairs
 * @param provenance where the data came from
 */
public record TrainingData(PairSource train, PairSource val, PairSource test,
    DataProvenance provenance) {

  /**
   * Reads and checks a dataset; writes nothing.
   *
   * @param root the dataset root
   * @param size the network input side
   * @return the pairs
   * @throws ImageDataException naming the first missing, corrupt or unusable image
   * @throws IOException when the dataset cannot be read
   */
  public static TrainingData read(Path root, int size) throws IOException {
    return read(root, size, Modality.RGB);
  }

  /**
   * Reads and checks a dataset for a model of the given input; writes nothing.
   *
   * @param root the dataset root
   * @param size the network input side
   * @param input what the pain branch sees ({@link Modality#HEATMAP}: every pain image needs its
   *     raw heatmap)
   * @return the pairs
   * @throws ImageDataException naming the first missing, corrupt or unusable image or heatmap
   * @throws IOException when the dataset cannot be read
   */
  public static TrainingData read(Path root, int size, Modality input) throws IOException {
    DatasetIndex index = DatasetReader.read(root);
    requireListedImages(index.root());
    ImageCheck.check(index.samples().stream().map(DatasetSample::image).toList(), size);
    PairSource tr = new SyntheticPairs(index, Split.TRAIN, size, input);
    PairSource val = new SyntheticPairs(index, Split.VAL, size, input);
    PairSource test = null;
    if (tr.size() == 0) {
      tr = new SyntheticPairs(index, null, size, input);
      val = null;
    } else if (val.size() > 0) {
      test = new SyntheticPairs(index, Split.TEST, size, input);
    }
    String selection = val == null ? "every image (no split file): " + tr.size()
        : "splits: " + tr.size() + " train, " + val.size() + " val, "
            + (test == null ? 0 : test.size()) + " test pain images";
    return new TrainingData(tr, val, test, provenance(index.root(), selection));
  }

  /** Every image named by {@code metadata.jsonl} (or, without it, by an annotation) exists. */
  private static void requireListedImages(Path root) throws IOException {
    if (ReleaseShards.readFromShards(root)) {
      return; // the index lists the shards' members; inspect reports annotations without one
    }
    Path meta = root.resolve(DatasetNaming.METADATA);
    List<Path> missing = new ArrayList<>();
    int listed = 0;
    if (Files.isRegularFile(meta)) {
      for (String line : Files.readAllLines(meta)) {
        if (line.isBlank()) {
          continue;
        }
        listed++;
        Path f = root.resolve(row(meta, line).file());
        if (!Files.isRegularFile(f)) {
          missing.add(f);
        }
      }
    } else {
      DatasetInventory inv = DatasetScanner.scan(root, Optional.empty(), Optional.empty());
      Set<String> withImages = inv.imagesByBase().keySet();
      for (var e : inv.annotationsByBase().entrySet()) {
        listed++;
        if (!withImages.contains(e.getKey())) {
          missing.add(e.getValue());
        }
      }
    }
    if (!missing.isEmpty()) {
      String what = Files.isRegularFile(meta) ? "image missing (listed in "
          + DatasetNaming.METADATA + ")" : "annotation without its image";
      throw new ImageDataException(missing.get(0), what + (missing.size() > 1 ? "; "
          + missing.size() + " of " + listed + " listed images are missing" : "")
          + "; restore the files or generate the dataset again");
    }
  }

  private static MetadataRow row(Path meta, String line) throws IOException {
    try {
      return Json.datasetReader().readValue(line, MetadataRow.class);
    } catch (JsonProcessingException e) {
      throw new DatasetDataException(meta, "malformed row: " + e.getOriginalMessage());
    }
  }

  private static DataProvenance provenance(Path root, String selection) throws IOException {
    String dir = root.toAbsolutePath().normalize().toString();
    Path file = root.resolve(DatasetNaming.MANIFEST);
    if (!Files.isRegularFile(file)) {
      return new DataProvenance("3DPain", dir, null, null, null, null, selection);
    }
    byte[] bytes = Files.readAllBytes(file);
    DatasetManifest m;
    try {
      m = Json.datasetReader().readValue(bytes, DatasetManifest.class);
    } catch (JsonProcessingException e) {
      throw new DatasetDataException(file, "malformed manifest: " + e.getOriginalMessage());
    }
    return new DataProvenance("3DPain", dir, Sha256.hex(bytes), m.seed(), m.formatVersion(),
        m.provenance().getOrDefault("generator", "pain3d " + m.pain3dVersion()), selection);
  }
}
