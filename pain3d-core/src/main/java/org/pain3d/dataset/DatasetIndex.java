package org.pain3d.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The samples of a dataset, read by {@link DatasetReader}, with neutral-reference lookup.
 *
 * <p>Immutable and thread-safe. Samples are ordered by image path.
 */
public final class DatasetIndex {
  private final Path root;
  private final LayoutKind layout;
  private final List<DatasetSample> samples;
  private final Map<String, List<DatasetSample>> neutralsBySubject;
  private final Optional<Path> splitCsv;

  DatasetIndex(Path root, LayoutKind layout, List<DatasetSample> samples, Optional<Path> split) {
    this.root = root;
    this.layout = layout;
    this.samples = List.copyOf(samples);
    this.splitCsv = split;
    Map<String, List<DatasetSample>> n = new TreeMap<>();
    for (DatasetSample s : this.samples) {
      if (s.neutral()) {
        n.computeIfAbsent(s.subject(), k -> new ArrayList<>()).add(s);
      }
    }
    Map<String, List<DatasetSample>> frozen = new LinkedHashMap<>();
    n.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.neutralsBySubject = Collections.unmodifiableMap(frozen);
  }

  /**
   * Returns the dataset root.
   *
   * @return the absolute root
   */
  public Path root() {
    return root;
  }

  /**
   * Returns the layout read.
   *
   * @return the layout
   */
  public LayoutKind layout() {
    return layout;
  }

  /**
   * Returns the split file used, if any.
   *
   * @return the split CSV
   */
  public Optional<Path> splitCsv() {
    return splitCsv;
  }

  /**
   * Returns every sample, pain and neutral.
   *
   * @return the samples, ordered by image path
   */
  public List<DatasetSample> samples() {
    return samples;
  }

  /**
   * Returns the samples of one split.
   *
   * @param split the split
   * @return the samples whose split is {@code split}
   */
  public List<DatasetSample> samples(Split split) {
    return samples.stream().filter(s -> s.split().equals(Optional.of(split))).toList();
  }

  /**
   * Returns the subjects that have at least one neutral image.
   *
   * @return subject names, sorted
   */
  public Set<String> subjectsWithNeutral() {
    return neutralsBySubject.keySet();
  }

  /**
   * Returns every neutral image of a subject.
   *
   * @param subject the subject ({@link DatasetSample#subject()})
   * @return its neutral samples, possibly empty
   */
  public List<DatasetSample> neutralImages(String subject) {
    return neutralsBySubject.getOrDefault(subject, List.of());
  }

  /**
   * Returns the neutral images to pair with a sample.
   *
   * <p>Ours: the subject's neutral image of the same view (all of the subject's neutral
   * images when the sample's view is unknown). Published: every neutral image of the
   * subject, from which the reference code draws one at random. Empty when there is none.
   *
   * @param sample a sample of this index
   * @return the candidates
   */
  public List<DatasetSample> neutralReferences(DatasetSample sample) {
    List<DatasetSample> all = neutralImages(sample.subject());
    if (layout == LayoutKind.PUBLISHED || sample.view().isEmpty()) {
      return all;
    }
    int v = sample.view().getAsInt();
    return all.stream()
        .filter(n -> n.view().isPresent() && n.view().getAsInt() == v)
        .toList();
  }
}
