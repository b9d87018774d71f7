package org.pain3d.vitpain;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pain3d.checkpoint.LightningInfo;
import org.pain3d.checkpoint.TorchCheckpoint;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Safetensors;
import org.pain3d.vit.CheckpointDataException;
import org.pain3d.vit.CheckpointLayout;
import org.pain3d.vit.ForwardMode;
import org.pain3d.vit.LoadPlan;
import org.pain3d.vit.PeftBackbone;
import org.pain3d.vit.VitConfig;
import org.pain3d.vit.VitModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A checkpoint of the ViTPain authors' model ({@code ViTPain} / {@code PSPIViTRegressor}, a
 * PyTorch Lightning {@code .ckpt}) mapped onto {@link VitPainModel}, see
 * docs/checkpoint-import.md:
 *
 * <ul>
 *   <li>{@code vit_model.} and {@code neutral_encoder.}: two peft-wrapped timm DINOv3 backbones
 *       ({@link PeftBackbone}) with their adapters (qkv, proj, patch embedding), our pain and
 *       neutral branches; their base weights from the file, or, when it holds only the
 *       adapters, from the user's timm file ({@link ImportOptions#backbone()});
 *   <li>the heads by {@link AuthorsHeads}'s table;
 *   <li>the architecture from {@code hyper_parameters.model_name} (or {@link
 *       ImportOptions#arch()}), {@code lora_alpha} and {@code dropout_rate} from {@code
 *       hyper_parameters} (the authors' defaults 16 and 0.5 when absent), the rank from the
 *       {@code lora_A} shapes, the neutral branch from the presence of {@code neutral_encoder.}.
 * </ul>
 *
 * <p>The model runs the authors' forward ({@link VitPainConfig#authorsForward()}). Every key of
 * the state dict is accounted for: unknown keys, missing keys and shape mismatches of the whole
 * file come in one {@link CheckpointDataException}.
 */
public final class AuthorsCheckpoint {
  /** The pain backbone's attribute. */
  public static final String PAIN = "vit_model.";
  /** The neutral backbone's attribute. */
  public static final String NEUTRAL = "neutral_encoder.";
  /** peft's adapter dropout in the authors' {@code LoraConfig} (not a hyper-parameter). */
  public static final double LORA_DROPOUT = 0.1;
  private static final double PAPER_DROPOUT = 0.5;
  private static final double DEFAULT_ALPHA = 16;
  private static final Logger LOG = LoggerFactory.getLogger(AuthorsCheckpoint.class);

  private final String source;
  private final Map<String, HostTensor> weights;
  private final Map<String, Object> hyperParameters;

  /**
   * A checkpoint's contents.
   *
   * @param source names the file in messages
   * @param weights the state dict as float32, in file order
   * @param hyperParameters Lightning's {@code hyper_parameters} (empty when absent)
   */
  public AuthorsCheckpoint(String source, Map<String, HostTensor> weights,
      Map<String, Object> hyperParameters) {
    this.source = source;
    this.weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    this.hyperParameters = Collections.unmodifiableMap(new LinkedHashMap<>(hyperParameters));
  }

  /**
   * Reads a checkpoint file ({@code torch.save} or Lightning).
   *
   * @param file the {@code .ckpt}
   * @return its contents
   * @throws IOException if it cannot be read
   * @throws org.pain3d.tensor.TensorFormatException if it is not a readable checkpoint
   */
  public static AuthorsCheckpoint read(Path file) throws IOException {
    try (TorchCheckpoint c = TorchCheckpoint.open(file)) {
      Map<String, Object> hp = c.lightning().map(LightningInfo::hyperParameters)
          .orElse(Map.of());
      return new AuthorsCheckpoint(file.toString(), c.readStateDict(), hp);
    }
  }

  /** @return the file, for messages */
  public String source() {
    return source;
  }

  /** @return the state dict, float32, in file order */
  public Map<String, HostTensor> weights() {
    return weights;
  }

  /** @return Lightning's {@code hyper_parameters} (empty when absent) */
  public Map<String, Object> hyperParameters() {
    return hyperParameters;
  }

  /** @return whether the model has the neutral branch ({@code neutral_encoder.} keys) */
  public boolean reference() {
    return weights.keySet().stream().anyMatch(k -> k.startsWith(NEUTRAL));
  }

  /** @return whether the file holds backbone weights besides the adapters */
  public boolean hasBaseWeights() {
    return !PeftBackbone.baseWeights(PeftBackbone.select(weights, PAIN)).isEmpty();
  }

  /**
   * The architecture's name: {@link ImportOptions#arch()}, else {@code model_name} without its
   * hub organisation ({@code timm/vit_large_patch16_dinov3.sat493m} gives {@code
   * vit_large_patch16_dinov3.sat493m}).
   *
   * @param options the import options
   * @return a name {@link BackboneSpec.Pretrained#plan} resolves
   * @throws IllegalArgumentException when neither names one
   */
  public String arch(ImportOptions options) {
    if (options.arch() != null) {
      return options.arch();
    }
    if (!(hyperParameters.get("model_name") instanceof String name)) {
      throw new IllegalArgumentException(source + " names no model_name in its hyper_parameters;"
          + " give the backbone's timm architecture with --arch");
    }
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /**
   * The model config of the imported model.
   *
   * @param options the import options
   * @param backbone the {@link BackboneSpec#text()} to record (where the base weights are)
   * @return LoRA mode, the authors' forward, their hyper-parameters
   */
  public VitPainConfig config(ImportOptions options, String backbone) {
    int rank = PeftBackbone.loraRank(PeftBackbone.select(weights, PAIN));
    double alpha = number("lora_alpha", DEFAULT_ALPHA);
    double dropout = number("dropout_rate", PAPER_DROPOUT);
    return new VitPainConfig(backbone, arch(options), BackboneMode.LORA,
        new HeadOptions(reference(), true, true), Math.max(rank, 1), alpha, LORA_DROPOUT,
        dropout / PAPER_DROPOUT, 42, options.imageSize(), org.pain3d.pairs.Modality.RGB,
        AuxHeads.NONE, true);
  }

  private double number(String key, double fallback) {
    Object v = hyperParameters.get(key);
    if (v == null) {
      LOG.info("{}: no {} in hyper_parameters; using the authors' default {}", source, key,
          fallback);
      return fallback;
    }
    if (!(v instanceof Number n)) {
      throw new CheckpointDataException(source + ": hyper_parameters." + key + " is " + v
          + ", not a number");
    }
    return n.doubleValue();
  }

  /**
   * The backbones' base weights in timm names, shared by both branches (two copies of one
   * pretrained model in the authors' training).
   *
   * @return the pain backbone's base weights
   * @throws CheckpointDataException when the neutral backbone's differ (then only {@link #build}
   *     can run the model)
   */
  public Map<String, HostTensor> sharedBaseWeights() {
    Map<String, HostTensor> pain = PeftBackbone.baseWeights(PeftBackbone.select(weights, PAIN));
    if (reference()) {
      Map<String, HostTensor> n = PeftBackbone.baseWeights(PeftBackbone.select(weights, NEUTRAL));
      for (Map.Entry<String, HostTensor> e : pain.entrySet()) {
        HostTensor o = n.get(e.getKey());
        if (o == null || !Arrays.equals(o.data(), e.getValue().data())) {
          throw new CheckpointDataException(source + ": the two backbones' base weights differ"
              + " (first at " + e.getKey() + "); a pain3d run keeps one frozen base, so this file"
              + " can be predicted with directly but not converted");
        }
      }
    }
    return pain;
  }

  /**
   * Builds the model with every weight of the file.
   *
   * @param options the import options
   * @param manager owns the parameters
   * @return the model (authors' forward, LoRA mode, base weights frozen)
   * @throws IOException if the backbone file cannot be read
   * @throws CheckpointDataException listing every unknown, missing and mis-shaped key
   * @throws IllegalArgumentException when {@code --backbone} is missing or superfluous, or the
   *     architecture is unknown or not a DINOv3
   */
  public VitPainModel build(ImportOptions options, NDManager manager) throws IOException {
    VitPainConfig cfg = config(options, options.backbone() == null ? source
        : options.backbone().toAbsolutePath().normalize().toString());
    VitConfig vit = backboneConfig(cfg.arch());
    Map<String, HostTensor> base = baseSource(options);
    List<String> problems = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    HeadsConfig hc = new HeadsConfig(vit.dim(), 0, cfg.options(), cfg.headDropout(), cfg.seed());
    Map<String, HostTensor> heads = AuthorsHeads.map(weights, cfg.options().reference(),
        new VitPainHeads(hc).parameters(), used, problems);
    VitModel pain = branch(PAIN, base, cfg, Branch.PAIN, vit, manager, used, problems);
    VitModel neutral = cfg.options().reference()
        ? branch(NEUTRAL, base, cfg, Branch.NEUTRAL, vit, manager, used, problems) : pain;
    Set<String> unknown = new LinkedHashSet<>(weights.keySet());
    unknown.removeAll(used);
    if (!unknown.isEmpty()) {
      problems.add(0, unknown.size() + " unknown keys: " + String.join(", ", unknown));
    }
    if (!problems.isEmpty()) {
      throw new CheckpointDataException(source + " is not a ViTPain checkpoint of the authors'"
          + " model on " + cfg.arch() + ": " + String.join("; ", problems));
    }
    VitPainModel model = VitPainModel.of(cfg, pain, neutral, manager);
    model.heads().load(heads, source);
    LOG.info("imported {}: {} tensors, {} backbone{}, LoRA rank {} alpha {}", source,
        weights.size(), cfg.options().reference() ? 2 : 1,
        cfg.options().reference() ? "s" : "", cfg.loraRank(), cfg.loraAlpha());
    return model;
  }

  private static VitConfig backboneConfig(String arch) {
    LoadPlan plan = BackboneSpec.Pretrained.plan(arch);
    if (plan.layout() != CheckpointLayout.TIMM_EVA) {
      throw new IllegalArgumentException(arch + " is not a timm DINOv3 (Eva) architecture; the"
          + " authors' ViTPain uses vit_large_patch16_dinov3");
    }
    return plan.config().withForward(ForwardMode.VITPAIN_REFERENCE);
  }

  /** The user's timm base weights, or {@code null} when the file holds its own. */
  private Map<String, HostTensor> baseSource(ImportOptions options) throws IOException {
    if (options.backbone() != null && hasBaseWeights()) {
      throw new IllegalArgumentException(source + " holds the backbones' base weights; leave out"
          + " --backbone");
    }
    if (options.backbone() == null && !hasBaseWeights()) {
      throw new IllegalArgumentException(source + " holds only LoRA adapters; name the timm"
          + " DINOv3 backbone they were trained on with --backbone FILE.safetensors");
    }
    return options.backbone() == null ? null
        : Safetensors.read(options.backbone()).tensors();
  }

  private VitModel branch(String owner, Map<String, HostTensor> base, VitPainConfig cfg,
      Branch b, VitConfig vit, NDManager manager, Set<String> used, List<String> problems) {
    String prefix = owner + PeftBackbone.PEFT_PREFIX;
    weights.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(used::add);
    Map<String, HostTensor> keys = new LinkedHashMap<>();
    if (base != null) {
      keys.putAll(base);
    }
    keys.putAll(PeftBackbone.select(weights, owner));
    try {
      return PeftBackbone.load(keys, vit, cfg.lora(b), manager, source + " " + owner);
    } catch (CheckpointDataException e) {
      problems.add(e.getMessage());
      return null;
    }
  }

  /**
   * How to import.
   *
   * @param backbone the timm DINOv3 {@code .safetensors} file for a checkpoint that holds only
   *     the adapters, else {@code null}
   * @param arch the backbone's architecture when {@code model_name} does not name it, else
   *     {@code null}
   * @param imageSize the model's input side in pixels (224 as the authors)
   */
  public record ImportOptions(Path backbone, String arch, int imageSize) {
    /** Validates the size. */
    public ImportOptions {
      if (imageSize < VitPainConfig.MIN_IMAGE_SIZE || imageSize > VitPainConfig.MAX_IMAGE_SIZE) {
        throw new IllegalArgumentException("image size must be " + VitPainConfig.MIN_IMAGE_SIZE
            + " to " + VitPainConfig.MAX_IMAGE_SIZE + " px, got " + imageSize);
      }
    }
  }
}
