package org.pain3d.vit;

import ai.djl.nn.Parameter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Safetensors;
import org.pain3d.tensor.SafetensorsContent;

/**
 * Saves and loads only the LoRA adapter weights of a {@link VitModel} as safetensors: keys
 * {@code blocks.i.attn.qkv.lora_A} ({@code r x D}), {@code ...lora_B} ({@code 3D x r}), {@code
 * blocks.i.attn.proj.lora_A} / {@code lora_B}, and {@code patch_embed.proj.lora_A} / {@code
 * lora_B} when the patch embedding has one; metadata {@code format=pain3d-lora}, {@code rank},
 * {@code alpha}, {@code dropout} (and {@code patch_embed=true}). The base weights are never
 * written.
 */
public final class LoraAdapters {
  private LoraAdapters() {}

  /**
   * Writes the adapters.
   *
   * @param model a model built with a {@link LoraConfig}
   * @param file the output file (replaced)
   * @throws IOException if the file cannot be written
   */
  public static void save(VitModel model, Path file) throws IOException {
    LoraConfig c = requireLora(model);
    Map<String, HostTensor> out = ParamFiles.snapshot(model.adapterParameters());
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("format", "pain3d-lora");
    meta.put("rank", Integer.toString(c.rank()));
    meta.put("alpha", Double.toString(c.alpha()));
    meta.put("dropout", Double.toString(c.dropout()));
    if (c.patchEmbed()) {
      meta.put("patch_embed", "true");
    }
    Safetensors.write(file, out, meta);
  }

  /**
   * Replaces the model's adapter weights by the file's (rank and alpha must match; any merged
   * weights are dropped).
   *
   * @param model a model built with a {@link LoraConfig}
   * @param file a file written by {@link #save}
   * @throws IOException if the file cannot be read or is malformed
   * @throws CheckpointDataException if keys, shapes, rank or alpha do not match
   */
  public static void load(VitModel model, Path file) throws IOException {
    LoraConfig c = requireLora(model);
    SafetensorsContent content = Safetensors.read(file);
    String rank = content.metadata().get("rank");
    String alpha = content.metadata().get("alpha");
    if (rank != null && Integer.parseInt(rank) != c.rank()
        || alpha != null && Double.parseDouble(alpha) != c.alpha()) {
      throw new CheckpointDataException(file + ": adapters have rank " + rank + ", alpha " + alpha
          + " but the model has rank " + c.rank() + ", alpha " + c.alpha());
    }
    Map<String, Parameter> target = model.adapterParameters();
    ParamFiles.requireFit(file, "adapters", target, content.tensors());
    model.unmergeAdapters();
    ParamFiles.copyInto(content.tensors(), target);
  }

  private static LoraConfig requireLora(VitModel model) {
    if (model.loraConfig() == null) {
      throw new IllegalArgumentException("the model has no LoRA adapters");
    }
    return model.loraConfig();
  }
}
