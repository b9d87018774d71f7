package org.pain3d.train;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import org.pain3d.pairs.Modality;
import org.pain3d.vit.VitConfig;
import org.pain3d.vitpain.AuxHeads;
import org.pain3d.vitpain.Branch;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.vitpain.VitPainModel;

/**
 * A heatmap teacher's run folder as a student's {@code --teacher}: checked against the student
 * (a {@link Modality#HEATMAP} model of the same input side and patch grid, so that attention
 * maps and patch tokens correspond) and loaded at its best committed epoch, frozen.
 */
public final class TeacherRun {
  private TeacherRun() {}

  /**
   * Checks a teacher run against a student and gives the student its projector width when
   * feature distillation is on. Builds both models on a scratch manager; writes nothing.
   *
   * @param run the teacher's run folder
   * @param student the student's config
   * @param distill the terms
   * @return the student config (with {@link AuxHeads#projectTo()} the teacher's token width
   *     when {@link DistillConfig#feature()} > 0)
   * @throws RunFormatException if the run is not a heatmap teacher of the student's input side
   *     and patch grid
   * @throws IOException if the run cannot be read
   */
  public static VitPainConfig fit(Path run, VitPainConfig student, DistillConfig distill)
      throws IOException {
    Path file = run.resolve(RunFiles.MODEL);
    VitPainConfig t = RunFiles.modelConfig(run);
    if (t.input() != Modality.HEATMAP) {
      throw new RunFormatException(file, "not a heatmap teacher (input " + t.input()
          + "); train one with pain3d train --modality heatmap", null);
    }
    if (t.imageSize() != student.imageSize()) {
      throw new RunFormatException(file, "the teacher's input side is " + t.imageSize()
          + " px, the student's " + student.imageSize() + " px; distillation needs the same",
          null);
    }
    try (NDManager m = NDManager.newBaseManager()) {
      VitConfig tc = VitPainModel.create(t, m).backbone(Branch.PAIN).config();
      VitConfig sc = VitPainModel.create(student, m).backbone(Branch.PAIN).config();
      if (tc.patchSize() != sc.patchSize()) {
        throw new RunFormatException(file, "the teacher's architecture has " + tc.patchSize()
            + " px patches, the student's " + sc.patchSize() + " px: their patch grids differ",
            null);
      }
      int width = distill.feature() > 0 ? tc.dim() : 0;
      return student.with(student.input(), new AuxHeads(student.aux().region(), width));
    }
  }

  /**
   * Loads a checked teacher at its best committed epoch, every parameter frozen.
   *
   * @param run the teacher's run folder
   * @param m owns its parameters
   * @return the teacher
   * @throws IOException if it cannot be read or its checkpoint is not intact
   */
  public static VitPainModel load(Path run, NDManager m) throws IOException {
    VitPainModel t = VitPainModel.create(RunFiles.modelConfig(run), m);
    Checkpoints.verify(run, RunFiles.BEST);
    t.load(run, RunFiles.BEST);
    t.parameters().values().forEach(p -> p.freeze(true));
    return t;
  }
}
