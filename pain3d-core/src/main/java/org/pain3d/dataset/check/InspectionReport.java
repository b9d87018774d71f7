package org.pain3d.dataset.check;

import java.util.List;
import java.util.Objects;

/**
 * What {@link DatasetChecker} found: a summary and the list of problems.
 *
 * @param summary counts and histograms
 * @param problems inconsistencies, in the order found; empty when consistent
 */
public record InspectionReport(DatasetSummary summary, List<Problem> problems) {

  /** Copies the list. */
  public InspectionReport {
    Objects.requireNonNull(summary, "summary");
    problems = List.copyOf(problems);
  }

  /**
   * Tells whether no problem was found.
   *
   * @return true when consistent
   */
  public boolean consistent() {
    return problems.isEmpty();
  }
}
