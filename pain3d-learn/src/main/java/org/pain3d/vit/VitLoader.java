package org.pain3d.vit;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Safetensors;
import org.pain3d.tensor.SafetensorsContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads pretrained backbones from (a) a Hugging Face model directory ({@code config.json} +
 * {@code model.safetensors}, model types {@code dinov2} and {@code dinov3_vit}) or (b) a timm
 * safetensors file with a named {@link VitArch}. Keys are mapped exactly; anything missing,
 * unexpected or of the wrong shape fails with one {@link CheckpointDataException} listing all of
 * it. BF16 / F16 weights are converted to float32 in Java.
 */
public final class VitLoader {
  private static final Logger LOG = LoggerFactory.getLogger(VitLoader.class);
  private static final int MAX_LISTED = 25;

  private VitLoader() {}

  /**
   * Loads a backbone.
   *
   * @param source a Hugging Face model directory, or a timm {@code .safetensors} file (then
   *     {@code arch} is required)
   * @param arch the timm architecture for a file, or {@code null} for a Hugging Face directory
   * @param lora adapters to add (fresh: B = 0), or {@code null}
   * @param manager owns the parameters
   * @return the initialised model with the pretrained base weights
   * @throws IOException if a file cannot be read or is malformed
   * @throws CheckpointDataException if the checkpoint does not fit the architecture
   */
  public static VitModel load(Path source, VitArch arch, LoraConfig lora, NDManager manager)
      throws IOException {
    return load(source, arch == null ? null : LoadPlan.of(arch.config(), arch.layout()), lora,
        ForwardMode.STANDARD, manager);
  }

  /**
   * Loads a backbone for a forward mode.
   *
   * @param source a Hugging Face model directory, or a timm {@code .safetensors} file (then
   *     {@code filePlan} is required)
   * @param filePlan what a file holds (architecture and layout), or {@code null} for a Hugging
   *     Face directory
   * @param lora adapters to add (fresh: B = 0), or {@code null}
   * @param forward the forward mode of the model
   * @param manager owns the parameters
   * @return the initialised model with the pretrained base weights
   * @throws IOException if a file cannot be read or is malformed
   * @throws CheckpointDataException if the checkpoint does not fit the architecture
   */
  public static VitModel load(Path source, LoadPlan filePlan, LoraConfig lora,
      ForwardMode forward, NDManager manager) throws IOException {
    if (!Files.exists(source)) {
      throw new CheckpointDataException(source + ": no such backbone; give a Hugging Face model"
          + " folder (config.json + model.safetensors) or a timm .safetensors file with --arch");
    }
    Path weights = source;
    LoadPlan plan = filePlan;
    if (Files.isDirectory(source)) {
      Path config = source.resolve("config.json");
      weights = source.resolve("model.safetensors");
      if (filePlan == null || Files.exists(config)) {
        if (!Files.exists(config)) {
          throw new NoSuchFileException(config.toString());
        }
        plan = HfConfigReader.read(config);
      }
    } else if (filePlan == null) {
      throw new IllegalArgumentException(
          source + " is a file: name its timm architecture (e.g. vit_small_patch16_dinov3)");
    }
    return loadWithPlan(weights, plan.withConfig(plan.config().withForward(forward)), lora,
        manager);
  }

  /**
   * Reads the config of a Hugging Face model directory.
   *
   * @param dir the directory with {@code config.json}
   * @return what the checkpoint holds
   * @throws IOException if the file cannot be read
   */
  public static LoadPlan readHfConfig(Path dir) throws IOException {
    return HfConfigReader.read(dir.resolve("config.json"));
  }

  /**
   * Loads a safetensors file with a known plan: a timm checkpoint in the plan's layout, or a
   * backbone trained by pain3d ({@link BaseWeights}: canonical names, the plan's architecture).
   *
   * @param weights the safetensors file
   * @param plan architecture and layout (a timm DINOv2 grid is replaced by the file's)
   * @param lora adapters to add, or {@code null}
   * @param manager owns the parameters
   * @return the initialised model
   * @throws IOException if the file cannot be read or is malformed
   */
  public static VitModel loadWithPlan(Path weights, LoadPlan plan, LoraConfig lora, NDManager manager)
      throws IOException {
    SafetensorsContent content = Safetensors.read(weights);
    if (BaseWeights.FORMAT.equals(content.metadata().get("format"))) {
      return BaseWeights.model(weights, content, plan.config(), lora, manager);
    }
    LoadPlan p = gridFromFile(plan, content.tensors());
    VitModel model = new VitModel(p.config(), lora);
    Map<String, HostTensor> canonical =
        toCanonical(content.tensors(), p, model.baseParameters(), weights.toString());
    model.initialize(manager);
    model.loadBase(canonical);
    LOG.info("loaded {} ({} tensors, {})", weights, content.tensors().size(), p.layout());
    return model;
  }

