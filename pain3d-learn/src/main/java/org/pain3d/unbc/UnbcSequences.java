package org.pain3d.unbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The archive's frames as sequences with their {@code Sequence_Labels} VAS and OPR ratings, for
 * the sequence mode of {@code pain3d cv}. Refuses ({@link UnbcDataException}, exit 3) a sequence
 * without a VAS or OPR rating and a rating file of a sequence that has no frames.
 */
public final class UnbcSequences {
  private UnbcSequences() {}

  /**
   * Groups the archive's frames by sequence.
   *
   * @param archive the archive
   * @return the sequences, ordered by subject and sequence, frames by frame number
   * @throws UnbcDataException when a sequence lacks VAS or OPR, or a rating names a sequence
   *     without frames
   */
  public static List<UnbcSequence> of(UnbcArchive archive) {
    Map<String, List<UnbcFrame>> bySeq = new LinkedHashMap<>();
    for (UnbcFrame f : archive.frames()) {
      bySeq.computeIfAbsent(f.subject() + "/" + f.sequence(), k -> new ArrayList<>()).add(f);
    }
    Path seqRoot = UnbcLayout.resolveNested(archive.root(), "Sequence_Labels");
    for (SequenceScale s : new SequenceScale[] {SequenceScale.OPR, SequenceScale.VAS}) {
      Path tree = UnbcLayout.resolveNested(seqRoot, s.name());
      if (Files.isDirectory(tree)) {
        for (Map.Entry<String, Path> e : UnbcLayout.sequences(tree).files().entrySet()) {
          if (!bySeq.containsKey(e.getKey())) {
            throw new UnbcDataException(e.getValue(), "rates sequence " + e.getKey()
                + ", which has no frames under Images/ with Frame_Labels");
          }
        }
      }
    }
    List<UnbcSequence> out = new ArrayList<>();
    for (Map.Entry<String, List<UnbcFrame>> e : bySeq.entrySet()) {
      List<UnbcFrame> frames = new ArrayList<>(e.getValue());
      frames.sort(Comparator.comparingInt(UnbcFrame::frameNumber)
          .thenComparing(UnbcFrame::frameId));
      UnbcFrame first = frames.get(0);
      SequenceLabels labels = first.sequenceLabels();
      out.add(new UnbcSequence(first.subject(), first.sequence(), frames,
          rating(labels.get(SequenceScale.VAS), seqRoot, SequenceScale.VAS, e.getKey()),
          rating(labels.get(SequenceScale.OPR), seqRoot, SequenceScale.OPR, e.getKey())));
    }
    out.sort(Comparator.comparing(UnbcSequence::key));
    return out;
  }

  private static double rating(OptionalDouble v, Path seqRoot, SequenceScale scale,
      String key) {
    if (v.isEmpty()) {
      throw new UnbcDataException(seqRoot.resolve(scale.name()).resolve(key + ".txt"),
          "missing: sequence " + key + " has no " + scale + " rating (the sequence mode of cv"
          + " needs Sequence_Labels/VAS and Sequence_Labels/OPR)");
    }
    return v.getAsDouble();
  }
}
