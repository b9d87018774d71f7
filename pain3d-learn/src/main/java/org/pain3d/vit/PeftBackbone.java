package org.pain3d.vit;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pain3d.tensor.HostTensor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a timm DINOv3 backbone ({@code Eva}) that peft wrapped with LoRA, as the ViTPain authors'
 * checkpoints hold it: keys under {@code base_model.model.}; an adapted module {@code X} keeps its
 * weight as {@code X.base_layer.weight} (peft 0.7 and later; {@code X.weight} before) and its
 * adapter as {@code X.lora_A.default.weight} / {@code X.lora_B.default.weight}. Adapted modules
 * are every block's {@code attn.qkv} and {@code attn.proj} and, because peft's target {@code
 * proj} matches it too, {@code patch_embed.proj} (a convolution: {@code lora_B} is {@code D x r x
 * 1 x 1}). Every key is accounted for: missing, unexpected and mis-shaped keys are listed in one
 * {@link CheckpointDataException}.
 */
public final class PeftBackbone {
  /** The prefix peft puts before the wrapped model's own keys. */
  public static final String PEFT_PREFIX = "base_model.model.";
  private static final Logger LOG = LoggerFactory.getLogger(PeftBackbone.class);
  private static final Pattern ADAPTER =
      Pattern.compile("(.+)\\.(lora_A|lora_B)\\.([^.]+)\\.weight");
  private static final String ADAPTER_NAME = "default";

  private PeftBackbone() {}

  /**
   * The keys of one backbone in a larger state dict, relative to the wrapped model.
   *
   * @param stateDict e.g. a ViTPain checkpoint's weights
   * @param owner the backbone's attribute with its dot, e.g. {@code vit_model.} or {@code
   *     neutral_encoder.}
   * @return keys that started with {@code owner + "base_model.model."}, without that prefix
   */
  public static Map<String, HostTensor> select(Map<String, HostTensor> stateDict, String owner) {
    String prefix = owner + PEFT_PREFIX;
    Map<String, HostTensor> out = new LinkedHashMap<>();
    stateDict.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.put(k.substring(prefix.length()), v);
      }
    });
    return out;
  }

  /**
   * Whether a key is a LoRA adapter's ({@code X.lora_A.NAME.weight} / {@code lora_B}).
   *
   * @param key relative to the wrapped model
   * @return whether it is an adapter weight
   */
  public static boolean isAdapter(String key) {
    return ADAPTER.matcher(key).matches();
  }

  /**
   * The wrapped model's own weights in timm's names: adapters left out, {@code
   * X.base_layer.weight} renamed {@code X.weight}.
   *
   * @param backbone keys relative to the wrapped model ({@link #select})
   * @return the base weights, in order (a timm {@code .safetensors} file's keys)
   */
  public static Map<String, HostTensor> baseWeights(Map<String, HostTensor> backbone) {
    Map<String, HostTensor> out = new LinkedHashMap<>();
    backbone.forEach((k, v) -> {
      if (!isAdapter(k)) {
        out.put(k.replace(".base_layer.", "."), v);
      }
    });
    return out;
  }

  /**
   * The adapter rank of a backbone's weights.
   *
   * @param backbone keys relative to the wrapped model ({@link #select})
   * @return the rows of the first {@code lora_A}, or 0 without adapters
   */
  public static int loraRank(Map<String, HostTensor> backbone) {
    for (Map.Entry<String, HostTensor> e : backbone.entrySet()) {
      Matcher m = ADAPTER.matcher(e.getKey());
      if (m.matches() && m.group(2).equals("lora_A")) {
        return (int) e.getValue().shape()[0];
      }
    }
    return 0;
  }

  /**
   * Builds a backbone and loads the weights.
   *
   * @param backbone keys relative to the wrapped model ({@link #select})
   * @param cfg the architecture (e.g. {@code VitArch.VIT_LARGE_PATCH16_DINOV3.config()
   *     .withForward(ForwardMode.VITPAIN_REFERENCE)} for the authors' outputs)
   * @param lora the adapters the weights hold ({@code patchEmbed} when the patch embedding has
   *     one), or {@code null} for none
   * @param manager owns the parameters
   * @param source names the file in messages
   * @return the model with base weights and adapters loaded
   * @throws CheckpointDataException if any key is missing, unexpected or of the wrong shape
   */
  public static VitModel load(Map<String, HostTensor> backbone, VitConfig cfg, LoraConfig lora,
      NDManager manager, String source) {
    VitModel model = new VitModel(cfg, lora);
    LoadPlan plan = LoadPlan.of(cfg, CheckpointLayout.TIMM_EVA);
    CheckpointMapper mapper = CheckpointMapper.of(plan);
    Map<String, HostTensor> base = new LinkedHashMap<>();
    Map<String, HostTensor> adapters = new LinkedHashMap<>();
    Map<String, HostTensor> renamed = new LinkedHashMap<>();
    for (Map.Entry<String, HostTensor> e : backbone.entrySet()) {
      Matcher m = ADAPTER.matcher(e.getKey());
      if (m.matches() && m.group(3).equals(ADAPTER_NAME)) {
        String name = m.group(1) + "." + m.group(2);
        HostTensor t = adapterShape(name, e.getValue());
        adapters.put(name, t);
        renamed.put(name, t);
      } else {
        String name = e.getKey().replace(".base_layer.", ".");
        base.put(name, e.getValue());
        renamed.put(m.matches() ? e.getKey() : name, e.getValue());
      }
    }
    Map<String, long[]> expected = VitLoader.expectedKeys(mapper);
    model.adapterParameters().forEach((k, p) -> expected.put(k, p.getShape().getShape()));
    VitLoader.checkKeys(expected, mapper.optionalUnused(), renamed, source
        + " does not fit a peft-wrapped " + plan.layout() + " " + VitLoader.describe(cfg)
        + (lora == null ? " without LoRA" : " with LoRA rank " + lora.rank()
            + (lora.patchEmbed() ? " on qkv, proj and the patch embedding" : " on qkv and proj")));
    Map<String, HostTensor> canonical =
        VitLoader.toCanonical(base, plan, model.baseParameters(), source);
    model.initialize(manager);
    model.loadBase(canonical);
    Map<String, Parameter> target = model.adapterParameters();
    ParamFiles.copyInto(adapters, target);
    LOG.info("loaded a peft-wrapped {} from {} ({} base tensors, {} adapter tensors)",
        plan.layout(), source, base.size(), adapters.size());
    return model;
  }

  /** peft's 1x1 convolution {@code B} ({@code D x r x 1 x 1}) is our {@code D x r}. */
  private static HostTensor adapterShape(String name, HostTensor t) {
    long[] s = t.shape();
    if (name.equals("patch_embed.proj.lora_B") && s.length == 4 && s[2] == 1 && s[3] == 1) {
      return new HostTensor(new long[] {s[0], s[1]}, t.data());
    }
    return t;
  }
}
