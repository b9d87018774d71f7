package org.pain3d.checkpoint;

import java.util.Objects;

/**
 * A Python class or function named by a pickle that this reader does not construct, kept as its
 * name only. Nothing is ever executed: calling it in the pickle yields a {@link PickledObject}.
 *
 * @param module the Python module, e.g. {@code lightning.pytorch.callbacks}
 * @param name the qualified name in the module
 */
public record PickledGlobal(String module, String name) {

  /** Checks the names. */
  public PickledGlobal {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(name, "name");
  }

  /** @return {@code module.name} */
  public String qualifiedName() {
    return module + "." + name;
  }
}
