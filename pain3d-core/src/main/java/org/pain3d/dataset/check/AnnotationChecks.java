package org.pain3d.dataset.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pain3d.dataset.AnnotationCodec;
import org.pain3d.dataset.AnnotationExtras;
import org.pain3d.dataset.DatasetDataException;
import org.pain3d.dataset.DatasetInventory;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.LayoutKind;
import org.pain3d.dataset.PainAnnotation;
import org.pain3d.dataset.PainLabels;
import org.pain3d.dataset.ParsedAnnotation;

/** The checks on annotations, images, heatmaps and neutral images. */
final class AnnotationChecks {
  private AnnotationChecks() {}

  /**
   * Parses every annotation leniently and checks PSPI and the extras.
   *
   * @return the annotations that parsed, by base name (extras reduced to the identity)
   */
  static Map<String, AnnotationFacts> parseAll(DatasetInventory inv, ProblemList problems) {
    Map<String, AnnotationFacts> parsed = new TreeMap<>();
    Map<Integer, Demographics> demographics = new HashMap<>();
    for (Map.Entry<String, Path> e : inv.annotationsByBase().entrySet()) {
      String rel = inv.relative(e.getValue());
      ParsedAnnotation p;
      try {
        p = AnnotationCodec.parse(e.getValue());
      } catch (DatasetDataException ex) {
        problems.add(ProblemKind.MALFORMED_ANNOTATION, rel, ex.reason());
        continue;
      } catch (IOException ex) {
        problems.add(ProblemKind.MALFORMED_ANNOTATION, rel, "cannot read: " + ex);
        continue;
      }
      // Keep only what later checks and the summary need, not landmarks and cameras.
      parsed.put(
          e.getKey(), new AnnotationFacts(p.labels(), p.extras().map(AnnotationExtras::identity)));
      PainLabels l = p.labels();
      if (!l.pspiConsistent()) {
        problems.add(
            ProblemKind.PSPI_MISMATCH, rel,
            "PSPI " + num(l.pspi()) + " but AU4 + max(AU6, AU7) + max(AU9, AU10) + AU43 = "
                + num(l.formulaPspi()));
      }
      p.extras().ifPresent(x -> checkExtras(inv, e.getKey(), rel, l, x, demographics, problems));
    }
    return parsed;
  }

  private static void checkExtras(
      DatasetInventory inv, String base, String rel, PainLabels labels, AnnotationExtras x,
      Map<Integer, Demographics> demographics, ProblemList problems) {
    if (!x.baseName().equals(base)) {
      problems.add(
          ProblemKind.EXTRAS_MISMATCH, rel, "base_name '" + x.baseName() + "' differs from file");
    }
    String au = PainAnnotation.auMismatch(labels, x);
    if (au != null) {
      problems.add(ProblemKind.EXTRAS_MISMATCH, rel, au);
    }
    Demographics first = demographics.putIfAbsent(x.identity().id(), x.identity().demographics());
    if (first != null && !first.equals(x.identity().demographics())) {
      problems.add(
          ProblemKind.EXTRAS_MISMATCH, rel,
          "demographics differ from another pain set of identity " + x.identity().id());
    }
    for (String img : x.files().images()) {
      requireFile(inv, img, rel, problems);
    }
    if (!x.files().heatmap().equals(DatasetNaming.heatmap(base))) {
      requireFile(inv, x.files().heatmap(), rel, problems);
    }
    if (!x.files().heatmap16().equals(DatasetNaming.heatmap16(base))) {
      requireFile(inv, x.files().heatmap16(), rel, problems);
    }
  }

  private static void requireFile(DatasetInventory inv, String file, String by, ProblemList p) {
    if (!Files.isRegularFile(inv.root().resolve(file))) {
      p.add(ProblemKind.MISSING_FILE, file, "named by " + by + " but missing");
    }
  }

  /** Every pain image has an annotation; every annotation has images and a heatmap. */
  static void checkImagesAndHeatmaps(
      DatasetInventory inv, CheckOptions options, ProblemList problems) {
    for (Map.Entry<String, List<Path>> e : inv.imagesByBase().entrySet()) {
      if (!DatasetNaming.isNeutral(e.getKey())
          && !inv.annotationsByBase().containsKey(e.getKey())) {
        for (Path img : e.getValue()) {
          problems.add(
              ProblemKind.IMAGE_WITHOUT_ANNOTATION, inv.relative(img),
              "no " + DatasetNaming.annotation(e.getKey()));
        }
      }
    }
    String imageDir = inv.relative(inv.imageDir());
    if (options.requireHeatmaps() && !inv.hasHeatmapDir()
        && !inv.annotationsByBase().isEmpty()) {
      problems.add(ProblemKind.MISSING_HEATMAP, DatasetNaming.HEATMAPS_DIR, "no such directory");
    }
    for (Map.Entry<String, Path> e : inv.annotationsByBase().entrySet()) {
      String base = e.getKey();
      if (!inv.imagesByBase().containsKey(base)) {
        problems.add(
            ProblemKind.ANNOTATION_WITHOUT_IMAGES, inv.relative(e.getValue()),
            "no image of " + base + " in " + imageDir + "/");
      }
      if (options.requireHeatmaps() && inv.hasHeatmapDir()) {
        checkHeatmap(inv, base, problems);
      }
    }
  }

  private static void checkHeatmap(DatasetInventory inv, String base, ProblemList problems) {
    if (inv.layout() == LayoutKind.OURS) {
      for (String h : List.of(DatasetNaming.heatmap(base), DatasetNaming.heatmap16(base))) {
        if (!Files.isRegularFile(inv.root().resolve(h))) {
          problems.add(ProblemKind.MISSING_HEATMAP, h, "missing for " + base);
        }
      }
    } else if (!inv.heatmapsByBase().containsKey(base)) {
      problems.add(
          ProblemKind.MISSING_HEATMAP, DatasetNaming.heatmap(base), "missing for " + base);
    }
  }

  /**
   * Every subject with pain images has a neutral image; in our layout, one per view of its
   * pain images.
   */
  static void checkNeutrals(DatasetInventory inv, ProblemList problems) {
    Map<String, Set<Integer>> painViews = new TreeMap<>();
    Map<String, Set<Integer>> neutralViews = new HashMap<>();
    for (Map.Entry<String, List<Path>> e : inv.imagesByBase().entrySet()) {
      String subject = DatasetNaming.subjectOf(e.getKey()).orElse(e.getKey());
      Map<String, Set<Integer>> target =
          DatasetNaming.isNeutral(e.getKey()) ? neutralViews : painViews;
      Set<Integer> views = target.computeIfAbsent(subject, k -> new TreeSet<>());
      for (Path img : e.getValue()) {
        views.add(DatasetNaming.viewOf(img.getFileName().toString()).orElse(-1));
      }
    }
    String dir = inv.relative(inv.imageDir());
    for (Map.Entry<String, Set<Integer>> e : painViews.entrySet()) {
      String subject = e.getKey();
      Set<Integer> neutral = neutralViews.get(subject);
      if (neutral == null) {
        problems.add(
            ProblemKind.MISSING_NEUTRAL, dir + "/" + subject + "_neutral*",
            subject + " has pain images but no neutral image");
      } else if (inv.layout() == LayoutKind.OURS) {
        for (int v : e.getValue()) {
          if (v >= 0 && !neutral.contains(v)) {
            problems.add(
                ProblemKind.MISSING_NEUTRAL, dir + "/" + subject + "_neutral_view_" + v + ".png",
                subject + " has pain images of view " + v + " but no neutral one");
          }
        }
      }
    }
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
