package org.pain3d.web.data;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.pain3d.web.Api;

/**
 * The browser's filters ({@code GET /api/datasets/{id}/samples?...}); every one optional:
 *
 * <ul>
 *   <li>{@code pspi_min}, {@code pspi_max}: PSPI range, inclusive;
 *   <li>{@code au} with {@code au_min} (default 1): images whose AU label is at least that;
 *   <li>{@code split}: {@code train}, {@code val}, {@code test} or {@code none};
 *   <li>{@code view}: the view index; {@code kind}: {@code pain} or {@code neutral};
 *   <li>{@code subject}: an identity ({@code sample_00012});
 *   <li>{@code attr.NAME=VALUE} (repeatable over names): attribute equals value, e.g.
 *       {@code attr.gender=woman}, {@code attr.ethnicity=South Asian}.
 * </ul>
 *
 * @param pspiMin smallest PSPI
 * @param pspiMax largest PSPI
 * @param au an official AU name, or null
 * @param auMin the AU's smallest label
 * @param split a split name, {@code none}, or null
 * @param view a view index, or null
 * @param kind pain, neutral, or null
 * @param subject a subject, or null
 * @param attributes attribute values to match
 */
public record SampleFilter(
    double pspiMin, double pspiMax, String au, double auMin, String split, Integer view,
    String kind, String subject, Map<String, String> attributes) {
  private static final List<String> AUS = List.of("AU4", "AU6", "AU7", "AU9", "AU10", "AU43");
  private static final List<String> SPLITS = List.of("train", "val", "test", "none");

  /** Validates the values. */
  public SampleFilter {
    if (pspiMin > pspiMax) {
      throw new IllegalArgumentException("pspi_min " + pspiMin + " is above pspi_max " + pspiMax);
    }
    if (au != null && !AUS.contains(au)) {
      throw new IllegalArgumentException("au must be one of " + AUS + ", got '" + au + "'");
    }
    if (split != null && !SPLITS.contains(split)) {
      throw new IllegalArgumentException("split must be one of " + SPLITS + ", got '" + split + "'");
    }
    if (kind != null && !kind.equals("pain") && !kind.equals("neutral")) {
      throw new IllegalArgumentException("kind must be pain or neutral, got '" + kind + "'");
    }
    attributes = Map.copyOf(attributes);
  }

  /**
   * Parses the query parameters.
   *
   * @param query the parameters (first value of each name is used)
   * @return the filter
   * @throws IllegalArgumentException (400) on a bad value
   */
  public static SampleFilter parse(Map<String, List<String>> query) {
    Map<String, String> attrs = new TreeMap<>();
    query.forEach((k, v) -> {
      if (k.startsWith("attr.") && !v.isEmpty() && !v.get(0).isEmpty()) {
        attrs.put(k.substring(5), v.get(0));
      }
    });
    String au = first(query, "au");
    return new SampleFilter(
        Api.doubleParam("pspi_min", first(query, "pspi_min"), 0),
        Api.doubleParam("pspi_max", first(query, "pspi_max"), 16),
        au == null ? null : au.toUpperCase(Locale.ROOT),
        Api.doubleParam("au_min", first(query, "au_min"), 1),
        lower(first(query, "split")),
        first(query, "view") == null ? null : Api.intParam("view", first(query, "view"), 0, 0, 10_000),
        lower(first(query, "kind")),
        first(query, "subject"),
        attrs);
  }

  /**
   * The predicate.
   *
   * @return true for samples that pass every filter
   */
  public Predicate<SampleView> predicate() {
    return s -> s.pspi() >= pspiMin && s.pspi() <= pspiMax
        && (au == null || s.aus().getOrDefault(au, 0.0) >= auMin)
        && (split == null || split.equals(s.split() == null ? "none" : s.split()))
        && (view == null || view.equals(s.view()))
        && (kind == null || kind.equals(s.kind()))
        && (subject == null || subject.equals(s.subject()))
        && attributes.entrySet().stream().allMatch(e -> e.getValue().equals(s.attributes().get(e.getKey())));
  }

  private static String first(Map<String, List<String>> query, String name) {
    List<String> v = query.get(name);
    return v == null || v.isEmpty() || v.get(0).isBlank() ? null : v.get(0).trim();
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
