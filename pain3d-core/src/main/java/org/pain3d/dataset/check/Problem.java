package org.pain3d.dataset.check;

import java.util.Objects;

/**
 * One inconsistency found by {@link DatasetChecker}.
 *
 * @param kind what kind of problem
 * @param file the file concerned, relative to the dataset root ({@code .} for the root)
 * @param message one line saying what is wrong
 */
public record Problem(ProblemKind kind, String file, String message) {

  /** Requires every field. */
  public Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return kind + " " + file + ": " + message;
  }
}
