package org.pain3d.unbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes tiny archives in the UNBC-McMaster layout for tests (this module's and, through the
 * test jar, end-to-end tests of the CLI): N subjects x M sequences x K frames of small RGB
 * PNGs with PSPI, FACS, AAM landmark and sequence label files, numbers in scientific notation
 * as in the real archive.
 *
 * <p>Subjects are the 25 real subject ids (so {@link UnbcFolds#standard()} works with all 25)
 * or any ids given. PSPI per frame comes from a {@link PspiRule}; the FACS rows are derived
 * from it so that AU4 + max(AU6, AU7) + max(AU9, AU10) + AU43 equals the PSPI; a PSPI-0 frame
 * gets an empty FACS file. Images encode the PSPI in the red channel inside the face ellipse
 * ({@code 60 + 10 * pspi}), so a model can learn it. Usage:
 *
 * <pre>{@code
 * UnbcFixture.Archive a = UnbcFixture.builder().subjects(25).framesPerSequence(4).write(dir);
 * }</pre>
 */
public final class UnbcFixture {

  /** The 25 real UNBC subject ids, in the order of the standard folds (5 per fold). */
  public static final List<String> REAL_SUBJECTS =
      UnbcFolds.standard().folds().stream().flatMap(List::stream).toList();

  /** Default image width in pixels. */
  public static final int WIDTH = 64;
  /** Default image height in pixels. */
  public static final int HEIGHT = 48;

  private UnbcFixture() {}

  /** PSPI of a frame, from its subject, sequence and frame indices (all 0-based). */
  @FunctionalInterface
  public interface PspiRule {
    /**
     * The PSPI of a frame.
     *
     * @param subject subject index
     * @param sequence sequence index within the subject
     * @param frame frame index within the sequence
     * @return 0..16
     */
    int pspi(int subject, int sequence, int frame);
  }

  /** The default rule: even frames neutral, odd frames 1..16 varying with all indices. */
  public static final PspiRule DEFAULT_RULE =
      (s, q, f) -> f % 2 == 0 ? 0 : 1 + (3 * s + 5 * q + f) % 16;

  /**
   * One written frame.
   *
   * @param subject subject folder
   * @param sequence sequence folder
   * @param frameId frame id (file name without extension)
   * @param pspi its PSPI
   * @param aus AU intensities written to FACS, indexed by {@link UnbcActionUnit#ordinal()}
   * @param landmarks the 66 landmarks written (interleaved x y)
   * @param image the PNG
   * @param pspiFile the PSPI file
   * @param facsFile the FACS file
   * @param aamFile the landmark file
   */
  public record Frame(
      String subject, String sequence, String frameId, int pspi, float[] aus, float[] landmarks,
      Path image, Path pspiFile, Path facsFile, Path aamFile) {

    /**
     * The archive key.
     *
     * @return {@code subject/sequence/frameId}
     */
    public String key() {
      return subject + "/" + sequence + "/" + frameId;
    }
  }

  /**
   * A written archive.
   *
   * @param root the archive folder (pass it to {@link UnbcArchive#open})
   * @param frames every frame written, in archive order
   */
  public record Archive(Path root, List<Frame> frames) {
    /**
     * Looks up a frame.
     *
     * @param frameId the frame id
     * @return the frame
     */
    public Frame frame(String frameId) {
      return frames.stream()
          .filter(f -> f.frameId().equals(frameId))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no frame " + frameId));
    }

    /**
     * Overwrites a frame's PNG with bytes that are not an image (for error tests).
     *
     * @param frameId the frame id
     * @return the corrupted file
     */
    public Path corruptImage(String frameId) {
      Path p = frame(frameId).image();
      UnbcFixtureWriter.write(p, "not a PNG\n");
      return p;
    }

    /**
     * Deletes a frame's PSPI label file (for missing-label tests).
     *
     * @param frameId the frame id
     * @return the deleted file
     */
    public Path deletePspi(String frameId) {
      Path p = frame(frameId).pspiFile();
      try {
        Files.delete(p);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return p;
    }
  }

  /**
   * A new builder with defaults: 2 real subjects, 2 sequences each, 4 frames each, {@link
   * #DEFAULT_RULE}, 64x48 images, flat layout, sequence labels written.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of a fixture archive. */
  public static final class Builder {
    private List<String> subjects = REAL_SUBJECTS.subList(0, 2);
    private int sequences = 2;
    private int frames = 4;
    private PspiRule rule = DEFAULT_RULE;
    private boolean nested;
    private boolean sequenceLabels = true;
    private int width = WIDTH;
    private int height = HEIGHT;
    private final List<Object[]> extra = new ArrayList<>();

    private Builder() {}

    /**
     * Uses the first n real subject ids (in standard fold order).
     *
     * @param n 1..25
     * @return this
     */
    public Builder subjects(int n) {
      if (n < 1 || n > REAL_SUBJECTS.size()) {
        throw new IllegalArgumentException("1..25 real subjects: " + n);
      }
      this.subjects = REAL_SUBJECTS.subList(0, n);
      return this;
    }

    /**
     * Uses the given subject ids ({@code 123-ab123} style recommended: the part after the
     * dash names the sequences).
     *
     * @param ids subject folder names
     * @return this
     */
    public Builder subjects(List<String> ids) {
      this.subjects = List.copyOf(ids);
      return this;
    }

    /**
     * Sequences per subject in the generated grid.
     *
     * @param m at least 0
     * @return this
     */
    public Builder sequencesPerSubject(int m) {
      this.sequences = m;
      return this;
    }

    /**
     * Frames per generated sequence.
     *
     * @param k at least 1
     * @return this
     */
    public Builder framesPerSequence(int k) {
      this.frames = k;
      return this;
    }

    /**
     * The PSPI rule of the generated grid.
     *
     * @param r the rule
     * @return this
     */
    public Builder pspi(PspiRule r) {
      this.rule = Objects.requireNonNull(r);
      return this;
    }

    /**
     * Writes the doubly nested variant ({@code Images/Images}, {@code
     * Frame_Labels/Frame_Labels}, {@code AAM_landmarks/AAM_landmarks}, {@code
     * Sequence_Labels/Sequence_Labels}).
     *
     * @param n true for nested
     * @return this
     */
    public Builder nested(boolean n) {
      this.nested = n;
      return this;
    }

    /**
     * Writes (or not) the {@code Sequence_Labels} tree.
     *
     * @param s true to write it
     * @return this
     */
    public Builder sequenceLabels(boolean s) {
      this.sequenceLabels = s;
      return this;
    }

    /**
     * Image size.
     *
     * @param w width in pixels, at least 16
     * @param h height in pixels, at least 16
     * @return this
     */
    public Builder imageSize(int w, int h) {
      this.width = w;
      this.height = h;
      return this;
    }

    /**
     * Adds an explicit sequence (frames numbered from 001), e.g. the black-frame sequence
     * {@code 095-tv095/tv095t2aeunaff}.
     *
     * @param subject subject folder
     * @param sequence sequence folder
     * @param pspi PSPI of each frame in order
     * @return this
     */
    public Builder sequence(String subject, String sequence, int... pspi) {
      extra.add(new Object[] {subject, sequence, pspi.clone()});
      return this;
    }

    /**
     * Writes the archive.
     *
     * @param root the folder to write into (created)
     * @return what was written
     */
    public Archive write(Path root) {
      UnbcFixtureWriter w = new UnbcFixtureWriter(root, nested, sequenceLabels, width, height);
      List<Frame> out = new ArrayList<>();
      for (int s = 0; s < subjects.size(); s++) {
        String subject = subjects.get(s);
        String shortId = subject.substring(subject.indexOf('-') + 1);
        for (int q = 0; q < sequences; q++) {
          int[] pspi = new int[frames];
          for (int f = 0; f < frames; f++) {
            pspi[f] = rule.pspi(s, q, f);
          }
          out.addAll(w.sequence(subject, shortId + "t" + (q + 1) + "aaaff", pspi, q));
        }
      }
      for (Object[] e : extra) {
        out.addAll(w.sequence((String) e[0], (String) e[1], (int[]) e[2], 0));
      }
      out.sort(
          Comparator.comparing(Frame::subject)
              .thenComparing(Frame::sequence)
              .thenComparing(Frame::frameId));
      return new Archive(root, List.copyOf(out));
    }
  }

  /**
   * The AU intensities written for a PSPI: AU4 = min(p, 5), AU6 = min(rest, 5) with AU7 one
   * less, AU10 = min(rest, 5) with AU9 = 1 when AU10 >= 2, AU43 = the last 0 or 1; plus AU25 =
   * 2 on pain frames (a coded non-pain AU).
   *
   * @param pspi 0..16
   * @return float[10] indexed by {@link UnbcActionUnit#ordinal()}
   */
  public static float[] ausFor(int pspi) {
    if (pspi < 0 || pspi > 16) {
      throw new IllegalArgumentException("PSPI 0..16: " + pspi);
    }
    float[] a = new float[UnbcActionUnit.values().length];
    int r = pspi;
    int au4 = Math.min(r, 5);
    r -= au4;
    int au6 = Math.min(r, 5);
    r -= au6;
    int au10 = Math.min(r, 5);
    r -= au10;
    a[UnbcActionUnit.AU4.ordinal()] = au4;
    a[UnbcActionUnit.AU6.ordinal()] = au6;
    a[UnbcActionUnit.AU7.ordinal()] = Math.max(0, au6 - 1);
    a[UnbcActionUnit.AU10.ordinal()] = au10;
    a[UnbcActionUnit.AU9.ordinal()] = au10 >= 2 ? 1 : 0;
    a[UnbcActionUnit.AU43.ordinal()] = r;
    a[UnbcActionUnit.AU25.ordinal()] = pspi > 0 ? 2 : 0;
    return a;
  }

  /**
   * Formats a number as the archive does ({@code 2.0000000e+00}).
   *
   * @param v the number
   * @return the text
   */
  public static String sci(double v) {
    return String.format(Locale.ROOT, "%.7e", v);
  }
}
