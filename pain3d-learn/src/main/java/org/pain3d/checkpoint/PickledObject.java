package org.pain3d.checkpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An inert stand-in for a Python object whose class this reader does not construct (optimizer
 * or callback state of unknown classes, numpy scalars, ...): the callable that would have made
 * it, its arguments and the state the pickle assigned to it. Loading never fails because of
 * one; using one where a tensor is needed does.
 */
public final class PickledObject {
  private final PickledGlobal type;
  private final List<Object> args;
  private Object state;
  private final Map<Object, Object> dictItems = new LinkedHashMap<>();
  private final List<Object> listItems = new ArrayList<>();

  PickledObject(PickledGlobal type, List<Object> args) {
    this.type = Objects.requireNonNull(type, "type");
    this.args = Objects.requireNonNull(args, "args");
  }

  /** @return the class or function that would have made the object */
  public PickledGlobal type() {
    return type;
  }

  /** @return its arguments (Java values as {@link TorchCheckpoint} describes them) */
  public List<Object> args() {
    return args;
  }

  /** @return the state set by the pickle ({@code __setstate__} / {@code __dict__}), or null */
  public Object state() {
    return state;
  }

  /**
   * The items the pickle added as to a dict (a dict subclass such as {@code defaultdict} or
   * Lightning's {@code AttributeDict}).
   *
   * @return the items in order, empty when none
   */
  public Map<Object, Object> dictItems() {
    return dictItems;
  }

  /** @return the items the pickle appended as to a list (a list subclass), empty when none */
  public List<Object> listItems() {
    return listItems;
  }

  void setState(Object newState) {
    this.state = newState;
  }

  @Override
  public String toString() {
    return "PickledObject[" + type.qualifiedName() + "]";
  }
}
