package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.tensor.HostTensor;
import org.pain3d.vit.ParamFiles;

/**
 * A DJL block whose parameters and children have names, so that every parameter of a tree has
 * a dotted path ({@code cross.q.weight}, {@code heads.pspi.fc0.bias}, {@code
 * pain.blocks.0.attn.qkv.lora_A}) in declaration order: the keys of its safetensors files and
 * the handle a checkpoint importer maps onto. DJL's own {@link #getParameters()} sees the same
 * parameters (with DJL's numbered child names), so DJL's freeze, save and load work too.
 *
 * <p>Parameter shapes are fixed at construction, so {@link #initialize(NDManager)} needs no
 * input shape.
 */
public abstract class NamedBlock extends AbstractBlock {
  private final Map<String, Parameter> paths = new LinkedHashMap<>();
  private final Map<String, Block> named = new LinkedHashMap<>();

  /**
   * Declares a parameter of this block.
   *
   * @param name its name, e.g. {@code weight}
   * @param type its DJL type
   * @param init its initializer
   * @param shape its shape
   * @return the parameter
   */
  protected final Parameter param(String name, Parameter.Type type, Initializer init,
      long... shape) {
    Parameter p = addParameter(Parameter.builder().setName(name).setType(type)
        .optShape(new Shape(shape)).optInitializer(init).build());
    register(name, p);
    return p;
  }

  /**
   * Adds a named child whose parameters come from its own tree.
   *
   * @param <B> its type
   * @param name the path segment
   * @param block the child (its parameters declared)
   * @return the child
   */
  protected final <B extends NamedBlock> B child(String name, B block) {
    return child(name, block, block.parameters());
  }

  /**
   * Adds a named child with the paths of its parameters (for blocks of other kinds, such as
   * {@link org.pain3d.vit.VitModel}).
   *
   * @param <B> its type
   * @param name the path segment
   * @param block the child
   * @param params its parameters by path below it, in order
   * @return the child
   */
  protected final <B extends Block> B child(String name, B block, Map<String, Parameter> params) {
    if (named.putIfAbsent(name, block) != null) {
      throw new IllegalArgumentException("duplicate child " + name);
    }
    addChildBlock(name, block);
    params.forEach((k, v) -> register(name + "." + k, v));
    return block;
  }

  private void register(String path, Parameter p) {
    if (paths.putIfAbsent(path, p) != null) {
      throw new IllegalArgumentException("duplicate parameter " + path);
    }
  }

  /**
   * Every parameter of the tree by dotted path, in declaration order.
   *
   * @return an unmodifiable ordered view
   */
  public final Map<String, Parameter> parameters() {
    return Collections.unmodifiableMap(paths);
  }

  /**
   * The parameters under one path prefix, with the prefix removed.
   *
   * @param prefix e.g. {@code heads.}
   * @return an ordered copy
   */
  public final Map<String, Parameter> parameters(String prefix) {
    Map<String, Parameter> out = new LinkedHashMap<>();
    paths.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.put(k.substring(prefix.length()), v);
      }
    });
    return out;
  }

  /**
   * One parameter by path.
   *
   * @param path e.g. {@code pspi.fc0.weight}
   * @return the parameter
   * @throws IllegalArgumentException if there is none
   */
  public final Parameter parameter(String path) {
    Parameter p = paths.get(path);
    if (p == null) {
      throw new IllegalArgumentException("no parameter " + path + " in " + getClass()
          .getSimpleName());
    }
    return p;
  }

  /**
   * A child by name.
   *
   * @param name the path segment
   * @return the block
   * @throws IllegalArgumentException if there is none
   */
  public final Block child(String name) {
    Block b = named.get(name);
    if (b == null) {
      throw new IllegalArgumentException("no child " + name + " in " + getClass().getSimpleName()
          + "; children: " + named.keySet());
    }
    return b;
  }

  /** @return the arrays of every parameter (initialised), in declaration order */
  public final List<NDArray> arrays() {
    List<NDArray> out = new ArrayList<>(paths.size());
    paths.values().forEach(p -> out.add(p.getArray()));
    return out;
  }

  /** @return host copies of every parameter's values, by path */
  public final Map<String, HostTensor> snapshot() {
    return ParamFiles.snapshot(paths);
  }

  /**
   * Replaces every value; names and shapes must match exactly.
   *
   * @param values by path
   * @param source what the values come from, for the error message
   * @throws org.pain3d.vit.CheckpointDataException listing missing, unexpected and mis-shaped
   *     entries
   */
  public final void load(Map<String, HostTensor> values, String source) {
    ParamFiles.requireFit(source + " does not fit this model", paths, values);
    ParamFiles.copyInto(values, paths);
  }

  /**
   * Allocates every parameter not yet allocated (float32).
   *
   * @param manager owns the parameters; keep it open while the block is used
   */
  public final void initialize(NDManager manager) {
    for (Parameter p : paths.values()) {
      if (!p.isInitialized()) {
        p.initialize(manager, DataType.FLOAT32);
      }
    }
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... shapes) {
    for (Block b : named.values()) {
      b.initialize(manager, dataType, shapes);
    }
  }
}
