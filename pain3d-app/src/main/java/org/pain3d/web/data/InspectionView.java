package org.pain3d.web.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pain3d.dataset.Split;
import org.pain3d.dataset.check.DatasetSummary;
import org.pain3d.dataset.check.InspectionReport;
import org.pain3d.dataset.check.Problem;
import org.pain3d.dataset.check.SplitSize;

/**
 * What {@code pain3d inspect} finds, as the browser shows it ({@code GET
 * /api/datasets/{id}/inspect}): the counts and histograms, and the problems.
 *
 * @param consistent whether no problem was found
 * @param checksums whether files were hashed against the manifest
 * @param layout {@code ours} or {@code published}
 * @param counts images, pain and neutral images, heatmaps, annotations, identities, images
 *     without split
 * @param pspiHistogram pain sets per PSPI 0..16
 * @param auHistograms per official AU, pain sets per intensity 0..5
 * @param demographics per attribute, identities per value
 * @param splits per split ({@code train}, {@code val}, {@code test}): identities, pain sets, images
 * @param problemCount problems found
 * @param problems the first {@link #MAX_PROBLEMS} problems
 */
@JsonPropertyOrder({"consistent", "checksums", "layout", "counts", "pspi_histogram", "au_histograms",
    "demographics", "splits", "problem_count", "problems"})
public record InspectionView(
    @JsonProperty("consistent") boolean consistent,
    @JsonProperty("checksums") boolean checksums,
    @JsonProperty("layout") String layout,
    @JsonProperty("counts") Map<String, Integer> counts,
    @JsonProperty("pspi_histogram") long[] pspiHistogram,
    @JsonProperty("au_histograms") Map<String, long[]> auHistograms,
    @JsonProperty("demographics") Map<String, Map<String, Integer>> demographics,
    @JsonProperty("splits") Map<String, SplitSize> splits,
    @JsonProperty("problem_count") int problemCount,
    @JsonProperty("problems") List<ProblemView> problems) {
  /** Problems listed at most. */
  public static final int MAX_PROBLEMS = 1000;

  /**
   * One problem.
   *
   * @param kind the problem kind, lower case
   * @param file the file, relative to the root
   * @param message what is wrong
   */
  @JsonPropertyOrder({"kind", "file", "message"})
  public record ProblemView(
      @JsonProperty("kind") String kind,
      @JsonProperty("file") String file,
      @JsonProperty("message") String message) {}

  /**
   * Converts a report.
   *
   * @param r the report
   * @param checksums whether files were hashed
   * @return the view
   */
  static InspectionView of(InspectionReport r, boolean checksums) {
    DatasetSummary s = r.summary();
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("images", s.images());
    counts.put("pain_images", s.painImages());
    counts.put("neutral_images", s.neutralImages());
    counts.put("heatmaps", s.heatmaps());
    counts.put("annotations", s.annotations());
    counts.put("identities", s.identities());
    counts.put("images_without_split", s.imagesWithoutSplit());
    Map<String, SplitSize> splits = new LinkedHashMap<>();
    for (Map.Entry<Split, SplitSize> e : s.splitSizes().entrySet()) {
      splits.put(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
    }
    List<Problem> all = r.problems();
    List<ProblemView> problems = all.stream().limit(MAX_PROBLEMS)
        .map(p -> new ProblemView(p.kind().name().toLowerCase(Locale.ROOT), p.file(), p.message())).toList();
    return new InspectionView(r.consistent(), checksums, s.layout().name().toLowerCase(Locale.ROOT),
        counts, s.pspiHistogram(), s.auHistograms(), s.demographics(), splits, all.size(), problems);
  }
}
