package org.pain3d.vit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pain3d.tensor.HostTensor;

/**
 * LoRA on qkv and proj (and on the patch embedding, as the ViTPain authors' peft setup has it):
 * frozen base, B = 0 start, merge, adapter files.
 */
class LoraTest {
  private static final VitConfig CFG = Fixtures.timmDinov3(true, FfnType.GELU_MLP);
  private static final LoraConfig LORA = new LoraConfig(4, 8, 0.1, 11);

  private static LoraConfig lora(boolean patchEmbed) {
    return LORA.withPatchEmbed(patchEmbed);
  }
  private NDManager manager;

  @BeforeEach
  void open() {
    manager = NDManager.newBaseManager();
    Engine.getInstance().setRandomSeed(5);
  }

  @AfterEach
  void close() {
    manager.close();
  }

  private VitModel model(LoraConfig lora, Map<String, HostTensor> base) {
    VitModel m = new VitModel(CFG, lora);
    m.initialize(manager);
    if (base != null) {
      m.loadBase(base);
    }
    return m;
  }

  private static Map<String, HostTensor> snapshot(Map<String, Parameter> params) {
    Map<String, HostTensor> out = new LinkedHashMap<>();
    params.forEach((k, p) -> out.put(k,
        new HostTensor(p.getArray().getShape().getShape(), p.getArray().toFloatArray())));
    return out;
  }

  private float[] pixels(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[2 * 3 * 32 * 40];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return v;
  }

  private float[] embed(VitModel m) {
    try (NDManager step = manager.newSubManager()) {
      return m.embed(step.create(pixels(1), new Shape(2, 3, 32, 40))).toFloatArray();
    }
  }

  private static double maxAbs(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d = Math.max(d, Math.abs(a[i] - b[i]));
    }
    return d;
  }

  private void train(VitModel m, int steps) {
    ParameterStore ps = new ParameterStore(manager, false);
    for (int s = 0; s < steps; s++) {
      try (NDManager step = manager.newSubManager()) {
        NDArray px = step.create(pixels(100 + s), new Shape(2, 3, 32, 40));
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
          NDArray target = step.create(pixels(7), new Shape(2, 3, 32, 40))
              .get(":, 0, 0, :{}", CFG.dim());
          NDArray loss = m.tokens(ps, px, true).get(":, 0, :").sub(target).square().mean();
          gc.backward(loss);
        }
        for (Parameter p : m.adapterParameters().values()) {
          // getGradient() makes a new handle in the parameter's manager: move it to the step's
          NDArray g = p.getArray().getGradient();
          g.attach(step);
          p.getArray().subi(g.mul(1f));
          g.subi(g);
        }
      }
    }
  }

  @ParameterizedTest(name = "patch embedding adapter {0}")
  @ValueSource(booleans = {false, true})
  void freshAdaptersLeaveTheOutputUnchanged(boolean patchEmbed) {
    VitModel plain = model(null, null);
    Map<String, HostTensor> base = snapshot(plain.baseParameters());
    VitModel adapted = model(lora(patchEmbed), base);
    assertThat(adapted.adapterParameters()).hasSize(4 * CFG.depth() + (patchEmbed ? 2 : 0));
    assertThat(maxAbs(embed(plain), embed(adapted))).isZero();
  }

  @ParameterizedTest(name = "patch embedding adapter {0}")
  @ValueSource(booleans = {false, true})
  void trainingMovesOnlyTheAdapters(boolean patchEmbed) {
    VitModel m = model(lora(patchEmbed), null);
    m.freezeBase(true);
    Map<String, HostTensor> before = snapshot(m.baseParameters());
    float[] out0 = embed(m);
    train(m, 3);
    assertThat(snapshot(m.baseParameters())).isEqualTo(before);
    for (Parameter p : m.baseParameters().values()) {
      assertThat(p.requiresGradient()).as(p.getName()).isFalse();
    }
    for (String name : patchEmbed ? new String[] {"blocks.0.attn.qkv.lora_B",
        "patch_embed.proj.lora_B"} : new String[] {"blocks.0.attn.qkv.lora_B"}) {
      float[] b = m.adapterParameters().get(name).getArray().toFloatArray();
      assertThat(maxAbs(b, new float[b.length])).as(name).isGreaterThan(0);
    }
    assertThat(maxAbs(out0, embed(m))).isGreaterThan(1e-4);
  }

  @ParameterizedTest(name = "patch embedding adapter {0}")
  @ValueSource(booleans = {false, true})
  void stepsLeaveNoArraysBehindInTheModelManager(boolean patchEmbed) {
    VitModel m = model(lora(patchEmbed), null);
    m.freezeBase(true);
    train(m, 1);
    embed(m);
    int before = manager.getManagedArrays().size();
    train(m, 2);
    embed(m);
    embed(m);
    assertThat(manager.getManagedArrays()).hasSize(before);
  }

  @ParameterizedTest(name = "patch embedding adapter {0}")
  @ValueSource(booleans = {false, true})
  void mergedAndUnmergedAgree(boolean patchEmbed) {
    VitModel m = model(lora(patchEmbed), null);
    m.freezeBase(true);
    train(m, 2);
    Map<String, HostTensor> base = snapshot(m.baseParameters());
    float[] unmerged = embed(m);
    m.mergeAdapters();
    float[] merged = embed(m);
    m.unmergeAdapters();
    assertThat(maxAbs(unmerged, merged)).isLessThan(1e-5);
    assertThat(maxAbs(unmerged, embed(m))).isZero();
    assertThat(snapshot(m.baseParameters())).isEqualTo(base);
  }

  @ParameterizedTest(name = "patch embedding adapter {0}")
  @ValueSource(booleans = {false, true})
  void adaptersRoundTripThroughAFile(boolean patchEmbed, @TempDir Path tmp) throws IOException {
    VitModel m = model(lora(patchEmbed), null);
    m.freezeBase(true);
    train(m, 2);
    Path file = tmp.resolve("adapters.safetensors");
    LoraAdapters.save(m, file);
    VitModel other = model(new LoraConfig(4, 8, 0.1, 99, patchEmbed), snapshot(m.baseParameters()));
    assertThat(maxAbs(embed(m), embed(other))).isGreaterThan(1e-4);
    LoraAdapters.load(other, file);
    assertThat(maxAbs(embed(m), embed(other))).isZero();
  }

  @Test
  void adaptersOfAnotherRankAreRejected(@TempDir Path tmp) throws IOException {
    VitModel m = model(LORA, null);
    Path file = tmp.resolve("adapters.safetensors");
    LoraAdapters.save(m, file);
    VitModel other = model(new LoraConfig(2, 8, 0.1, 1), null);
    assertThatThrownBy(() -> LoraAdapters.load(other, file))
        .isInstanceOf(CheckpointDataException.class)
        .hasMessageContaining("rank 4");
  }
}
