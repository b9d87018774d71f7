package org.pain3d.vit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pain3d.io.Json;

/**
 * Reads a Hugging Face {@code config.json} of model type {@code dinov2}, {@code
 * dinov2_with_registers} (registers after CLS, antialiased resampling) or {@code dinov3_vit}
 * into a {@link LoadPlan}; missing fields take the transformers defaults of that model type.
 */
final class HfConfigReader {

  private HfConfigReader() {}

  static LoadPlan read(Path configJson) throws IOException {
    JsonNode j;
    try {
      j = Json.mapper().readTree(Files.readString(configJson));
    } catch (JsonProcessingException e) {
      throw new CheckpointDataException(configJson + ": not valid JSON", e);
    }
    if (j == null || !j.isObject()) {
      throw new CheckpointDataException(configJson + ": not a JSON object");
    }
    String type = j.path("model_type").asText("");
    return switch (type) {
      case "dinov2" -> dinov2(j, configJson, false);
      case "dinov2_with_registers" -> dinov2(j, configJson, true);
      case "dinov3_vit" -> dinov3(j, configJson);
      default -> throw new CheckpointDataException(configJson + ": unknown model_type '" + type
          + "' (supported: dinov2, dinov2_with_registers, dinov3_vit)");
    };
  }

  private static LoadPlan dinov2(JsonNode j, Path file, boolean withRegisters) {
    int d = j.path("hidden_size").asInt(768);
    int patch = square(j, "patch_size", 14, file);
    int image = square(j, "image_size", 224, file);
    boolean swiglu = j.path("use_swiglu_ffn").asBoolean(false);
    int hidden = (int) (d * j.path("mlp_ratio").asDouble(4));
    if (swiglu) {
      hidden = ((int) (hidden * 2.0 / 3) + 7) / 8 * 8;
    } else {
      requireAct(j, "gelu", file);
    }
    boolean qkvBias = j.path("qkv_bias").asBoolean(true);
    double ls = j.path("layerscale_value").asDouble(1.0);
    VitConfig cfg = new VitConfig(VitFamily.DINOV2, patch, d, j.path("num_hidden_layers").asInt(12),
        j.path("num_attention_heads").asInt(12), hidden, swiglu ? FfnType.SWIGLU : FfnType.GELU_MLP,
        withRegisters ? j.path("num_register_tokens").asInt(4) : 0, PosEmbedding.LEARNED_WITH_CLS,
        image / patch,
        withRegisters ? PosEmbedResample.BICUBIC_ANTIALIAS : PosEmbedResample.BICUBIC, false, 100.0,
        true, ls, j.path("layer_norm_eps").asDouble(1e-6), qkvBias, true, true,
        j.path("num_channels").asInt(3));
    return LoadPlan.of(cfg, CheckpointLayout.HF_DINOV2);
  }

  private static LoadPlan dinov3(JsonNode j, Path file) {
    boolean gated = j.path("use_gated_mlp").asBoolean(j.path("use_swiglu_ffn").asBoolean(false));
    requireAct(j, gated ? "silu" : "gelu", file);
    boolean q = j.path("query_bias").asBoolean(true);
    boolean k = j.path("key_bias").asBoolean(false);
    boolean v = j.path("value_bias").asBoolean(true);
    VitConfig cfg = new VitConfig(VitFamily.DINOV3, square(j, "patch_size", 16, file),
        j.path("hidden_size").asInt(384), j.path("num_hidden_layers").asInt(12),
        j.path("num_attention_heads").asInt(6), j.path("intermediate_size").asInt(1536),
        gated ? FfnType.SWIGLU : FfnType.GELU_MLP, j.path("num_register_tokens").asInt(0),
        PosEmbedding.NONE, 0, PosEmbedResample.BICUBIC, true, j.path("rope_theta").asDouble(100),
        true, j.path("layerscale_value").asDouble(1.0), j.path("layer_norm_eps").asDouble(1e-5),
        q || k || v, j.path("proj_bias").asBoolean(true), j.path("mlp_bias").asBoolean(true),
        j.path("num_channels").asInt(3));
    return new LoadPlan(cfg, CheckpointLayout.HF_DINOV3, q, k, v);
  }

  /** An int, or a list of equal ints (newer configs write sizes as [h, w]). */
  private static int square(JsonNode j, String key, int dflt, Path file) {
    JsonNode v = j.path(key);
    if (!v.isArray()) {
      return v.asInt(dflt);
    }
    if (v.size() == 0 || v.size() > 2 || v.get(0).asInt() != v.get(v.size() - 1).asInt()) {
      throw new CheckpointDataException(file + ": only square " + key + " is supported: " + v);
    }
    return v.get(0).asInt();
  }

  private static void requireAct(JsonNode j, String expected, Path file) {
    String act = j.path("hidden_act").asText(expected);
    if (!act.equals(expected)) {
      throw new CheckpointDataException(file + ": hidden_act '" + act + "' is not supported here ("
          + expected + " expected for this feed-forward type)");
    }
  }
}
