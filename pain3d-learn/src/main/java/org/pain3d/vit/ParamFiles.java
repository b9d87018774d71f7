package org.pain3d.vit;

import ai.djl.nn.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.tensor.HostTensor;

/** Copies of named parameters for safetensors files, and the check that a file fits a model. */
final class ParamFiles {
  private static final int SHOWN = 25;

  private ParamFiles() {}

  /**
   * @param params parameters by name
   * @return their current values, same order
   */
  static Map<String, HostTensor> snapshot(Map<String, Parameter> params) {
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
      throw new CheckpointDataException(file + ": " + what + " do not fit the model: "
          + String.join(", ", problems.subList(0, Math.min(problems.size(), SHOWN)))
          + (problems.size() > SHOWN ? ", ... and " + (problems.size() - SHOWN) + " more" : ""));
    }
  }
}
