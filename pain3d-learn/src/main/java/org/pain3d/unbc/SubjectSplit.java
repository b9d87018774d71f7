package org.pain3d.unbc;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A subject-independent split for one cross-validation fold: no subject is in two parts.
 *
 * @param fold the 1-based fold number whose subjects form {@code test}
 * @param train training subjects, sorted
 * @param validation subjects held out of training for checkpoint selection, sorted (may be
 *     empty); disjoint from the test fold
 * @param test the fold's subjects, sorted
 */
public record SubjectSplit(int fold, List<String> train, List<String> validation,
    List<String> test) {

  /**
   * Validates: copies, non-empty train and test, parts pairwise disjoint.
   *
   * @param fold see {@link #fold()}
   * @param train see {@link #train()}
   * @param validation see {@link #validation()}
   * @param test see {@link #test()}
   */
  public SubjectSplit {
    train = List.copyOf(train);
    validation = List.copyOf(validation);
    test = List.copyOf(test);
    if (fold < 1) {
      throw new IllegalArgumentException("fold numbers start at 1: " + fold);
    }
    if (train.isEmpty() || test.isEmpty()) {
      throw new IllegalArgumentException("train and test need at least one subject each");
    }
    Set<String> seen = new HashSet<>();
    for (List<String> part : List.of(train, validation, test)) {
      for (String s : part) {
        if (!seen.add(s)) {
          throw new IllegalArgumentException("subject " + s + " is in two parts of the split");
        }
      }
    }
  }
}
