package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.vit.BaseWeights;
import org.pain3d.vit.LoraAdapters;
import org.pain3d.vit.VitModel;
import org.pain3d.tensor.Safetensors;

/**
 * ViTPain: pain and neutral backbones and the {@link VitPainHeads}. In {@link BackboneMode#LORA}
 * mode each branch has its own frozen backbone with its own adapters; in the other modes one
 * backbone without adapters serves both (frozen, or trained as a whole).
 *
 * <p>Pixels {@code (N, 3, S, S)} ImageNet-normalised. All parameters live on the manager given
 * at construction; create each step's arrays in a sub-manager.
 */
public final class VitPainModel {
  private static final String LORA_PAIN = "lora-pain.safetensors";
  private static final String LORA_NEUTRAL = "lora-neutral.safetensors";
  private static final String BACKBONE = "backbone.safetensors";

  private final VitPainConfig config;
  private final VitModel pain;
  private final VitModel neutral;
  private final VitPainHeads heads;
  private final ParameterStore store;

  private VitPainModel(VitPainConfig config, VitModel pain, VitModel neutral, VitPainHeads heads,
      NDManager manager) {
    this.config = config;
    this.pain = pain;
    this.neutral = neutral;
    this.heads = heads;
    this.store = new ParameterStore(manager, false);
  }

  /**
   * Builds a fresh model (heads and adapters at their init; backbones from the spec).
   *
   * @param config the config
   * @param manager owns every parameter
   * @return the model
   * @throws IOException if a backbone checkpoint cannot be read
   */
  public static VitPainModel create(VitPainConfig config, NDManager manager) throws IOException {
    BackboneSpec spec = config.spec();
    VitModel p = Backbones.create(spec, config.lora(0), manager);
    if (config.mode() == BackboneMode.TRAINED) {
      p.freezeBase(false);
    }
    VitModel n = config.sharedBackbone() || !config.options().reference()
        ? p : Backbones.create(spec, config.lora(1), manager);
    int dim = p.config().dim();
    int regs = p.config().registers();
    VitPainHeads h = new VitPainHeads(new HeadsConfig(dim, regs, config.options(),
        config.headDropout(), config.seed()), manager);
    return new VitPainModel(config, p, n, h, manager);
  }

  /** @return the config */
  public VitPainConfig config() {
    return config;
  }

  /** @return the heads */
  public VitPainHeads heads() {
    return heads;
  }

  /**
   * Backbone tokens of one branch, registers dropped.
   *
   * @param branch 0 pain, 1 neutral
   * @param pixels {@code (N, 3, S, S)}
   * @param training whether adapter dropout is active
   * @return {@code (N, 1 + P, D)}
   */
  public NDArray tokens(int branch, NDArray pixels, boolean training) {
    VitModel m = branch == 0 ? pain : neutral;
    return heads.clsAndPatches(m.tokens(store, pixels, training));
  }

  /**
   * The full forward pass.
   *
   * @param painPx pain pixels
   * @param neutralPx neutral pixels (ignored without the reference branch)
   * @param training whether dropout is active
   * @return the outputs
   */
  public VitPainOutput forward(NDArray painPx, NDArray neutralPx, boolean training) {
    NDArray zp = tokens(0, painPx, training);
    NDArray zn = config.options().reference() ? tokens(1, neutralPx, training) : null;
    return heads.forward(zp, zn, training);
  }

  /** @return head parameters (learning rate {@code lr}) */
  public List<NDArray> headParameters() {
    return heads.params().list();
  }

  /**
   * @return backbone base parameters (learning rate {@code lr}); empty unless {@link
   *     BackboneMode#TRAINED}
   */
  public List<NDArray> backboneParameters() {
    List<NDArray> out = new ArrayList<>();
    if (config.mode() == BackboneMode.TRAINED) {
      pain.baseParameters().values().forEach(p -> out.add(p.getArray()));
    }
    return out;
  }

  /**
   * @return adapter parameters of both branches (learning rate {@code 0.1 lr}); empty outside
   *     LoRA mode
   */
  public List<NDArray> loraParameters() {
    List<NDArray> out = new ArrayList<>();
    if (config.mode() != BackboneMode.LORA) {
      return out;
    }
    pain.adapterParameters().values().forEach(p -> out.add(p.getArray()));
    if (neutral != pain) {
      neutral.adapterParameters().values().forEach(p -> out.add(p.getArray()));
    }
    return out;
  }

  /**
   * Writes the trainable weights: heads, adapters ({@code lora-pain}, {@code lora-neutral}), and
   * in {@link BackboneMode#TRAINED} mode the trained backbone ({@code backbone.safetensors}); a
   * frozen backbone is referenced by the config, never copied.
   *
   * @param dir the folder
   * @param prefix file name prefix, e.g. {@code best-}
   * @throws IOException if a file cannot be written
   */
  public void save(Path dir, String prefix) throws IOException {
    Files.createDirectories(dir);
    Safetensors.write(dir.resolve(prefix + "heads.safetensors"), heads.params().snapshot(),
        Map.of("format", "pain3d-vitpain-heads", "options", config.options().toString()));
    switch (config.mode()) {
      case LORA -> {
        LoraAdapters.save(pain, dir.resolve(prefix + LORA_PAIN));
        if (neutral != pain) {
          LoraAdapters.save(neutral, dir.resolve(prefix + LORA_NEUTRAL));
        }
      }
      case TRAINED -> BaseWeights.save(pain, dir.resolve(prefix + BACKBONE),
          Map.of("backbone_init", config.backbone()));
      case FROZEN -> { }
    }
  }

  /**
   * Reads weights written by {@link #save}.
   *
   * @param dir the folder
   * @param prefix file name prefix
   * @throws IOException if a file cannot be read
   * @throws org.pain3d.vit.CheckpointDataException if they do not fit this model
   */
  public void load(Path dir, String prefix) throws IOException {
    Path h = dir.resolve(prefix + "heads.safetensors");
    heads.params().load(new LinkedHashMap<>(Safetensors.read(h).tensors()), h.toString());
    switch (config.mode()) {
      case LORA -> {
        LoraAdapters.load(pain, dir.resolve(prefix + LORA_PAIN));
        if (neutral != pain) {
          LoraAdapters.load(neutral, dir.resolve(prefix + LORA_NEUTRAL));
        }
      }
      case TRAINED -> BaseWeights.load(pain, dir.resolve(prefix + BACKBONE));
      case FROZEN -> { }
    }
  }
}
