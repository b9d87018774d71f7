package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.tensor.Safetensors;
import org.pain3d.vit.BaseWeights;
import org.pain3d.vit.LoraAdapters;
import org.pain3d.vit.VitModel;

/**
 * ViTPain as one DJL block tree: the backbone(s) and the {@link VitPainHeads}. In {@link
 * BackboneMode#LORA} mode each branch has its own frozen backbone with its own adapters
 * (children {@code pain} and {@code neutral}); in the other modes one backbone without adapters
 * serves both (child {@code backbone}: frozen, or trained as a whole). The heads are child
 * {@code heads}.
 *
 * <p>{@link #parameters()} gives every parameter by path: {@code pain.blocks.0.attn.qkv.weight},
 * {@code pain.blocks.0.attn.qkv.lora_A}, {@code backbone.norm.bias}, {@code
 * heads.pspi.fc0.weight}, ... (the backbone's canonical timm names, the heads' file keys). Which
 * parameters train is DJL's {@link Parameter#requiresGradient()} ({@link
 * org.pain3d.vit.VitModel#freezeBase}, {@link #freezeParameters}).
 *
 * <p>Pixels {@code (N, 3, S, S)} ImageNet-normalised. All parameters live on the manager given
 * at construction; create each step's arrays in a sub-manager.
 */
public final class VitPainModel extends NamedBlock {
  private static final String HEADS = "heads.safetensors";
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
    if (config.mode() == BackboneMode.LORA) {
      child("pain", pain, paths(pain));
      if (neutral != pain) {
        child("neutral", neutral, paths(neutral));
      }
    } else {
      child("backbone", pain, paths(pain));
    }
    child("heads", heads);
  }

  private static Map<String, Parameter> paths(VitModel m) {
    Map<String, Parameter> out = new LinkedHashMap<>(m.baseParameters());
    out.putAll(m.adapterParameters());
    return out;
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
    VitModel p = Backbones.create(spec, config.lora(Branch.PAIN), config.forward(), manager);
    if (config.mode() == BackboneMode.TRAINED) {
      p.freezeBase(false);
    }
    VitModel n = config.sharedBackbone() || !config.options().reference()
        ? p : Backbones.create(spec, config.lora(Branch.NEUTRAL), config.forward(), manager);
    return of(config, p, n, manager);
  }

  /**
   * Assembles a model from built backbones (an imported checkpoint's); the heads start at
   * their init.
   *
   * @param config the config (mode {@link BackboneMode#LORA} or {@link BackboneMode#FROZEN})
   * @param pain the pain branch's backbone, base weights frozen
   * @param neutral the neutral branch's backbone ({@code pain} when shared or unused)
   * @param manager owns the head parameters
   * @return the model
   */
  public static VitPainModel of(VitPainConfig config, VitModel pain, VitModel neutral,
      NDManager manager) {
    int dim = pain.config().dim();
    int regs = pain.config().outputRegisters();
    VitPainHeads h = new VitPainHeads(new HeadsConfig(dim, regs, config.options(),
        config.headDropout(), config.seed(), config.aux()), manager);
    return new VitPainModel(config, pain, neutral, h, manager);
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
   * The backbone of a branch (the same one for both outside LoRA mode).
   *
   * @param branch the branch
   * @return its backbone
   */
  public VitModel backbone(Branch branch) {
    return branch == Branch.PAIN ? pain : neutral;
  }

  /**
   * Backbone tokens of one branch, registers dropped.
   *
   * @param branch which backbone
   * @param pixels {@code (N, 3, S, S)}
   * @param training whether adapter dropout is active
   * @return {@code (N, 1 + P, D)}
   */
  public NDArray tokens(Branch branch, NDArray pixels, boolean training) {
    return heads.clsAndPatches(backbone(branch).tokens(store, pixels, training));
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
    NDArray zp = tokens(Branch.PAIN, painPx, training);
    NDArray zn = config.options().reference() ? tokens(Branch.NEUTRAL, neutralPx, training)
        : null;
    return heads.forward(store, zp, zn, training);
  }

  /**
   * Heads on tokens (frozen mode's cached tokens).
   *
   * @param painTokens {@code (N, 1 + P, D)}
   * @param neutralTokens the same for the references, or {@code null} without the reference
   * @param training whether dropout is active
   * @return the outputs
   */
  public VitPainOutput forwardTokens(NDArray painTokens, NDArray neutralTokens,
      boolean training) {
    return heads.forward(store, painTokens, neutralTokens, training);
  }

  /** @return head parameters (learning rate {@code lr}), in declaration order */
  public List<NDArray> headParameters() {
    return heads.arrays();
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
   * The files {@link #save} writes, by name without the prefix: {@code heads.safetensors}, then
   * {@code lora-pain.safetensors} and {@code lora-neutral.safetensors} (LoRA mode) or {@code
   * backbone.safetensors} (trained backbone).
   *
   * @return the file names
   */
  public List<String> fileNames() {
    List<String> out = new ArrayList<>(List.of(HEADS));
    switch (config.mode()) {
      case LORA -> {
        out.add(LORA_PAIN);
        if (neutral != pain) {
          out.add(LORA_NEUTRAL);
        }
      }
      case TRAINED -> out.add(BACKBONE);
      case FROZEN -> { }
    }
    return out;
  }

  /**
   * Writes the trainable weights: heads ({@code heads.*} paths without the prefix), adapters
   * ({@code lora-pain}, {@code lora-neutral}), and in {@link BackboneMode#TRAINED} mode the
   * trained backbone ({@code backbone.safetensors}); a frozen backbone is referenced by the
   * config, never copied. Each file is replaced atomically.
   *
   * @param dir the folder
   * @param prefix file name prefix, e.g. {@code best-}
   * @throws IOException if a file cannot be written
   */
  public void save(Path dir, String prefix) throws IOException {
    for (String name : fileNames()) {
      saveFile(dir, prefix, name);
    }
  }

  /**
   * Writes one of the {@link #fileNames()}.
   *
   * @param dir the folder (created when missing)
   * @param prefix file name prefix
   * @param name the file's name without the prefix
   * @throws IOException if the file cannot be written
   */
  public void saveFile(Path dir, String prefix, String name) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(prefix + name);
    switch (name) {
      case HEADS -> Safetensors.write(file, heads.snapshot(),
          Map.of("format", "pain3d-vitpain-heads", "options", config.options().toString()));
      case LORA_PAIN -> LoraAdapters.save(pain, file);
      case LORA_NEUTRAL -> LoraAdapters.save(neutral, file);
      case BACKBONE -> BaseWeights.save(pain, file, Map.of("backbone_init", config.backbone()));
      default -> throw new IllegalArgumentException("no weight file " + name);
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
    Path h = dir.resolve(prefix + HEADS);
    heads.load(Safetensors.read(h).tensors(), h.toString());
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

  /**
   * DJL's entry: inputs {@code [pain pixels, neutral pixels]}; outputs as {@link
   * VitPainHeads}'.
   */
  @Override
  protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray zp = heads.clsAndPatches(pain.tokens(ps, inputs.get(0), training));
    NDList tokens = new NDList(zp);
    if (config.options().reference()) {
      tokens.add(heads.clsAndPatches(neutral.tokens(ps, inputs.get(1), training)));
    }
    return heads.forward(ps, tokens, training);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return heads.getOutputShapes(inputShapes);
  }
}