  private static LoadPlan gridFromFile(LoadPlan plan, Map<String, HostTensor> src) {
    VitConfig c = plan.config();
    HostTensor pos = src.get("pos_embed");
    if (plan.layout() != CheckpointLayout.TIMM_VIT || pos == null || pos.shape().length != 3) {
      return plan;
    }
    long rows = pos.shape()[1] - (c.posEmbedding() == PosEmbedding.LEARNED_WITH_CLS ? 1 : 0);
    int g = (int) Math.round(Math.sqrt(rows));
    if (g <= 0 || (long) g * g != rows || g == c.posEmbedGrid()) {
      return plan;
    }
    return plan.withConfig(c.withPositions(c.registers(), c.posEmbedding(), g, c.resample()));
  }

  /**
   * Maps checkpoint tensors to canonical names, checking every key and shape.
   *
   * @param src checkpoint tensors
   * @param plan the layout
   * @param target canonical parameters (shapes are read from them)
   * @param file for messages
   * @return canonical name to values
   */
  static Map<String, HostTensor> toCanonical(
      Map<String, HostTensor> src, LoadPlan plan, Map<String, Parameter> target, String file) {
    CheckpointMapper mapper = CheckpointMapper.of(plan);
    checkKeys(expectedKeys(mapper), mapper.optionalUnused(), src,
        file + " does not fit " + plan.layout() + " " + describe(plan.config()));
    Map<String, HostTensor> out = new LinkedHashMap<>();
    for (Map.Entry<String, Parameter> e : target.entrySet()) {
      out.put(e.getKey(), HostTensor.zeros(e.getValue().getShape().getShape()));
    }
    for (KeyPiece k : mapper.pieces()) {
      HostTensor dst = out.get(k.target());
      if (dst == null) {
        throw new IllegalStateException("mapping names unknown parameter " + k.target());
      }
      int rowSize = dst.data().length / (int) dst.shape()[0];
      System.arraycopy(src.get(k.source()).data(), (int) (k.srcRow() * rowSize), dst.data(),
          (int) (k.dstRow() * rowSize), (int) (k.rows() * rowSize));
    }
    return out;
  }

  /**
   * The file keys and shapes a layout needs.
   *
   * @param mapper the layout's mapping
   * @return file key to shape, in mapping order
   */
  static Map<String, long[]> expectedKeys(CheckpointMapper mapper) {
    Map<String, long[]> expected = new LinkedHashMap<>();
    for (KeyPiece k : mapper.pieces()) {
      expected.put(k.source(), k.sourceShape());
    }
    return expected;
  }

  /**
   * Checks that a file holds exactly the expected keys with the expected shapes.
   *
   * @param expected key to shape
   * @param optional keys that may be present and are ignored
   * @param src the file's tensors
   * @param header the start of the message (names the file and what it should fit)
   * @throws CheckpointDataException listing all missing and unexpected keys and wrong shapes
   */
  static void checkKeys(Map<String, long[]> expected, Set<String> optional,
      Map<String, HostTensor> src, String header) {
    List<String> missing = new ArrayList<>();
    List<String> badShape = new ArrayList<>();
    for (Map.Entry<String, long[]> e : expected.entrySet()) {
      HostTensor t = src.get(e.getKey());
      if (t == null) {
        missing.add(e.getKey() + " " + Arrays.toString(e.getValue()));
      } else if (!Arrays.equals(t.shape(), e.getValue())) {
        badShape.add(e.getKey() + ": file " + t.shapeString() + ", expected "
            + Arrays.toString(e.getValue()));
      }
    }
    Set<String> unexpected = new LinkedHashSet<>(src.keySet());
    unexpected.removeAll(expected.keySet());
    unexpected.removeAll(optional);
    if (!missing.isEmpty() || !badShape.isEmpty() || !unexpected.isEmpty()) {
      throw new CheckpointDataException(header + list("missing keys", missing)
          + list("unexpected keys", new ArrayList<>(unexpected))
          + list("shape mismatches", badShape));
    }
  }

  static String describe(VitConfig c) {
    return "(dim " + c.dim() + ", depth " + c.depth() + ", heads " + c.heads() + ", patch "
        + c.patchSize() + ", registers " + c.registers() + ", ffn " + c.ffn() + ")";
  }

  private static String list(String title, List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("; ").append(items.size()).append(' ').append(title)
        .append(": ");
    int n = Math.min(items.size(), MAX_LISTED);
    sb.append(String.join(", ", items.subList(0, n)));
    if (items.size() > n) {
      sb.append(", ... and ").append(items.size() - n).append(" more");
    }
    return sb.toString();
  }
}
