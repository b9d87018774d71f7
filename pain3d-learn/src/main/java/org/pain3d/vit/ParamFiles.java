package org.pain3d.vit;

import ai.djl.nn.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.nio.FloatBuffer;
import java.util.Map;
import org.pain3d.tensor.HostTensor;

/**
 * Named DJL parameters and safetensors files: copies of their values, the check that a file's
 * tensors fit them (names and shapes), and copying values in. Every weight file of pain3d
 * (backbone, adapters, ViTPain heads) goes through these three.
 */
public final class ParamFiles {
  private static final int SHOWN = 25;

  private ParamFiles() {}

  /**
   * @param params parameters by name
   * @return their current values, same order
   */
  public static Map<String, HostTensor> snapshot(Map<String, Parameter> params) {
    Map<String, HostTensor> out = new LinkedHashMap<>();
    for (Map.Entry<String, Parameter> e : params.entrySet()) {
      var arr = e.getValue().getArray();
      out.put(e.getKey(), new HostTensor(arr.getShape().getShape(), arr.toFloatArray()));
    }
    return out;
  }

  /**
   * Checks that a file holds exactly the target's names with the target's shapes.
   *
   * @param file the file (for the message)
   * @param what what the file holds, e.g. {@code adapters}
   * @param target the model's parameters
   * @param values the file's tensors
   * @throws CheckpointDataException listing missing, unexpected and mis-shaped tensors
   */
  static void requireFit(Path file, String what, Map<String, Parameter> target,
      Map<String, HostTensor> values) {
    requireFit(file + ": " + what + " do not fit the model", target, values);
  }

  /**
   * Checks that tensors hold exactly the target's names with the target's shapes.
   *
   * @param subject the start of the error message, e.g. {@code "x.safetensors does not fit this
   *     model"}
   * @param target the model's parameters (initialised)
   * @param values the tensors
   * @throws CheckpointDataException {@code subject: } and the missing, unexpected and
   *     mis-shaped tensors
   */
  public static void requireFit(String subject, Map<String, Parameter> target,
      Map<String, HostTensor> values) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Parameter> e : target.entrySet()) {
      HostTensor t = values.get(e.getKey());
      long[] want = e.getValue().getArray().getShape().getShape();
      if (t == null) {
        problems.add("missing " + e.getKey());
      } else if (!Arrays.equals(t.shape(), want)) {
        problems.add(e.getKey() + " has shape " + t.shapeString() + ", expected "
            + Arrays.toString(want));
      }
    }
    for (String k : values.keySet()) {
      if (!target.containsKey(k)) {
        problems.add("unexpected " + k);
      }
    }
    if (!problems.isEmpty()) {
      throw new CheckpointDataException(subject + ": " + String.join(", ", problems.subList(0, Math.min(problems.size(), SHOWN)))
          + (problems.size() > SHOWN ? ", ... and " + (problems.size() - SHOWN) + " more" : ""));
    }
  }

  /**
   * Copies values into parameters (initialised).
   *
   * @param values name to values; every name must exist in {@code target} with the same shape
   * @param target parameters by name
   * @throws IllegalArgumentException for an unknown name or another shape
   */
  public static void copyInto(Map<String, HostTensor> values, Map<String, Parameter> target) {
    for (Map.Entry<String, HostTensor> e : values.entrySet()) {
      Parameter prm = target.get(e.getKey());
      if (prm == null) {
        throw new IllegalArgumentException("no parameter named " + e.getKey());
      }
      var arr = prm.getArray();
      if (!Arrays.equals(arr.getShape().getShape(), e.getValue().shape())) {
        throw new IllegalArgumentException(e.getKey() + ": shape " + arr.getShape()
            + " != " + e.getValue().shapeString());
      }
      arr.set(FloatBuffer.wrap(e.getValue().data()));
    }
  }
}
