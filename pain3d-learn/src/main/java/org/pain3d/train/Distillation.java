package org.pain3d.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pain3d.dataset.HeatmapColourScale;
import org.pain3d.pairs.HeatmapRef;
import org.pain3d.pairs.Heatmaps;
import org.pain3d.pairs.PairSource;
import org.pain3d.vit.Scalars;
import org.pain3d.vitpain.VitPainModel;
import org.pain3d.vitpain.VitPainOutput;

/**
 * The extra training terms of a student ({@link DistillConfig}): output, feature and attention
 * distillation from a {@link TeacherCache}, attention towards the dataset's heatmap, and the
 * region head's loss. Per batch, {@link #targets} gathers what the terms compare with (before the
 * gradient is recorded); {@link #loss} adds them up, weighted and ramped by the warm-up. Only
 * images with a heatmap ({@link PairSource#heatmap}: 3DPain's frontal view) take part; with the
 * gate on, output and feature terms count only where the teacher's PSPI is within 1 of the truth.
 */
public final class Distillation {
  private final DistillConfig cfg;
  private final TeacherCache teacher;
  private final VitPainModel student;
  private final int size;
  private final int patch;
  private final Map<String, float[]> grids = new ConcurrentHashMap<>();

  /**
   * A batch's targets ({@code null} parts are not needed by the configured terms).
   *
   * @param has {@code (N)} 1 where the image has a heatmap
   * @param grid {@code (N, P)} the heatmap pooled to the grid on the colour scale's 0..1
   * @param heatAttention {@code (N, P)} the pooled heatmap normalised to sum 1
   * @param teacher the teacher's outputs, or {@code null}
   * @param gate {@code (N)} {@code has} times the teacher-correctness gate
   */
  public record Batch(NDArray has, NDArray grid, NDArray heatAttention,
      TeacherCache.Targets teacher, NDArray gate) {}

  /**
   * @param cfg the terms
   * @param teacher the teacher's cache, or {@code null} without a teacher
   * @param student the student (its region head and projector are trained by the terms)
   */
  public Distillation(DistillConfig cfg, TeacherCache teacher, VitPainModel student) {
    this.cfg = cfg;
    this.teacher = teacher;
    this.student = student;
    this.size = student.config().imageSize();
    this.patch = student.backbone(org.pain3d.vitpain.Branch.PAIN).config().patchSize();
  }

  /** @return the terms */
  public DistillConfig config() {
    return cfg;
  }

  /**
   * Gathers a batch's targets (teacher outputs from the cache, heatmaps pooled once per image).
   *
   * @param src the pairs
   * @param idx the batch's indices
   * @param m owns the arrays
   * @return the targets
   */
  public Batch targets(PairSource src, int[] idx, NDManager m) {
    int n = idx.length;
    int g = (size / patch) * (size / patch);
    float[] has = new float[n];
    float[] grid = new float[n * g];
    float[] att = new float[n * g];
    List<HeatmapRef> maps = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      HeatmapRef h = src.heatmap(idx[j]);
      float[] p = h == null ? null : grids.computeIfAbsent(h.key(),
          k -> Heatmaps.pool(h.mm().get(), size, patch));
      has[j] = h == null ? 0 : 1;
      double sum = 0;
      for (int q = 0; q < g; q++) {
        float v = p == null ? 0 : p[q];
        grid[j * g + q] = (float) Math.min(1, v / HeatmapColourScale.COLOUR_MAX_MM);
        sum += v + 1e-6;
      }
      for (int q = 0; q < g; q++) {
        att[j * g + q] = (float) (((p == null ? 0 : p[q]) + 1e-6) / sum);
      }
      maps.add(h);
    }
    NDArray hasA = m.create(has);
    TeacherCache.Targets t = null;
    NDArray gate = hasA;
    if (teacher != null && maps.stream().allMatch(h -> h != null)) {
      t = teacher.targets(maps, m);
      if (cfg.gate()) {
        float[] tp = t.pspiUnit().toFloatArray();
        float[] right = new float[n];
        for (int j = 0; j < n; j++) {
          right[j] = Math.abs(tp[j] * 16 - src.pspi(idx[j])) <= 1 ? 1 : 0;
        }
        gate = hasA.mul(m.create(right));
      }
    } else if (teacher != null) {
      t = withMissing(maps, hasA, m);
    }
    return new Batch(hasA, m.create(grid, new Shape(n, g)), m.create(att, new Shape(n, g)), t,
        gate);
  }

  /** Teacher targets where some images have no heatmap: theirs are zeros (weight 0). */
  private TeacherCache.Targets withMissing(List<HeatmapRef> maps, NDArray has, NDManager m) {
    HeatmapRef any = maps.stream().filter(h -> h != null).findFirst().orElse(null);
    if (any == null) {
      return null;
    }
    List<HeatmapRef> filled = maps.stream().map(h -> h == null ? any : h).toList();
    return teacher.targets(filled, m);
  }

  /**
   * The weighted sum of the configured terms.
   *
   * @param o the student's outputs
   * @param b the batch's targets
   * @param epoch 0-based (warm-up)
   * @return the scalar to add to the ViTPain loss, or {@code null} when no term applies
   */
  public NDArray loss(VitPainOutput o, Batch b, int epoch) {
    float ramp = (float) cfg.ramp(epoch);
    NDArray total = null;
    TeacherCache.Targets t = b.teacher();
    if (cfg.output() > 0 && t != null) {
      total = add(total, DistillLoss.output(o.pspiUnit(), o.binaryLogits(), t.pspiUnit(),
          t.prob(), b.gate()), cfg.output() * ramp);
    }
    if (cfg.feature() > 0 && t != null) {
      total = add(total, DistillLoss.feature(student.heads().project(o.fused()), t.fused(),
          cfg.featureLoss(), b.gate()), cfg.feature() * ramp);
    }
    if (cfg.attention() > 0 && o.auAttention() != null) {
      NDArray target = cfg.attentionTarget() == AttentionTarget.HEATMAP ? b.heatAttention()
          : t == null ? null : t.attention();
      if (target != null) {
        total = add(total, DistillLoss.attention(o.auAttention(), target, b.has()),
            cfg.attention() * ramp);
      }
    }
    if (cfg.region() > 0 && o.region() != null) {
      total = add(total, DistillLoss.region(o.region(), b.grid(), b.has()), cfg.region());
    }
    return total;
  }

  private static NDArray add(NDArray total, NDArray term, double w) {
    NDArray x = Scalars.mul(term, w);
    return total == null ? x : total.add(x);
  }
}
