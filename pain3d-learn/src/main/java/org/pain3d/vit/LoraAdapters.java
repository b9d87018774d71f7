package org.pain3d.vit;

import ai.djl.nn.Parameter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Safetensors;
import org.pain3d.tensor.SafetensorsContent;

/**
 * Saves and loads only the LoRA adapter weights of a {@link VitModel} as safetensors: keys
 * {@code blocks.i.attn.qkv.lora_A} ({@code r x D}), {@code ...lora_B} ({@code 3D x r}), {@code
 * blocks.i.attn.proj.lora_A} / {@code lora_B}; metadata {@code format=pain3d-lora}, {@code
 * rank}, {@code alpha}, {@code dropout}. The base weights are never written.
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
    Map<String, HostTensor> out = new LinkedHashMap<>();
    for (Map.Entry<String, Parameter> e : model.adapterParameters().entrySet()) {
      var arr = e.getValue().getArray();
      out.put(e.getKey(), new HostTensor(arr.getShape().getShape(), arr.toFloatArray()));
    }
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("format", "pain3d-lora");
    meta.put("rank", Integer.toString(c.rank()));
    meta.put("alpha", Double.toString(c.alpha()));
    meta.put("dropout", Double.toString(c.dropout()));
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
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Parameter> e : target.entrySet()) {
      HostTensor t = content.tensors().get(e.getKey());
      long[] want = e.getValue().getArray().getShape().getShape();
      if (t == null) {
        problems.add("missing " + e.getKey());
      } else if (!java.util.Arrays.equals(t.shape(), want)) {
        problems.add(e.getKey() + " has shape " + t.shapeString() + ", expected "
            + java.util.Arrays.toString(want));
      }
    }
    for (String k : content.tensors().keySet()) {
      if (!target.containsKey(k)) {
        problems.add("unexpected " + k);
      }
    }
    if (!problems.isEmpty()) {
      throw new CheckpointDataException(file + ": adapters do not fit the model: "
          + String.join(", ", problems.subList(0, Math.min(problems.size(), 25)))
          + (problems.size() > 25 ? ", ... and " + (problems.size() - 25) + " more" : ""));
    }
    model.unmergeAdapters();
    VitModel.copyInto(content.tensors(), target);
  }

  private static LoraConfig requireLora(VitModel model) {
    if (model.loraConfig() == null) {
      throw new IllegalArgumentException("the model has no LoRA adapters");
    }
    return model.loraConfig();
  }
}
