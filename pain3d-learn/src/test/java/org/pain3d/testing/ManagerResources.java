package org.pain3d.testing;

import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDManager;
import java.lang.reflect.Field;
import java.util.Map;

/**
 * Counts the resources (arrays, sub-managers) a DJL manager holds, to catch arrays that attach
 * to a long-lived manager on every step (DJL attaches an op's result to the manager of its left
 * operand). Reads DJL 0.35's private {@code BaseNDManager.resources} map.
 */
public final class ManagerResources {
  private ManagerResources() {}

  /**
   * @param manager a base manager or sub-manager
   * @return how many resources it holds now
   */
  public static int count(NDManager manager) {
    try {
      Field f = BaseNDManager.class.getDeclaredField("resources");
      f.setAccessible(true);
      return ((Map<?, ?>) f.get(manager)).size();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("DJL's BaseNDManager has no 'resources' field any more", e);
    }
  }
}
