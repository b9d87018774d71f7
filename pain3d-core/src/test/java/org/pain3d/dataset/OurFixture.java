package org.pain3d.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.pain3d.io.Json;

/**
 * Writes a small, fully consistent dataset in our layout through the public writer API,
 * the way the generator will. Image bytes are placeholders (nothing here decodes them).
 */
public final class OurFixture {
  public static final long SEED = 7;

  final int identities;
  final int painSets;
  final int views;

  public OurFixture(int identities, int painSets, int views) {
    this.identities = identities;
    this.painSets = painSets;
    this.views = views;
  }

  public static Demographics demographics(int id) {
    return new Demographics(
        AgeGroup.values()[id % 2], Gender.values()[(id / 2) % 2],
        Ethnicity.values()[id % Ethnicity.values().length]);
  }

  public static PainLabels labels(int id, int k) {
    return PainLabels.ofAus((id + k) % 6, k % 6, (id * k) % 6, (k + 2) % 6, id % 6, k % 2);
  }

  public static CameraAnnotation camera(int view) {
    double[][] w2c = {{1, 0, 0, 0}, {0, -1, 0, 0}, {0, 0, -1, 60}, {0, 0, 0, 1}};
    double[][] k = {{600, 0, 128}, {0, 600, 128}, {0, 0, 1}};
    return new CameraAnnotation(15.0 * view, -5, 0, 25, 256, 256, w2c, k);
  }

  public static double[][] landmarks(int view) {
    double[][] l = new double[ViewAnnotation.LANDMARKS][];
    for (int i = 0; i < l.length; i++) {
      l[i] = new double[] {100 + i + 0.25, 120 + view + 0.5, i % 7 == 0 ? 0 : 1};
    }
    return l;
  }

  public PainAnnotation annotation(int id, int k) {
    PainLabels l = labels(id, k);
    Map<String, Double> aus = new LinkedHashMap<>();
    aus.put("AU1", 0.0);
    for (String key : PainLabels.AU_KEYS) {
      aus.put(key, l.get(key));
    }
    aus.put("AU12", 1.0);
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("browDown_L", l.au4() / 5);
    weights.put("browDown_R", l.au4() / 5);
    weights.put("eyeBlink_L", l.au43());
    String base = DatasetNaming.painBase(id, k);
    List<ViewAnnotation> vs = new ArrayList<>();
    List<String> images = new ArrayList<>();
    for (int v = 0; v < views; v++) {
      vs.add(new ViewAnnotation(v, camera(v), landmarks(v)));
      images.add(DatasetNaming.painImage(id, k, v));
    }
    AnnotationExtras x =
        new AnnotationExtras(
            DatasetManifest.FORMAT_VERSION, base, k,
            new IdentityInfo(id, 1000L + id, demographics(id)), aus, weights, 0.001, vs,
            new AnnotationFiles(images, DatasetNaming.heatmap(base), DatasetNaming.heatmap16(base)));
    return new PainAnnotation(l, x);
  }

  /**
   * @param parting {@code hair_parting}
   * @param partingCm {@code hair_parting_cm}
   * @return an appearance record of a parted medium style
   */
  public static AppearanceAnnotation appearance(String parting, Double partingCm) {
    return appearance(parting, partingCm, "#decea7", "#a6675f");
  }

  /**
   * @param parting {@code hair_parting}
   * @param partingCm {@code hair_parting_cm}
   * @param teeth {@code teeth_rgb}
   * @param gums {@code gums_rgb}
   * @return an appearance record of a parted medium style
   */
  public static AppearanceAnnotation appearance(String parting, Double partingCm, String teeth, String gums) {
    return new AppearanceAnnotation(List.of("hair", "parting", "mouth-colour"), 40.5, "#c8a088", "light", 0.1, 2, 0.2,
        0, 0, 0, 1, "medium", "#3a2a1e", 0, parting, partingCm, 0.62, 0.0, "none", 0, 0, "#4a3020", teeth, gums, 0, 0, "#2e241c", 1,
        Map.of(), true, List.of(0.5, -0.25));
  }

  /**
   * @param name seeds the pixels
   * @return a tiny real PNG, different per name
   */
  public static byte[] fakeImage(String name) {
    return TestImages.png(name);
  }

  /** Writes the dataset and returns the writer (for its checksums). */
  public DatasetWriter write(Path root) throws IOException {
    DatasetWriter w = new DatasetWriter(root);
    Map<Integer, Split> splits =
        SplitAssigner.assign(
            IntStream.range(0, identities).boxed().toList(), SplitPlan.standard(), SEED);
    List<MetadataRow> rows = new ArrayList<>();
    int heatmaps = 0;
    for (int id = 0; id < identities; id++) {
      Demographics d = demographics(id);
      for (int v = 0; v < views; v++) {
        String img = DatasetNaming.neutralImage(id, v);
        w.writeBytes(img, fakeImage(img));
        rows.add(MetadataRow.neutral(img, id, v, splits.get(id), d));
      }
      for (int k = 1; k <= painSets; k++) {
        PainAnnotation a = annotation(id, k);
        for (int v = 0; v < views; v++) {
          String img = DatasetNaming.painImage(id, k, v);
          w.writeBytes(img, fakeImage(img));
          rows.add(MetadataRow.pain(img, id, k, v, splits.get(id), a.labels(), d));
        }
        w.writeBytes(a.extras().files().heatmap(), fakeImage("heat"));
        w.writeBytes(a.extras().files().heatmap16(), fakeImage("heat16 " + a.baseName()));
        heatmaps += 2;
        w.writeAnnotation(a);
      }
    }
    w.writeSplits(SplitAssigner.rows(splits, painSets));
    w.writeMetadata(rows);
    ObjectNode config = Json.mapper().createObjectNode();
    config.put("identities", identities).put("pain_sets", painSets).put("views", views);
    DatasetCounts counts =
        new DatasetCounts(
            identities, views, identities * painSets, identities * painSets * views,
            identities * views, heatmaps);
    w.writeManifest("test", SEED, config, counts, Map.of("tool", "OurFixture"));
    return w;
  }
}
