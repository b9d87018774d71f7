package org.pain3d.dataset.check;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.DatasetInventory;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.dataset.DatasetReader;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.dataset.PainLabels;
import org.pain3d.dataset.Split;
import org.pain3d.pspi.Pspi;

/** Computes a {@link DatasetSummary} from an inventory and its parsed annotations. */
final class SummaryBuilder {
  private SummaryBuilder() {}

  static DatasetSummary build(
      DatasetInventory inv, Map<String, AnnotationFacts> parsed, Map<String, Split> splits) {
    int pain = 0;
    int neutral = 0;
    Set<String> subjects = new HashSet<>();
    for (Map.Entry<String, List<Path>> e : inv.imagesByBase().entrySet()) {
      if (DatasetNaming.isNeutral(e.getKey())) {
        neutral += e.getValue().size();
      } else {
        pain += e.getValue().size();
      }
      subjects.add(subjectOf(e.getKey()));
    }
    inv.annotationsByBase().keySet().forEach(b -> subjects.add(subjectOf(b)));
    int heatmaps = inv.heatmapsByBase().values().stream().mapToInt(List::size).sum();
    long[] pspi = new long[Pspi.MAX + 1];
    Map<String, long[]> aus = new LinkedHashMap<>();
    PainLabels.AU_KEYS.forEach(k -> aus.put(k, new long[Pspi.MAX_INTENSITY + 1]));
    Map<Integer, Demographics> identities = new TreeMap<>();
    for (AnnotationFacts a : parsed.values()) {
      pspi[bin(a.labels().pspi(), pspi.length)]++;
      for (Map.Entry<String, long[]> e : aus.entrySet()) {
        long[] h = e.getValue();
        h[bin(a.labels().get(e.getKey()), h.length)]++;
      }
      a.identity().ifPresent(i -> identities.putIfAbsent(i.id(), i.demographics()));
    }
    Map<Split, SplitSize> sizes = splitSizes(inv, splits);
    int inSplits = sizes.values().stream().mapToInt(SplitSize::images).sum();
    return new DatasetSummary(
        inv.layout(), pain + neutral, pain, neutral, heatmaps, inv.annotationsByBase().size(),
        subjects.size(), pspi, aus, demographics(identities), sizes, pain + neutral - inSplits);
  }

  private static Map<String, Map<String, Integer>> demographics(Map<Integer, Demographics> ids) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    Map<String, Integer> age = new LinkedHashMap<>();
    for (AgeGroup g : AgeGroup.values()) {
      age.put(g.label(), 0);
    }
    Map<String, Integer> gender = new LinkedHashMap<>();
    for (Gender g : Gender.values()) {
      gender.put(g.label(), 0);
    }
    Map<String, Integer> eth = new LinkedHashMap<>();
    for (Ethnicity g : Ethnicity.values()) {
      eth.put(g.label(), 0);
    }
    for (Demographics d : ids.values()) {
      age.merge(d.ageGroup().label(), 1, Integer::sum);
      gender.merge(d.gender().label(), 1, Integer::sum);
      eth.merge(d.ethnicity().label(), 1, Integer::sum);
    }
    out.put("age_group", age);
    out.put("gender", gender);
    out.put("ethnicity", eth);
    return out;
  }

  private static Map<Split, SplitSize> splitSizes(
      DatasetInventory inv, Map<String, Split> splits) {
    Map<Split, SplitSize> out = new EnumMap<>(Split.class);
    if (splits.isEmpty()) {
      return out;
    }
    Map<String, Split> subjectSplits = DatasetReader.subjectSplits(splits);
    for (Split s : Split.values()) {
      Set<String> subjects = new HashSet<>();
      int sets = 0;
      for (Map.Entry<String, Split> e : splits.entrySet()) {
        if (e.getValue() == s) {
          sets++;
          subjects.add(subjectOf(e.getKey()));
        }
      }
      int images = 0;
      for (Map.Entry<String, List<Path>> e : inv.imagesByBase().entrySet()) {
        String base = e.getKey();
        Split of =
            DatasetNaming.isNeutral(base) ? subjectSplits.get(subjectOf(base)) : splits.get(base);
        if (of == s) {
          images += e.getValue().size();
        }
      }
      out.put(s, new SplitSize(subjects.size(), sets, images));
    }
    return out;
  }

  private static String subjectOf(String base) {
    return DatasetNaming.subjectOf(base).orElse(base);
  }

  private static int bin(double v, int length) {
    return (int) Math.max(0, Math.min(length - 1, Math.round(v)));
  }
}
