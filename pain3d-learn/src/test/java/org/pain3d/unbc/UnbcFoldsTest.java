package org.pain3d.unbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnbcFoldsTest {

  @TempDir Path dir;

  @Test
  void standardFoldsAreSpecSection7() {
    UnbcFolds f = UnbcFolds.standard();
    assertThat(f.count()).isEqualTo(5);
    assertThat(f.folds().get(0))
        .containsExactly("064-ak064", "121-vw121", "047-jl047", "096-bg096", "059-fn059");
    assertThat(f.folds().get(1))
        .containsExactly("107-hs107", "120-kz120", "097-gf097", "106-nm106", "092-ch092");
    assertThat(f.folds().get(2))
        .containsExactly("095-tv095", "043-jh043", "103-jk103", "048-aa048", "042-ll042");
    assertThat(f.folds().get(3))
        .containsExactly("109-ib109", "108-th108", "123-jh123", "124-dn124", "066-mg066");
    assertThat(f.folds().get(4))
        .containsExactly("049-bm049", "115-jy115", "052-dr052", "101-mg101", "080-bn080");
    assertThat(f.foldOf("095-tv095")).isEqualTo(3);
    assertThat(f.file()).isNull();
  }

  @Test
  void trainAndTestPartitionTheSubjects() {
    UnbcFolds f = UnbcFolds.standard();
    Set<String> tested = new HashSet<>();
    for (int k = 1; k <= 5; k++) {
      List<String> test = f.testSubjects(k);
      List<String> train = f.trainSubjects(k);
      assertThat(test).hasSize(5).isSorted().doesNotContainAnyElementsOf(train);
      assertThat(train).hasSize(20).isSorted();
      Set<String> all = new HashSet<>(train);
      all.addAll(test);
      assertThat(all).containsExactlyInAnyOrderElementsOf(UnbcFixture.REAL_SUBJECTS);
      tested.addAll(test);
    }
    assertThat(tested).hasSize(25);
    assertThatThrownBy(() -> f.testSubjects(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> f.trainSubjects(6)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void validationSubsetIsSeededAndDisjointFromTest() {
    UnbcFolds f = UnbcFolds.standard();
    SubjectSplit s = f.split(2, 4, 42);
    assertThat(s.fold()).isEqualTo(2);
    assertThat(s.test()).isEqualTo(f.testSubjects(2));
    assertThat(s.validation()).hasSize(4).isSorted()
        .isSubsetOf(f.trainSubjects(2)).doesNotContainAnyElementsOf(s.test());
    assertThat(s.train()).hasSize(16).doesNotContainAnyElementsOf(s.validation())
        .doesNotContainAnyElementsOf(s.test());
    assertThat(f.split(2, 4, 42)).isEqualTo(s);
    Set<List<String>> seen = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      seen.add(f.split(2, 4, seed).validation());
    }
    assertThat(seen.size()).isGreaterThan(10);
    SubjectSplit none = f.split(1, 0, 1);
    assertThat(none.validation()).isEmpty();
    assertThat(none.train()).isEqualTo(f.trainSubjects(1));
    assertThatThrownBy(() -> f.split(1, 20, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> f.split(1, -1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void csvRoundTripAndHeaderCommentsBlankLines() throws IOException {
    Path csv = Files.writeString(dir.resolve("folds.csv"), UnbcFolds.standard().toCsv());
    UnbcFolds read = UnbcFolds.read(csv);
    assertThat(read.folds()).isEqualTo(UnbcFolds.standard().folds());
    assertThat(read.file()).isEqualTo(csv);
    Path other = Files.writeString(dir.resolve("f2.csv"),
        "# three folds\r\nSubject, Fold\n\nb-1, 2\na-1,1\r\nc-1 ,3\nd-1,1\n");
    UnbcFolds f = UnbcFolds.read(other);
    assertThat(f.folds()).containsExactly(List.of("a-1", "d-1"), List.of("b-1"), List.of("c-1"));
  }

  @Test
  void csvErrorsNameFileAndLine() throws IOException {
    Path csv = dir.resolve("f.csv");
    Files.writeString(csv, "subject,fold\na,1\nb,2\na,2\n");
    assertThatThrownBy(() -> UnbcFolds.read(csv))
        .isInstanceOf(UnbcDataException.class)
        .hasMessage(csv + ":4: subject a is listed again (first on line 2)");
    Files.writeString(csv, "a,1\nb,two\n");
    assertThatThrownBy(() -> UnbcFolds.read(csv))
        .hasMessage(csv + ":2: fold is not a whole number: 'two'");
    Files.writeString(csv, "a,1\nb;2\n");
    assertThatThrownBy(() -> UnbcFolds.read(csv))
        .hasMessage(csv + ":2: expected 'subject,fold', found 'b;2'");
    Files.writeString(csv, "a,1\nb,0\n");
    assertThatThrownBy(() -> UnbcFolds.read(csv))
        .hasMessage(csv + ":2: fold numbers start at 1: 0");
    Files.writeString(csv, "a,1\nb,3\n");
    assertThatThrownBy(() -> UnbcFolds.read(csv))
        .hasMessage(csv + ": fold 2 has no subject (folds 1..3)");
    Files.writeString(csv, "a,1\nb,1\n");
    assertThatThrownBy(() -> UnbcFolds.read(csv))
        .hasMessage(csv + ": need at least 2 folds, found 1");
    Files.writeString(csv, "subject,fold\n");
    assertThatThrownBy(() -> UnbcFolds.read(csv)).hasMessageContaining("no 'subject,fold' row");
    assertThatThrownBy(() -> UnbcFolds.read(dir.resolve("none.csv")))
        .isInstanceOf(UnbcDataException.class)
        .hasMessage(dir.resolve("none.csv") + ": folds file does not exist");
  }

  @Test
  void ofRejectsRepeatsAndEmptyFolds() {
    assertThatThrownBy(() -> UnbcFolds.of(List.of(List.of("a"), List.of("b", "a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subject a is in folds 1 and 2");
    assertThatThrownBy(() -> UnbcFolds.of(List.of(List.of("a"), List.of())))
        .hasMessage("fold 2 has no subject");
    assertThatThrownBy(() -> UnbcFolds.of(List.of(List.of("a"))))
        .hasMessage("need at least 2 folds, got 1");
  }

  @Test
  void standardFoldsValidateAgainstAFixtureWithAll25Subjects() {
    UnbcFixture.builder().subjects(25).sequencesPerSubject(1).framesPerSequence(2).write(dir);
    UnbcArchive a = UnbcArchive.open(dir);
    assertThat(a.subjects()).hasSize(25);
    UnbcFolds.standard().validate(a.subjects(), a.root());
    SubjectSplit s = UnbcFolds.standard().split(3, 4, 7);
    assertThat(a.framesOf(s.test())).hasSize(10)
        .allMatch(f -> s.test().contains(f.subject()));
    assertThat(a.framesOf(s.train())).hasSize(32);
  }

  @Test
  void validationNamesMissingAndUnknownSubjects() throws IOException {
    List<String> archive = new ArrayList<>(UnbcFixture.REAL_SUBJECTS);
    archive.remove("042-ll042");
    assertThatThrownBy(() -> UnbcFolds.standard().validate(archive, dir))
        .isInstanceOf(UnbcDataException.class)
        .hasMessage(dir + ": the folds name subjects that the archive at " + dir
            + " lacks: 042-ll042");
    archive.add("042-ll042");
    archive.add("200-xx200");
    assertThatThrownBy(() -> UnbcFolds.standard().validate(archive, dir))
        .hasMessage(dir + ": archive subjects in no fold of the folds: 200-xx200");
    Path csv = Files.writeString(dir.resolve("f.csv"), "a,1\nb,2\n");
    assertThatThrownBy(() -> UnbcFolds.read(csv).validate(List.of("a", "b", "c"), dir))
        .hasMessage(csv + ": archive subjects in no fold of the folds file: c");
  }
}
