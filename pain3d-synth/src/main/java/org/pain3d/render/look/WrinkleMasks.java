package org.pain3d.render.look;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.face.ExpressionShape;
import org.pain3d.face.FaceModel;

/**
 * Where each wrinkle-driving blendshape moves the skin: per shape, per vertex, its
 * displacement at full weight relative to the shape's largest one, through a smooth ramp
 * (0 below 5 %, 1 from 30 %). A wrinkle of {@link WrinkleGroup} only shows where one of its
 * shapes moves the skin, so wrinkles sit inside the pain-region heatmap (the displacement
 * from the neutral face) by construction. Depends on the model only (ICT-FaceKit
 * expressions are identity-independent deltas); immutable, thread-safe.
 */
public final class WrinkleMasks {
  private final Map<String, float[]> masks = new LinkedHashMap<>();
  private final Map<String, Integer> indices = new LinkedHashMap<>();

  private WrinkleMasks() {}

  /**
   * @param model the face model
   * @return the masks of every shape named by a {@link WrinkleGroup} that the model has
   */
  public static WrinkleMasks of(FaceModel model) {
    WrinkleMasks w = new WrinkleMasks();
    int n = model.vertexCount();
    for (WrinkleGroup g : WrinkleGroup.values()) {
      for (String name : g.shapes()) {
        if (w.masks.containsKey(name) || !model.hasExpression(name)) {
          continue;
        }
        int index = model.expressionIndex(name);
        ExpressionShape s = model.expressions().get(index);
        float[] mag = new float[n];
        float max = 0;
        int[] vs = s.vertices();
        float[] d = s.deltas();
        for (int k = 0; k < vs.length; k++) {
          float m = (float) Math.sqrt(d[3 * k] * d[3 * k] + d[3 * k + 1] * d[3 * k + 1] + d[3 * k + 2] * d[3 * k + 2]);
          mag[vs[k]] = m;
          max = Math.max(max, m);
        }
        for (int v = 0; v < n; v++) {
          mag[v] = max > 0 ? FaceFrame.smooth((mag[v] / max - 0.05f) / 0.25f) : 0;
        }
        w.masks.put(name, mag);
        w.indices.put(name, index);
      }
    }
    return w;
  }

  /**
   * @param shape an ICT-FaceKit expression name
   * @return its per-vertex mask in [0, 1], shape [n], or null when the model lacks it
   */
  public float[] mask(String shape) {
    return masks.get(shape);
  }

  /**
   * @param shape an ICT-FaceKit expression name
   * @return its index in the model's expression weights, or -1 when the model lacks it
   */
  public int index(String shape) {
    return indices.getOrDefault(shape, -1);
  }

  /**
   * @param g a group
   * @return the group's shapes that the model has
   */
  public List<String> shapesOf(WrinkleGroup g) {
    return g.shapes().stream().filter(masks::containsKey).toList();
  }
}
