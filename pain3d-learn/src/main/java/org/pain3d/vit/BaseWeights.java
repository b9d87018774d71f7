package org.pain3d.vit;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pain3d.tensor.Safetensors;
import org.pain3d.tensor.SafetensorsContent;

/**
 * Saves and loads the base weights of a {@link VitModel} as safetensors in canonical (timm-style)
 * names, e.g. {@code blocks.0.attn.qkv.weight} ({@code 3D x D}); metadata {@code
 * format=pain3d-vit-base}. For backbones trained from scratch: a pretrained backbone is
 * referenced, never copied.
 */
public final class BaseWeights {
  /** The {@code format} metadata value. */
  public static final String FORMAT = "pain3d-vit-base";

  /** The metadata key of the architecture's description (dim, depth, heads, patch, ...). */
  public static final String ARCHITECTURE = "architecture";

  private BaseWeights() {}

  /**
   * Writes every base weight.
   *
   * @param model the model
   * @param file the output file (replaced)
   * @param metadata extra metadata (e.g. the architecture's text), may be empty
   * @throws IOException if the file cannot be written
   */
  public static void save(VitModel model, Path file, Map<String, String> metadata)
      throws IOException {
    Map<String, String> meta = new LinkedHashMap<>(metadata);
    meta.put("format", FORMAT);
    meta.put(ARCHITECTURE, VitLoader.describe(model.config()));
    Safetensors.write(file, ParamFiles.snapshot(model.baseParameters()), meta);
  }

  /**
   * A new backbone of an architecture with a file's base weights (a trained backbone used frozen
   * by another model).
   *
   * @param file the file (for messages)
   * @param content its content, written by {@link #save}
   * @param config the architecture the caller expects
   * @param lora adapters to add, or {@code null}
   * @param manager owns the parameters
   * @return the initialised model
   * @throws CheckpointDataException when the file records another architecture (files written
   *     before the record existed are checked by names and shapes only) or names or shapes do
   *     not match
   */
  static VitModel model(Path file, SafetensorsContent content, VitConfig config, LoraConfig lora,
      NDManager manager) {
    String recorded = content.metadata().get(ARCHITECTURE);
    String wanted = VitLoader.describe(config);
    if (recorded != null && !recorded.equals(wanted)) {
      throw new CheckpointDataException(file + ": a backbone of " + recorded + ", not the "
          + wanted + " asked for");
    }
    VitModel model = new VitModel(config, lora);
    model.initialize(manager);
    ParamFiles.requireFit(file, "backbone weights", model.baseParameters(), content.tensors());
    model.loadBase(content.tensors());
    return model;
  }

  /**
   * Replaces the model's base weights by the file's.
   *
   * @param model the model
   * @param file a file written by {@link #save}
   * @throws IOException if the file cannot be read or is malformed
   * @throws CheckpointDataException if names or shapes do not match
   */
  public static void load(VitModel model, Path file) throws IOException {
    SafetensorsContent content = Safetensors.read(file);
    ParamFiles.requireFit(file, "backbone weights", model.baseParameters(), content.tensors());
    model.loadBase(content.tensors());
  }
}
