package org.pain3d.unbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnbcArchiveTest {

  @TempDir Path dir;

  private UnbcFixture.Archive small() {
    return UnbcFixture.builder().subjects(2).sequencesPerSubject(2).framesPerSequence(3)
        .write(dir);
  }

  @Test
  void everyFieldOfEveryFrame() {
    UnbcFixture.Archive fx = small();
    UnbcArchive a = UnbcArchive.open(dir);
    assertThat(a.root()).isEqualTo(dir);
    assertThat(a.frames()).hasSize(12);
    assertThat(a.frames()).extracting(UnbcFrame::key)
        .containsExactlyElementsOf(fx.frames().stream().map(UnbcFixture.Frame::key).toList());
    for (int i = 0; i < fx.frames().size(); i++) {
      UnbcFixture.Frame want = fx.frames().get(i);
      UnbcFrame got = a.frames().get(i);
      assertThat(got.subject()).isEqualTo(want.subject());
      assertThat(got.sequence()).isEqualTo(want.sequence());
      assertThat(got.frameId()).isEqualTo(want.frameId());
      assertThat(got.image()).isEqualTo(want.image());
      assertThat(got.pspi()).isEqualTo((float) want.pspi());
      assertThat(got.neutral()).isEqualTo(want.pspi() == 0);
      assertThat(got.facs().intensities()).containsExactly(want.aus());
      assertThat(got.facs().pspi()).isEqualTo((float) want.pspi());
      float[] aus = want.aus();
      assertThat(got.painTargets()).containsExactly(
          aus[0], aus[1], aus[2], aus[3], aus[4], aus[UnbcActionUnit.AU43.ordinal()]);
      assertThat(got.landmarks().xy()).containsExactly(want.landmarks(), within(1e-4f));
      int seqIndex = got.sequence().endsWith("t1aaaff") ? 0 : 1;
      assertThat(got.sequenceLabels())
          .isEqualTo(new SequenceLabels(seqIndex + 1, seqIndex + 2, seqIndex + 3, seqIndex + 4));
      assertThat(got.frameNumber()).isEqualTo(Integer.parseInt(
          want.frameId().substring(want.frameId().length() - 3)));
    }
    // A hand-checked frame: subject 0, sequence 1, frame 1 -> PSPI 1 + (0 + 5 + 1) % 16 = 7.
    UnbcFrame f = a.frames().stream()
        .filter(x -> x.frameId().equals("ak064t2aaaff002")).findFirst().orElseThrow();
    assertThat(f.subject()).isEqualTo("064-ak064");
    assertThat(f.pspi()).isEqualTo(7f);
    assertThat(f.painTargets()).containsExactly(5f, 2f, 1f, 0f, 0f, 0f);
    assertThat(f.facs().intensity(UnbcActionUnit.AU25)).isEqualTo(2f);
  }

  @Test
  void summaryAndSubjects() {
    small();
    UnbcArchive a = UnbcArchive.open(dir);
    UnbcScanSummary s = a.summary();
    assertThat(s.frames()).isEqualTo(12);
    assertThat(s.subjects()).isEqualTo(2);
    assertThat(s.sequences()).isEqualTo(4);
    assertThat(s.neutralFrames()).isEqualTo(8); // frames 1 and 3 of each sequence
    assertThat(s.pspiMismatches()).isZero();
    assertThat(s.sequencesWithLabels()).isEqualTo(4);
    assertThat(s.excludedBlackFrames()).isZero();
    assertThat(s.describe()).contains("12 frames (8 with PSPI 0)");
    assertThat(a.subjects()).containsExactly("064-ak064", "121-vw121");
    assertThat(a.framesOf("121-vw121")).hasSize(6)
        .allMatch(f -> f.subject().equals("121-vw121"));
    assertThat(a.framesOf("nobody")).isEmpty();
    assertThat(a.framesOf(List.of("121-vw121", "064-ak064"))).isEqualTo(a.frames());
    assertThatThrownBy(() -> a.framesOf(List.of("999-zz999")))
        .isInstanceOf(UnbcDataException.class).hasMessageContaining("999-zz999");
  }

  @Test
  void emptyFacsFileGivesNoAu() throws IOException {
    UnbcFixture.Archive fx = small();
    UnbcFixture.Frame neutral = fx.frame("ak064t1aaaff001");
    assertThat(Files.size(neutral.facsFile())).isZero();
    UnbcFrame f = UnbcArchive.open(dir).frames().get(0);
    assertThat(f.facs()).isEqualTo(FacsCoding.NONE);
    assertThat(f.pspi()).isZero();
  }

  @Test
  void doublyNestedCopyReadsTheSame() {
    UnbcFixture.Archive fx = UnbcFixture.builder().nested(true).write(dir.resolve("n"));
    UnbcFixture.builder().write(dir.resolve("flat"));
    assertThat(Files.isDirectory(dir.resolve("n/Images/Images"))).isTrue();
    UnbcArchive nested = UnbcArchive.open(dir.resolve("n"));
    UnbcArchive flat = UnbcArchive.open(dir.resolve("flat"));
    assertThat(nested.frames()).hasSize(fx.frames().size());
    for (int i = 0; i < flat.frames().size(); i++) {
      UnbcFrame a = nested.frames().get(i);
      UnbcFrame b = flat.frames().get(i);
      assertThat(a.key()).isEqualTo(b.key());
      assertThat(a.pspi()).isEqualTo(b.pspi());
      assertThat(a.facs()).isEqualTo(b.facs());
      assertThat(a.landmarks()).isEqualTo(b.landmarks());
      assertThat(a.sequenceLabels()).isEqualTo(b.sequenceLabels());
      assertThat(a.image()).isEqualTo(fx.frames().get(i).image());
    }
  }

  @Test
  void blackFramesLeftOutByDefaultAndKeptOnRequest() {
    UnbcFixture.builder().subjects(List.of("095-tv095")).sequencesPerSubject(1)
        .sequence("095-tv095", "tv095t2aeunaff", 0, 0, 0, 0, 0, 0, 0, 3)
        .write(dir);
    UnbcArchive a = UnbcArchive.open(dir);
    assertThat(a.summary().excludedBlackFrames()).isEqualTo(6);
    assertThat(a.frames()).extracting(UnbcFrame::frameId)
        .contains("tv095t2aeunaff007", "tv095t2aeunaff008")
        .doesNotContain("tv095t2aeunaff001", "tv095t2aeunaff006");
    assertThat(a.frames()).hasSize(4 + 2);
    UnbcArchive kept = UnbcArchive.open(dir, UnbcScanOptions.defaults().withKeepBlackFrames(true));
    assertThat(kept.frames()).hasSize(4 + 8);
    assertThat(kept.summary().excludedBlackFrames()).isZero();
    assertThat(UnbcArchive.isKnownBlackFrame("095-tv095", "tv095t2aeunaff", 7)).isFalse();
    assertThat(UnbcArchive.isKnownBlackFrame("095-tv095", "tv095t1aaaff", 1)).isFalse();
  }

  @Test
  void missingPspiIsAnErrorByDefaultOrSkippedAndCounted() throws IOException {
    UnbcFixture.Archive fx = small();
    UnbcFixture.Frame gone = fx.frame("ak064t2aaaff002");
    Files.delete(gone.pspiFile());
    assertThatThrownBy(() -> UnbcArchive.open(dir))
        .isInstanceOf(UnbcDataException.class)
        .hasMessageContaining(gone.pspiFile().toString())
        .hasMessageContaining("missing PSPI file for frame " + gone.image())
        .extracting(e -> ((UnbcDataException) e).path()).isEqualTo(gone.pspiFile());
    UnbcArchive a = UnbcArchive.open(
        dir, UnbcScanOptions.defaults().withMissingLabels(MissingLabelPolicy.SKIP));
    assertThat(a.frames()).hasSize(11).noneMatch(f -> f.frameId().equals(gone.frameId()));
    assertThat(a.summary().skippedMissingPspi()).isEqualTo(1);
    // Its FACS and landmark files now have no frame to go with: still no image orphan.
    assertThat(a.summary().labelFilesWithoutImage()).isZero();
  }

  @Test
  void missingFacsOrLandmarksSkippedAndCounted() throws IOException {
    UnbcFixture.Archive fx = small();
    Files.delete(fx.frame("vw121t1aaaff001").facsFile());
    Files.delete(fx.frame("vw121t1aaaff002").aamFile());
    Files.delete(fx.frame("vw121t1aaaff003").aamFile());
    assertThatThrownBy(() -> UnbcArchive.open(dir))
        .hasMessageContaining("missing FACS file for frame");
    UnbcArchive a = UnbcArchive.open(
        dir, UnbcScanOptions.defaults().withMissingLabels(MissingLabelPolicy.SKIP));
    assertThat(a.frames()).hasSize(9);
    assertThat(a.summary().skippedMissingFacs()).isEqualTo(1);
    assertThat(a.summary().skippedMissingLandmarks()).isEqualTo(2);
  }

  @Test
  void malformedLabelIsOneErrorWithFileAndLine() throws IOException {
    UnbcFixture.Archive fx = small();
    Path facs = fx.frame("vw121t2aaaff002").facsFile();
    Files.writeString(facs, Files.readString(facs) + "   6.0000000e+00   2.0O00000e+00 0 0\n");
    int line = (int) Files.readString(facs).lines().count();
    assertThatThrownBy(() -> UnbcArchive.open(dir))
        .isInstanceOf(UnbcDataException.class)
        .hasMessage(facs + ":" + line + ": malformed number '2.0O00000e+00'");
  }

  @Test
  void landmarkFileWithWrongRowCount() throws IOException {
    UnbcFixture.Archive fx = small();
    Path aam = fx.frame("ak064t1aaaff003").aamFile();
    List<String> rows = Files.readAllLines(aam);
    Files.write(aam, rows.subList(0, 60));
    assertThatThrownBy(() -> UnbcArchive.open(dir))
        .isInstanceOf(UnbcDataException.class)
        .hasMessage(aam + ": expected 66 landmark rows (x y), found 60");
  }

  @Test
  void pspiLabelDifferingFromFacsIsLoggedAndCountedNotFatal() throws IOException {
    UnbcFixture.Archive fx = small();
    UnbcFixture.Frame f = fx.frame("vw121t1aaaff002");
    Files.writeString(f.pspiFile(), "   " + UnbcFixture.sci(f.pspi() + 1) + "\n");
    UnbcArchive a = UnbcArchive.open(dir);
    assertThat(a.frames()).hasSize(12);
    assertThat(a.summary().pspiMismatches()).isEqualTo(1);
    assertThat(a.summary().pspiMismatchExamples())
        .containsExactly(new PspiMismatch(f.key(), f.pspi() + 1, f.pspi()));
    UnbcFrame got = a.frames().stream().filter(x -> x.key().equals(f.key())).findFirst()
        .orElseThrow();
    assertThat(got.pspi()).isEqualTo(f.pspi() + 1f); // the label is the target
  }

  @Test
  void strayFilesAreIgnoredAndCounted() throws IOException {
    UnbcFixture.Archive fx = small();
    Path seqDir = fx.frames().get(0).image().getParent();
    Files.writeString(seqDir.resolve("Thumbs.db"), "x");
    Files.writeString(dir.resolve("Images").resolve("README.txt"), "x");
    Path orphanDir = dir.resolve("Frame_Labels/PSPI/064-ak064/ak064t9aaaff");
    Files.createDirectories(orphanDir);
    Files.writeString(orphanDir.resolve("ak064t9aaaff001_facs.txt"), "0\n");
    UnbcArchive a = UnbcArchive.open(dir);
    assertThat(a.frames()).hasSize(12);
    assertThat(a.summary().ignoredFiles()).isEqualTo(2);
    assertThat(a.summary().labelFilesWithoutImage()).isEqualTo(1);
  }

  @Test
  void sequenceLabelsAreOptional() {
    UnbcFixture.builder().sequenceLabels(false).write(dir);
    UnbcArchive a = UnbcArchive.open(dir);
    assertThat(a.frames()).allMatch(f -> f.sequenceLabels().equals(SequenceLabels.NONE));
    assertThat(a.summary().sequencesWithLabels()).isZero();
    assertThat(a.frames().get(0).sequenceLabels().get(SequenceScale.VAS)).isEmpty();
  }

  @Test
  void archiveLevelErrors() throws IOException {
    assertThatThrownBy(() -> UnbcArchive.open(dir.resolve("nope")))
        .isInstanceOf(UnbcDataException.class)
        .hasMessage(dir.resolve("nope") + ": the UNBC archive folder does not exist");
    assertThatThrownBy(() -> UnbcArchive.open(dir))
        .isInstanceOf(UnbcDataException.class)
        .hasMessageStartingWith(dir + ": no Images folder");
    Files.createDirectories(dir.resolve("Images"));
    assertThatThrownBy(() -> UnbcArchive.open(dir))
        .hasMessage(dir + ": no Frame_Labels/PSPI folder");
    Files.createDirectories(dir.resolve("Frame_Labels/PSPI"));
    Files.createDirectories(dir.resolve("Frame_Labels/FACS"));
    assertThatThrownBy(() -> UnbcArchive.open(dir))
        .hasMessage(dir + ": no AAM_landmarks folder");
    Files.createDirectories(dir.resolve("AAM_landmarks"));
    assertThatThrownBy(() -> UnbcArchive.open(dir))
        .hasMessageStartingWith(dir.resolve("Images") + ": no frames found");
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertThatThrownBy(() -> UnbcArchive.open(file))
        .hasMessage(file + ": the UNBC archive path is not a folder");
  }

  @Test
  void severalBadFilesReportTheFirstInArchiveOrder() throws IOException {
    UnbcFixture.Archive fx = UnbcFixture.builder().subjects(3).framesPerSequence(6).write(dir);
    // Archive order sorts subjects: 047-jl047 comes before 064-ak064 and 121-vw121.
    Path first = fx.frame("jl047t1aaaff002").pspiFile();
    Files.writeString(first, "oops\n");
    for (String id : new String[] {"vw121t1aaaff001", "jl047t2aaaff006", "ak064t1aaaff003"}) {
      Files.writeString(fx.frame(id).pspiFile(), "bad\n");
    }
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> UnbcArchive.open(dir))
          .hasMessage(first + ":1: malformed number 'oops'");
    }
  }

  @Test
  void symlinkedTreesAreFollowed() throws IOException {
    UnbcFixture.builder().write(dir.resolve("real"));
    Path copy = Files.createDirectories(dir.resolve("copy"));
    for (String tree : new String[] {"Images", "Frame_Labels", "AAM_landmarks"}) {
      Files.createSymbolicLink(copy.resolve(tree), dir.resolve("real").resolve(tree));
    }
    UnbcArchive a = UnbcArchive.open(copy);
    assertThat(a.frames()).hasSize(16);
    assertThat(a.frames().get(0).image()).startsWithRaw(copy);
  }
}
