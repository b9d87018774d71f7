package org.pain3d.vitpain;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.pain3d.vit.ForwardMode;
import org.pain3d.vit.LoraConfig;
import org.pain3d.vit.VitLoader;
import org.pain3d.vit.VitModel;
import org.pain3d.tensor.HostTensor;

/** Builds a backbone from a {@link BackboneSpec}. */
public final class Backbones {
  private static final double STD = 0.02;

  private Backbones() {}

  /**
   * Loads (pretrained) or creates (random) a backbone.
   *
   * @param spec where the weights come from
   * @param lora adapters, or {@code null}
   * @param forward the forward mode
   * @param manager owns the parameters
   * @return the model, base weights frozen
   * @throws IOException if a checkpoint cannot be read
   */
  public static VitModel create(BackboneSpec spec, LoraConfig lora, ForwardMode forward,
      NDManager manager) throws IOException {
    VitModel model;
    if (spec instanceof BackboneSpec.Pretrained p) {
      model = VitLoader.load(p.source(),
          p.arch() == null ? null : BackboneSpec.Pretrained.plan(p.arch()), lora, forward,
          manager);
    } else {
      BackboneSpec.RandomInit r = (BackboneSpec.RandomInit) spec;
      model = new VitModel(r.config().withForward(forward), lora);
      model.initialize(manager);
      model.loadBase(randomWeights(model.baseParameters(), r.seed()));
    }
    model.freezeBase(true);
    return model;
  }

  /**
   * Seeded random base weights: truncated normal (std 0.02, cut at 2 std) for every tensor of
   * rank >= 2 and the tokens; LayerScale 1.0 (at DINOv3's init 1e-5 the untrained blocks would
   * be near-identity and the CLS token the same for every image); norms and biases keep their
   * init values (1 / 0).
   *
   * @param base the model's base parameters (initialised)
   * @param seed the seed
   * @return values for the drawn tensors, in parameter order
   */
  static Map<String, HostTensor> randomWeights(Map<String, Parameter> base, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    Map<String, HostTensor> out = new LinkedHashMap<>();
    for (Map.Entry<String, Parameter> e : base.entrySet()) {
      long[] shape = e.getValue().getArray().getShape().getShape();
      if (e.getKey().endsWith(".gamma")) {
        float[] ones = new float[(int) HostTensor.numel(shape)];
        java.util.Arrays.fill(ones, 1f);
        out.put(e.getKey(), new HostTensor(shape, ones));
        continue;
      }
      if (shape.length < 2) {
        continue;
      }
      float[] v = new float[(int) HostTensor.numel(shape)];
      for (int i = 0; i < v.length; i++) {
        double x;
        do {
          x = rng.nextGaussian();
        } while (Math.abs(x) > 2);
        v[i] = (float) (x * STD);
      }
      out.put(e.getKey(), new HostTensor(shape, v));
    }
    return out;
  }
}
