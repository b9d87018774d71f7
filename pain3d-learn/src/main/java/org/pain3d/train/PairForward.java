package org.pain3d.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import org.pain3d.pairs.ImageRef;
import org.pain3d.vitpain.VitPainModel;
import org.pain3d.vitpain.VitPainOutput;

/**
 * Runs the model on a batch of image pairs: through the backbones (LoRA mode) or from the
 * {@link TokenCache} (frozen mode). Arrays attach to {@code step}.
 */
public final class PairForward {
  private final VitPainModel model;
  private final TokenCache cache;
  private Augmenter augmenter;

  /**
   * A runner whose frozen-mode tokens stay on the heap.
   *
   * @param model the model
   * @param augmenter training augmentation (not in frozen mode), or {@code null}
   */
  public PairForward(VitPainModel model, Augmenter augmenter) {
    this(model, augmenter, new InMemoryTokenStore());
  }

  /**
   * @param model the model
   * @param augmenter training augmentation (not in frozen mode), or {@code null}
   * @param tokens where frozen-mode tokens are kept (unused in the other modes)
   */
  public PairForward(VitPainModel model, Augmenter augmenter, TokenStore tokens) {
    this.model = model;
    this.cache = model.config().frozen() ? new TokenCache(model, tokens) : null;
    this.augmenter = augmenter;
  }

  /**
   * Replaces the training augmentation (e.g. a fresh seed per epoch).
   *
   * @param a the augmenter, or {@code null} for none
   */
  public void augment(Augmenter a) {
    this.augmenter = a;
  }

  /** @return the model */
  public VitPainModel model() {
    return model;
  }

  /**
   * The forward pass.
   *
   * @param pain pain images
   * @param neutral their references (same length)
   * @param step owns the arrays
   * @param training whether dropout (and augmentation) are active
   * @return the outputs
   */
  public VitPainOutput forward(List<ImageRef> pain, List<ImageRef> neutral, NDManager step,
      boolean training) {
    boolean ref = model.config().options().reference();
    if (cache != null) {
      NDArray zp = cache.tokens(pain, step);
      NDArray zn = ref ? cache.tokens(neutral, step) : null;
      return model.forwardTokens(zp, zn, training);
    }
    List<float[]> p = new ArrayList<>(pain.parallelStream().map(r -> r.pixels().get()).toList());
    List<float[]> n = ref
        ? new ArrayList<>(neutral.parallelStream().map(r -> r.pixels().get()).toList()) : null;
    if (training && augmenter != null) {
      augmenter.apply(p, n);
    }
    NDArray pp = Pixels.stack(p, step);
    NDArray np = ref ? Pixels.stack(n, step) : null;
    return model.forward(pp, np, training);
  }
}
