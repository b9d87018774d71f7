package org.pain3d.web.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pain3d.dataset.DatasetIndex;
import org.pain3d.dataset.DatasetInventory;
import org.pain3d.dataset.DatasetReader;
import org.pain3d.dataset.DatasetSample;
import org.pain3d.dataset.DatasetScanner;
import org.pain3d.dataset.LayoutKind;
import org.pain3d.dataset.PainLabels;
import org.pain3d.dataset.ReaderOptions;
import org.pain3d.web.ServedFolder;

/**
 * A dataset read for browsing: its samples ({@link DatasetReader}, leniently: images without
 * annotation and split rows without annotation are skipped, the checker reports them), their
 * attributes, the pain sets' annotation and heatmap files, and the values each attribute
 * takes (facets). Immutable.
 */
final class DatasetBrowse {
  /** Attributes with more distinct values than this are not offered as filters. */
  static final int MAX_FACET_VALUES = 60;

  final LayoutKind layout;
  final List<SampleView> samples;
  final Map<String, List<Integer>> samplesByBase;
  final Map<String, List<Integer>> samplesBySubject;
  final Map<String, Path> annotations;
  final Map<String, List<Path>> heatmaps;
  final Map<String, Map<String, Integer>> facets;
  final SortedSet<Integer> views;

  private DatasetBrowse(LayoutKind layout, List<SampleView> samples, Map<String, Path> annotations,
      Map<String, List<Path>> heatmaps) {
    this.layout = layout;
    this.samples = List.copyOf(samples);
    this.annotations = Map.copyOf(annotations);
    this.heatmaps = Map.copyOf(heatmaps);
    Map<String, List<Integer>> byBase = new HashMap<>();
    Map<String, List<Integer>> bySubject = new HashMap<>();
    Map<String, Map<String, Integer>> values = new TreeMap<>();
    SortedSet<Integer> v = new TreeSet<>();
    for (SampleView s : this.samples) {
      byBase.computeIfAbsent(s.base(), k -> new ArrayList<>()).add(s.id());
      bySubject.computeIfAbsent(s.subject(), k -> new ArrayList<>()).add(s.id());
      s.attributes().forEach((k, val) -> values.computeIfAbsent(k, x -> new TreeMap<>()).merge(val, 1, Integer::sum));
      if (s.view() != null) {
        v.add(s.view());
      }
    }
    values.values().removeIf(m -> m.size() > MAX_FACET_VALUES);
    this.samplesByBase = Collections.unmodifiableMap(byBase);
    this.samplesBySubject = Collections.unmodifiableMap(bySubject);
    this.facets = Collections.unmodifiableMap(values);
    this.views = Collections.unmodifiableSortedSet(v);
  }

  /**
   * Reads a dataset folder.
   *
   * @param folder the served folder
   * @return the browse data
   * @throws IOException when files cannot be read
   * @throws org.pain3d.dataset.DatasetDataException when it is not a dataset or a label file is malformed
   */
  static DatasetBrowse load(ServedFolder folder) throws IOException {
    Path root = folder.root();
    ReaderOptions opts = ReaderOptions.defaults().withSkipUnannotatedImages(true)
        .withAllowUnknownSplitBases(true);
    DatasetIndex index = DatasetReader.read(root, opts);
    DatasetInventory inv = DatasetScanner.scan(root, Optional.of(index.layout()), Optional.empty());
    Map<String, Map<String, String>> byFile = inv.metadata().isPresent()
        ? SampleAttributes.fromMetadata(inv.metadata().get()) : Map.of();
    Map<String, Map<String, String>> bySubject = new HashMap<>();
    if (byFile.isEmpty()) {
      inv.annotationsByBase().forEach((base, file) -> bySubject.putIfAbsent(
          SampleAttributes.subjectOf(base), SampleAttributes.fromAnnotation(file)));
    }
    List<SampleView> out = new ArrayList<>();
    for (DatasetSample s : index.samples()) {
      String rel = folder.relative(s.image());
      Map<String, String> attrs = byFile.isEmpty()
          ? bySubject.getOrDefault(s.subject(), Map.of()) : byFile.getOrDefault(rel, Map.of());
      out.add(view(out.size(), rel, s, attrs));
    }
    return new DatasetBrowse(index.layout(), out, inv.annotationsByBase(), inv.heatmapsByBase());
  }

  private static SampleView view(int id, String rel, DatasetSample s, Map<String, String> attrs) {
    PainLabels l = s.labels();
    Map<String, Double> aus = new LinkedHashMap<>();
    aus.put("AU4", l.au4());
    aus.put("AU6", l.au6());
    aus.put("AU7", l.au7());
    aus.put("AU9", l.au9());
    aus.put("AU10", l.au10());
    aus.put("AU43", l.au43());
    return new SampleView(id, rel, s.baseName(), s.subject(), s.neutral() ? "neutral" : "pain",
        s.view().isPresent() ? s.view().getAsInt() : null, l.pspi(), aus,
        s.split().map(x -> x.name().toLowerCase(Locale.ROOT)).orElse(null), Map.copyOf(attrs));
  }
}
