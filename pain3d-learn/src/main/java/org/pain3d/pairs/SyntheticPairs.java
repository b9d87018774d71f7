package org.pain3d.pairs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.pain3d.dataset.DatasetIndex;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.dataset.DatasetSample;
import org.pain3d.dataset.PainLabels;
import org.pain3d.dataset.Split;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

/**
 * 3DPain pairs: every pain image of a split with its identity's neutral image of the same view
 * ({@link DatasetIndex#neutralReferences}); images are already face-framed and only resized.
 * Frontal images (view 0) have their pain set's raw heatmap ({@link #heatmap}); in {@link
 * Modality#HEATMAP} the pain "image" is that heatmap ({@link Heatmaps#pixels}), every pain image
 * must have one and references are unused.
 */
public final class SyntheticPairs implements PairSource {
  private final List<DatasetSample> samples;
  private final List<List<DatasetSample>> refs;
  private final int size;
  private final Path heatmapDir;
  private final Modality input;

  /**
   * @param index the data set
   * @param split which split, or {@code null} for every pain image
   * @param size network input side in pixels
   * @throws Pain3dException ({@link ErrorKind#BAD_INPUT}) when a pain image has no neutral
   *     reference
   */
  public SyntheticPairs(DatasetIndex index, Split split, int size) {
    this(index, split, size, Modality.RGB);
  }

  /**
   * @param index the data set
   * @param split which split, or {@code null} for every pain image
   * @param size network input side in pixels
   * @param input what the pain branch sees
   * @throws Pain3dException ({@link ErrorKind#BAD_INPUT}) when a pain image has no neutral
   *     reference (RGB) or no raw heatmap (heatmap), naming the first
   */
  public SyntheticPairs(DatasetIndex index, Split split, int size, Modality input) {
    this.size = size;
    this.input = input;
    this.heatmapDir = index.root().resolve(DatasetNaming.HEATMAPS_DIR);
    List<DatasetSample> all = split == null ? index.samples() : index.samples(split);
    this.samples = all.stream().filter(s -> !s.neutral()).toList();
    this.refs = new ArrayList<>();
    if (input == Modality.HEATMAP) {
      requireHeatmaps();
    }
    for (DatasetSample s : samples) {
      List<DatasetSample> r = index.neutralReferences(s);
      if (input == Modality.HEATMAP) {
        refs.add(List.of(s));
        continue;
      }
      if (r.isEmpty()) {
        throw new Pain3dException(ErrorKind.BAD_INPUT, s.image() + ": no neutral image of identity " + s.subject()
            + " (same view) to pair with");
      }
      refs.add(r);
    }
  }

  @Override
  public int size() {
    return samples.size();
  }

  @Override
  public float pspi(int i) {
    return (float) samples.get(i).labels().pspi();
  }

  @Override
  public float[] au(int i) {
    PainLabels l = samples.get(i).labels();
    return new float[] {(float) l.au4(), (float) l.au6(), (float) l.au7(), (float) l.au9(),
        (float) l.au10(), l.au43() >= 0.5 ? 1f : 0f};
  }

  @Override
  public String subject(int i) {
    return samples.get(i).subject();
  }

  @Override
  public ImageRef pain(int i) {
    return input == Modality.HEATMAP ? heatmapFile(samples.get(i)).asImage()
        : ref(samples.get(i));
  }

  @Override
  public HeatmapRef heatmap(int i) {
    DatasetSample s = samples.get(i);
    return s.view().orElse(0) == 0 || input == Modality.HEATMAP ? heatmapFile(s) : null;
  }

  private HeatmapRef heatmapFile(DatasetSample s) {
    Path f = heatmapDir.resolve(s.baseName() + DatasetNaming.HEATMAP16_SUFFIX + ".png");
    int sz = size;
    return new HeatmapRef(f.toString(), () -> Heatmaps.loadMm(f, sz), sz);
  }

  private void requireHeatmaps() {
    List<Path> missing = samples.stream().map(s -> Path.of(heatmapFile(s).key()))
        .filter(f -> !Files.isRegularFile(f)).toList();
    if (!missing.isEmpty()) {
      throw new ImageDataException(missing.get(0), "raw heatmap missing (" + missing.size()
          + " of " + samples.size() + " pain images have none): --modality heatmap needs a"
          + " 3DPain-layout dataset with heatmaps/*" + DatasetNaming.HEATMAP16_SUFFIX + ".png");
    }
  }


  @Override
  public List<ImageRef> neutrals(int i, int k, RandomGenerator rng) {
    List<DatasetSample> r = refs.get(i);
    List<ImageRef> out = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      out.add(ref(r.get(r.size() == 1 ? 0 : rng.nextInt(r.size()))));
    }
    return out;
  }

  private ImageRef ref(DatasetSample s) {
    int sz = size;
    return new ImageRef(s.image().toString(), () -> FramedImages.load(s.image(), sz));
  }
}
