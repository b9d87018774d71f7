package org.pain3d.unbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Subject folds for cross-validation on UNBC-McMaster: the standard 5 folds of 5 subjects
 * (SPEC section 7) or folds read from a CSV file of {@code subject,fold} rows.
 *
 * <p>Folds are numbered from 1. Each subject is in exactly one fold. {@link #validate} checks
 * the folds against the subjects of an archive.
 */
public final class UnbcFolds {

  private static final List<List<String>> STANDARD =
      List.of(
          List.of("064-ak064", "121-vw121", "047-jl047", "096-bg096", "059-fn059"),
          List.of("107-hs107", "120-kz120", "097-gf097", "106-nm106", "092-ch092"),
          List.of("095-tv095", "043-jh043", "103-jk103", "048-aa048", "042-ll042"),
          List.of("109-ib109", "108-th108", "123-jh123", "124-dn124", "066-mg066"),
          List.of("049-bm049", "115-jy115", "052-dr052", "101-mg101", "080-bn080"));

  private final List<List<String>> folds;
  private final Map<String, Integer> foldOf;
  private final Path file;

  private UnbcFolds(List<List<String>> folds, Path file) {
    List<List<String>> copy = new ArrayList<>();
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < folds.size(); i++) {
      if (folds.get(i).isEmpty()) {
        throw new IllegalArgumentException("fold " + (i + 1) + " has no subject");
      }
      for (String s : folds.get(i)) {
        if (s == null || s.isBlank()) {
          throw new IllegalArgumentException("blank subject in fold " + (i + 1));
        }
        Integer prev = m.put(s, i + 1);
        if (prev != null) {
          throw new IllegalArgumentException(
              "subject " + s + " is in folds " + prev + " and " + (i + 1));
        }
      }
      copy.add(List.copyOf(folds.get(i)));
    }
    if (copy.size() < 2) {
      throw new IllegalArgumentException("need at least 2 folds, got " + copy.size());
    }
    this.folds = List.copyOf(copy);
    this.foldOf = Map.copyOf(m);
    this.file = file;
  }

  /**
   * The standard UNBC 5-fold split (5 subjects per fold, SPEC section 7).
   *
   * @return the folds
   */
  public static UnbcFolds standard() {
    return new UnbcFolds(STANDARD, null);
  }

  /**
   * Folds from lists of subjects.
   *
   * @param folds subjects of fold 1, 2, ...
   * @return the folds
   * @throws IllegalArgumentException when a fold is empty or a subject repeats
   */
  public static UnbcFolds of(List<List<String>> folds) {
    return new UnbcFolds(folds, null);
  }

  /**
   * Reads a folds file: CSV rows {@code subject,fold} (fold numbers 1..K, all used), an
   * optional header row {@code subject,fold}, blank lines and {@code #} comments ignored.
   *
   * @param csv the file
   * @return the folds
   * @throws UnbcDataException naming the file and line of a bad row, a repeated subject or an
   *     unused fold number
   */
  public static UnbcFolds read(Path csv) {
    if (!Files.isRegularFile(csv)) {
      throw new UnbcDataException(csv, "folds file does not exist");
    }
    String text = UnbcLabelParser.read(csv);
    Map<Integer, List<String>> byFold = new TreeMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int lineNo = i + 1;
      if (line.isEmpty() || line.startsWith("#")
          || (lineOf.isEmpty() && line.replace(" ", "").equalsIgnoreCase("subject,fold"))) {
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length != 2 || f[0].isBlank()) {
        throw UnbcDataException.atLine(csv, lineNo, "expected 'subject,fold', found '" + line
            + "'");
      }
      String subject = f[0].strip();
      int fold;
      try {
        fold = Integer.parseInt(f[1].strip());
      } catch (NumberFormatException e) {
        throw UnbcDataException.atLine(csv, lineNo, "fold is not a whole number: '" + f[1] + "'");
      }
      if (fold < 1) {
        throw UnbcDataException.atLine(csv, lineNo, "fold numbers start at 1: " + fold);
      }
      Integer prev = lineOf.put(subject, lineNo);
      if (prev != null) {
        throw UnbcDataException.atLine(
            csv, lineNo, "subject " + subject + " is listed again (first on line " + prev + ")");
      }
      byFold.computeIfAbsent(fold, k -> new ArrayList<>()).add(subject);
    }
    if (byFold.isEmpty()) {
      throw new UnbcDataException(csv, "folds file has no 'subject,fold' row");
    }
    int k = byFold.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    List<List<String>> folds = new ArrayList<>();
    for (int i = 1; i <= k; i++) {
      List<String> subjects = byFold.get(i);
      if (subjects == null) {
        throw new UnbcDataException(csv, "fold " + i + " has no subject (folds 1.." + k + ")");
      }
      folds.add(subjects);
    }
    if (k < 2) {
      throw new UnbcDataException(csv, "need at least 2 folds, found " + k);
    }
    return new UnbcFolds(folds, csv);
  }

  /**
   * The number of folds.
   *
   * @return K
   */
  public int count() {
    return folds.size();
  }

  /**
   * The folds file these folds came from.
   *
   * @return the file, or {@code null} for {@link #standard()} and {@link #of}
   */
  public Path file() {
    return file;
  }

  /**
   * All folds.
   *
   * @return subjects of fold 1, 2, ... in the order given
   */
  public List<List<String>> folds() {
    return folds;
  }

  /**
   * The fold of a subject.
   *
   * @param subject subject folder name
   * @return its 1-based fold number
   * @throws IllegalArgumentException when the subject is in no fold
   */
  public int foldOf(String subject) {
    Integer f = foldOf.get(subject);
    if (f == null) {
      throw new IllegalArgumentException("subject " + subject + " is in no fold");
    }
    return f;
  }

  /**
   * Checks that every subject of an archive is in exactly one fold and that the folds name no
   * subject the archive lacks.
   *
   * @param archiveSubjects the subjects of the archive
   * @param archiveRoot the archive folder, named in the error when the folds are not from a file
   * @throws UnbcDataException listing the subjects in no fold, or the unknown subjects
   */
  public void validate(Collection<String> archiveSubjects, Path archiveRoot) {
    Set<String> archive = new TreeSet<>(archiveSubjects);
    Set<String> missing = new TreeSet<>(archive);
    missing.removeAll(foldOf.keySet());
    Path at = file != null ? file : archiveRoot;
    String source = file != null ? "the folds file" : "the folds";
    if (!missing.isEmpty()) {
      throw new UnbcDataException(
          at, "archive subjects in no fold of " + source + ": " + String.join(", ", missing));
    }
    Set<String> unknown = new TreeSet<>(foldOf.keySet());
    unknown.removeAll(archive);
    if (!unknown.isEmpty()) {
      throw new UnbcDataException(
          at,
          source + " name subjects that the archive at " + archiveRoot + " lacks: "
              + String.join(", ", unknown));
    }
  }

  /**
   * The test subjects of a fold.
   *
   * @param fold 1-based fold number
   * @return the fold's subjects, sorted
   */
  public List<String> testSubjects(int fold) {
    checkFold(fold);
    return folds.get(fold - 1).stream().sorted().toList();
  }

  /**
   * The training subjects of a fold: the subjects of all other folds.
   *
   * @param fold 1-based fold number
   * @return the other folds' subjects, sorted
   */
  public List<String> trainSubjects(int fold) {
    checkFold(fold);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < folds.size(); i++) {
      if (i != fold - 1) {
        out.addAll(folds.get(i));
      }
    }
    return out.stream().sorted().toList();
  }

  /**
   * The split for a fold, with a validation subset of the training subjects for checkpoint
   * selection (never the test fold). The validation subjects are the first {@code
   * validationSubjects} of the sorted training subjects after a Fisher-Yates shuffle driven by
   * {@code new SplittableRandom(seed)}: the same seed gives the same split.
   *
   * @param fold 1-based fold number
   * @param validationSubjects how many training subjects to hold out, 0 to (train size - 1)
   * @param seed the shuffle seed
   * @return the split
   */
  public SubjectSplit split(int fold, int validationSubjects, long seed) {
    List<String> train = new ArrayList<>(trainSubjects(fold));
    if (validationSubjects < 0 || validationSubjects >= train.size()) {
      throw new IllegalArgumentException(
          "validation subjects must be in 0.." + (train.size() - 1) + ": " + validationSubjects);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = train.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      String t = train.get(i);
      train.set(i, train.get(j));
      train.set(j, t);
    }
    List<String> val = train.subList(0, validationSubjects).stream().sorted().toList();
    List<String> rest = train.subList(validationSubjects, train.size()).stream().sorted().toList();
    return new SubjectSplit(fold, rest, val, testSubjects(fold));
  }

  /**
   * The folds as CSV text, readable by {@link #read}.
   *
   * @return {@code subject,fold} header and one row per subject, by fold
   */
  public String toCsv() {
    StringBuilder sb = new StringBuilder("subject,fold\n");
    for (int i = 0; i < folds.size(); i++) {
      for (String s : folds.get(i)) {
        sb.append(s).append(',').append(i + 1).append('\n');
      }
    }
    return sb.toString();
  }

  private void checkFold(int fold) {
    if (fold < 1 || fold > folds.size()) {
      throw new IllegalArgumentException("fold must be in 1.." + folds.size() + ": " + fold);
    }
  }

  @Override
  public String toString() {
    Map<Integer, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < folds.size(); i++) {
      m.put(i + 1, folds.get(i));
    }
    return "UnbcFolds" + (file == null ? "" : "(" + file + ")") + m;
  }
}
