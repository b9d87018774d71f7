package org.pain3d.unbc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A user's copy of the UNBC-McMaster Shoulder Pain Expression Archive, scanned into frame
 * records (see the package documentation for the layout it reads).
 *
 * <p>The scan walks each folder tree once and reads every frame's PSPI, FACS and landmark
 * file; it does not decode images (see {@link FaceCropper}). Frames are sorted by subject,
 * sequence and frame id. Immutable once opened.
 */
public final class UnbcArchive {

  /** Subject of the known black frames. */
  public static final String BLACK_SUBJECT = "095-tv095";
  /** Sequence of the known black frames. */
  public static final String BLACK_SEQUENCE = "tv095t2aeunaff";
  /** The known black frames are frames 1 to this number of {@link #BLACK_SEQUENCE}. */
  public static final int BLACK_LAST_FRAME = 6;

  private final Path root;
  private final List<UnbcFrame> frames;
  private final Map<String, List<UnbcFrame>> bySubject;
  private final UnbcScanSummary summary;

  UnbcArchive(Path root, List<UnbcFrame> frames, UnbcScanSummary summary) {
    this.root = root;
    this.frames = List.copyOf(frames);
    this.summary = summary;
    Map<String, List<UnbcFrame>> m = new LinkedHashMap<>();
    for (UnbcFrame f : this.frames) {
      m.computeIfAbsent(f.subject(), s -> new ArrayList<>()).add(f);
    }
    m.replaceAll((s, l) -> List.copyOf(l));
    this.bySubject = m;
  }

  /**
   * Scans an archive with the default options (error on a missing label, black frames left
   * out).
   *
   * @param root the archive folder, holding {@code Images/}, {@code Frame_Labels/}, {@code
   *     AAM_landmarks/} and optionally {@code Sequence_Labels/}
   * @return the archive
   * @throws UnbcDataException naming the file or folder at fault
   */
  public static UnbcArchive open(Path root) {
    return open(root, UnbcScanOptions.defaults());
  }

  /**
   * Scans an archive.
   *
   * @param root the archive folder
   * @param options scan options
   * @return the archive
   * @throws UnbcDataException naming the file or folder at fault
   */
  public static UnbcArchive open(Path root, UnbcScanOptions options) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(options, "options");
    return UnbcScanner.scan(root, options);
  }

  /**
   * Whether a frame is one of the known black frames.
   *
   * @param subject subject folder name
   * @param sequence sequence folder name
   * @param frameNumber frame number (trailing digits of the frame id)
   * @return true for {@code 095-tv095/tv095t2aeunaff} frames 1-6
   */
  public static boolean isKnownBlackFrame(String subject, String sequence, int frameNumber) {
    return BLACK_SUBJECT.equals(subject)
        && BLACK_SEQUENCE.equals(sequence)
        && frameNumber >= 1
        && frameNumber <= BLACK_LAST_FRAME;
  }

  /**
   * The archive folder.
   *
   * @return the root given to {@link #open}
   */
  public Path root() {
    return root;
  }

  /**
   * All kept frames, sorted by subject, sequence, frame id.
   *
   * @return an unmodifiable list
   */
  public List<UnbcFrame> frames() {
    return frames;
  }

  /**
   * The subjects with at least one kept frame.
   *
   * @return subject folder names, sorted
   */
  public List<String> subjects() {
    return List.copyOf(bySubject.keySet());
  }

  /**
   * The frames of one subject.
   *
   * @param subject subject folder name
   * @return its frames in order, empty when the archive has none
   */
  public List<UnbcFrame> framesOf(String subject) {
    return bySubject.getOrDefault(subject, List.of());
  }

  /**
   * The frames of several subjects, in archive order.
   *
   * @param subjects subject folder names
   * @return their frames, sorted by subject, sequence, frame id
   * @throws UnbcDataException when a subject has no frame in the archive
   */
  public List<UnbcFrame> framesOf(Collection<String> subjects) {
    List<UnbcFrame> out = new ArrayList<>();
    for (String s : subjects.stream().sorted().distinct().toList()) {
      List<UnbcFrame> l = bySubject.get(s);
      if (l == null) {
        throw new UnbcDataException(root, "subject " + s + " has no frame in the archive");
      }
      out.addAll(l);
    }
    return List.copyOf(out);
  }

  /**
   * What the scan found (counts, left-out frames, PSPI/FACS mismatches).
   *
   * @return the summary
   */
  public UnbcScanSummary summary() {
    return summary;
  }
}
