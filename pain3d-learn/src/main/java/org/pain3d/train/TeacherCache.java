package org.pain3d.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.util.List;
import java.util.Objects;
import org.pain3d.pairs.HeatmapRef;
import org.pain3d.vitpain.VitPainModel;
import org.pain3d.vitpain.VitPainOutput;

/**
 * A frozen heatmap teacher's outputs per pain image, computed once and kept in a {@link
 * TokenStore} (the token cache's pattern): the teacher runs without dropout on one heatmap per
 * pass (values independent of batching), and later batches read the stored floats, so the
 * teacher costs one forward pass per image for a whole training run and no gradient can reach
 * it (its outputs come back as new arrays without history).
 *
 * <p>Per image the store holds {@code [pspiUnit, prob x 3, attention x P, fused x T*D]} with
 * {@code T = 1 + P}: probabilities are 0 without binary heads, attention uniform without the AU
 * head.
 */
public final class TeacherCache {
  private final VitPainModel teacher;
  private final TokenStore store;
  private final int patches;
  private final int dim;

  /**
   * The teacher's outputs for a batch.
   *
   * @param pspiUnit {@code (N)} sigmoid outputs
   * @param prob {@code (N, 3)} binary-head probabilities, or {@code null} without binary heads
   * @param attention {@code (N, P)} mean AU-query attention, or {@code null} without the AU head
   * @param fused {@code (N, 1 + P, D)} fused tokens
   */
  public record Targets(NDArray pspiUnit, NDArray prob, NDArray attention, NDArray fused) {}

  /**
   * @param teacher the teacher (a {@link org.pain3d.pairs.Modality#HEATMAP} model, weights
   *     loaded; never trained here)
   * @param store where the outputs go
   */
  public TeacherCache(VitPainModel teacher, TokenStore store) {
    this.teacher = Objects.requireNonNull(teacher, "teacher");
    this.store = Objects.requireNonNull(store, "store");
    int s = teacher.config().imageSize();
    int p = teacher.backbone(org.pain3d.vitpain.Branch.PAIN).config().patchSize();
    this.patches = (s / p) * (s / p);
    this.dim = teacher.backbone(org.pain3d.vitpain.Branch.PAIN).config().dim();
  }

  /** @return the teacher */
  public VitPainModel teacher() {
    return teacher;
  }

  /** @return images whose outputs are stored */
  public int size() {
    return store.size();
  }

  /**
   * The outputs of a batch, computing the missing images.
   *
   * @param maps the pain images' heatmaps
   * @param m owns the returned arrays
   * @return the targets
   */
  public Targets targets(List<HeatmapRef> maps, NDManager m) {
    int n = maps.size();
    int len = width();
    float[] all = new float[n * len];
    for (int i = 0; i < n; i++) {
      float[] v = store.get(maps.get(i).key());
      if (v == null) {
        v = compute(maps.get(i), m);
        store.put(maps.get(i).key(), v, new long[] {1, len});
      }
      System.arraycopy(v, 0, all, i * len, len);
    }
    NDArray a = m.create(all, new Shape(n, len));
    boolean binary = teacher.config().options().binaryHeads();
    boolean au = teacher.config().options().auHead();
    return new Targets(a.get(new NDIndex(":, 0")),
        binary ? a.get(new NDIndex(":, 1:4")) : null,
        au ? a.get(new NDIndex(":, 4:{}", 4 + patches)) : null,
        a.get(new NDIndex(":, {}:", 4 + patches)).reshape(n, 1 + patches, dim));
  }

  private int width() {
    return 4 + patches + (1 + patches) * dim;
  }

  private float[] compute(HeatmapRef map, NDManager parent) {
    try (NDManager m = parent.newSubManager()) {
      NDArray px = Pixels.stack(List.of(map.asImage().pixels().get()), m);
      VitPainOutput o = teacher.forward(px, null, false);
      float[] out = new float[width()];
      out[0] = o.pspiUnit().getFloat(0);
      if (o.binaryLogits() != null) {
        System.arraycopy(Activation.sigmoid(o.binaryLogits()).toFloatArray(), 0, out, 1, 3);
      }
      if (o.auAttention() != null) {
        System.arraycopy(o.auAttention().toFloatArray(), 0, out, 4, patches);
      } else {
        java.util.Arrays.fill(out, 4, 4 + patches, 1f / patches);
      }
      System.arraycopy(o.fused().toFloatArray(), 0, out, 4 + patches, (1 + patches) * dim);
      return out;
    }
  }
}
