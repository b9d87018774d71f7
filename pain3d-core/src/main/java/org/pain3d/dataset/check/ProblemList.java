package org.pain3d.dataset.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects problems, dropping exact repeats. */
final class ProblemList {
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  void add(ProblemKind kind, String file, String message) {
    if (seen.add(kind + "\u0000" + file + "\u0000" + message)) {
      problems.add(new Problem(kind, file, message));
    }
  }

  List<Problem> list() {
    return problems;
  }
}
