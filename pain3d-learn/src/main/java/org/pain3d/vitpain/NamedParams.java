package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.pain3d.vit.CheckpointDataException;
import org.pain3d.tensor.HostTensor;

/**
 * An ordered set of trainable float32 arrays by name, owned by one manager. Values are drawn
 * from a {@link SplittableRandom} seeded once, in creation order.
 */
public final class NamedParams {
  private final NDManager manager;
  private final SplittableRandom rng;
  private final Map<String, NDArray> params = new LinkedHashMap<>();

  /**
   * @param manager owns the arrays (keep it open while they are used)
   * @param seed the init seed
   */
  public NamedParams(NDManager manager, long seed) {
    this.manager = manager;
    this.rng = new SplittableRandom(seed);
  }

  /**
   * Creates a trainable array.
   *
   * @param name unique name, e.g. {@code pspi.fc1.weight}
   * @param init how it starts
   * @param shape its shape
   * @return the array (requires gradient)
   */
  public NDArray add(String name, ParamInit init, long... shape) {
    if (params.containsKey(name)) {
      throw new IllegalArgumentException("duplicate parameter " + name);
    }
    float[] v = new float[(int) HostTensor.numel(shape)];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) draw(init);
    }
    NDArray a = manager.create(v, new Shape(shape));
    a.setRequiresGradient(true);
    params.put(name, a);
    return a;
  }

  private double draw(ParamInit init) {
    if (init instanceof ParamInit.Uniform u) {
      return (rng.nextDouble() * 2 - 1) * u.bound();
    }
    if (init instanceof ParamInit.Normal n) {
      return rng.nextGaussian() * n.std();
    }
    return ((ParamInit.Constant) init).value();
  }

  /** @return the arrays by name, in creation order (unmodifiable) */
  public Map<String, NDArray> all() {
    return Collections.unmodifiableMap(params);
  }

  /** @return the arrays in creation order */
  public List<NDArray> list() {
    return new ArrayList<>(params.values());
  }

  /** @return host copies of every value, by name */
  public Map<String, HostTensor> snapshot() {
    Map<String, HostTensor> out = new LinkedHashMap<>();
    params.forEach((k, a) -> out.put(k, new HostTensor(a.getShape().getShape(), a.toFloatArray())));
    return out;
  }

  /**
   * Replaces every value (names and shapes must match exactly).
   *
   * @param values by name
   * @param source what the values come from, for the error message
   * @throws CheckpointDataException listing missing, unexpected and mis-shaped entries
   */
  public void load(Map<String, HostTensor> values, String source) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, NDArray> e : params.entrySet()) {
      HostTensor t = values.get(e.getKey());
      long[] want = e.getValue().getShape().getShape();
      if (t == null) {
        problems.add("missing " + e.getKey());
      } else if (!java.util.Arrays.equals(t.shape(), want)) {
        problems.add(e.getKey() + " has shape " + t.shapeString() + ", expected "
            + java.util.Arrays.toString(want));
      }
    }
    values.keySet().stream().filter(k -> !params.containsKey(k))
        .forEach(k -> problems.add("unexpected " + k));
    if (!problems.isEmpty()) {
      throw new CheckpointDataException(source + " does not fit this model: "
          + String.join("; ", problems.subList(0, Math.min(10, problems.size())))
          + (problems.size() > 10 ? " (and " + (problems.size() - 10) + " more)" : ""));
    }
    params.forEach((k, a) -> a.set(java.nio.FloatBuffer.wrap(values.get(k).data())));
  }
}
