package org.pain3d.face;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded ICT-FaceKit morphable model: neutral mesh, dense identity modes, sparse expression
 * shapes, topology, landmarks and the vertex sets of {@code vertex_indices.json}.
 *
 * <p>Immutable after construction and safe to share between threads; per-thread evaluation
 * state lives in {@link MorphableFace}. Positions are {@code float[3V]} in cm (see the package
 * documentation for the frame).
 */
public final class FaceModel {
  private final MeshTopology topology;
  private final float[] neutral;
  private final float[][] identityModes;
  private final List<ExpressionShape> expressions;
  private final Map<String, Integer> expressionIndex;
  private final int[] landmarks;
  private final Map<String, int[]> vertexSets;
  private final String fingerprint;
  /** The blink closure's lid geometry, found on first use (null inside when the model has none). */
  private java.util.Optional<EyeLids> eyeLids;

  /**
   * @param topology faces, UVs and materials of the neutral mesh
   * @param neutral neutral positions, {@code float[3V]}
   * @param identityModes identity modes as deltas from neutral, each {@code float[3V]}
   * @param expressions expression shapes in the model's canonical order
   * @param landmarks the 68 landmark vertex indices (Multi-PIE order)
   * @param vertexSets named vertex index sets from {@code vertex_indices.json}
   * @param fingerprint a description of the source files this model was read from
   */
  public FaceModel(
      MeshTopology topology,
      float[] neutral,
      float[][] identityModes,
      List<ExpressionShape> expressions,
      int[] landmarks,
      Map<String, int[]> vertexSets,
      String fingerprint) {
    int v = neutral.length / 3;
    if (neutral.length % 3 != 0 || topology.vertexCount() != v) {
      throw new IllegalArgumentException("neutral mesh and topology disagree on the vertex count");
    }
    for (float[] mode : identityModes) {
      if (mode.length != neutral.length) {
        throw new IllegalArgumentException("identity mode length differs from the neutral mesh");
      }
    }
    for (ExpressionShape s : expressions) {
      for (int i : s.vertices()) {
        if (i < 0 || i >= v) {
          throw new IllegalArgumentException(s.name() + ": vertex index out of range " + i);
        }
      }
    }
    for (int i : landmarks) {
      if (i < 0 || i >= v) {
        throw new IllegalArgumentException("landmark vertex out of range: " + i);
      }
    }
    this.topology = topology;
    this.neutral = neutral;
    this.identityModes = identityModes;
    this.expressions = List.copyOf(expressions);
    this.expressionIndex = new HashMap<>();
    for (int i = 0; i < expressions.size(); i++) {
      if (expressionIndex.put(expressions.get(i).name(), i) != null) {
        throw new IllegalArgumentException("duplicate expression " + expressions.get(i).name());
      }
    }
    this.landmarks = landmarks.clone();
    this.vertexSets = Map.copyOf(vertexSets);
    this.fingerprint = fingerprint;
  }

  /** @return number of vertices V */
  public int vertexCount() {
    return neutral.length / 3;
  }

  /** @return number of identity modes */
  public int identityCount() {
    return identityModes.length;
  }

  /** @return number of expression shapes */
  public int expressionCount() {
    return expressions.size();
  }

  /** @return the faces, UVs and material groups */
  public MeshTopology topology() {
    return topology;
  }

  /** @return a copy of the neutral positions, {@code float[3V]} in cm */
  public float[] neutral() {
    return neutral.clone();
  }

  /**
   * @param i identity mode index
   * @return a copy of the mode's delta from neutral, {@code float[3V]} in cm
   */
  public float[] identityMode(int i) {
    return identityModes[i].clone();
  }

  /** @return the expression shapes in canonical order */
  public List<ExpressionShape> expressions() {
    return expressions;
  }

  /** @return the expression names in canonical order */
  public List<String> expressionNames() {
    return expressions.stream().map(ExpressionShape::name).toList();
  }

  /**
   * @param name an ICT expression name such as {@code browDown_L}
   * @return its index in the canonical order
   * @throws IllegalArgumentException when the model has no such shape
   */
  public int expressionIndex(String name) {
    Integer i = expressionIndex.get(name);
    if (i == null) {
      throw new IllegalArgumentException("the face model has no expression shape '" + name + "'");
    }
    return i;
  }

  /**
   * @param name an expression name
   * @return whether the model has it
   */
  public boolean hasExpression(String name) {
    return expressionIndex.containsKey(name);
  }

  /** @return the 68 landmark vertex indices (Multi-PIE order) */
  public int[] landmarks() {
    return landmarks.clone();
  }

  /** @return named vertex sets from {@code vertex_indices.json} (e.g. idx_to_rigid_verts) */
  public Map<String, int[]> vertexSets() {
    return vertexSets;
  }

  /**
   * @return the lid and eyeball geometry of {@link BlinkClosure} (found on first use), or null
   *     when the model is not the full ICT-FaceKit topology with both blink shapes
   */
  public synchronized EyeLids eyeLids() {
    if (eyeLids == null) {
      eyeLids = java.util.Optional.ofNullable(EyeLids.of(this));
    }
    return eyeLids.orElse(null);
  }

  /** @return the description of the source files (paths, sizes, times) */
  public String fingerprint() {
    return fingerprint;
  }

  /**
   * Identity-only evaluation: {@code out = neutral + sum_i w[i] * mode[i]}.
   *
   * @param identityWeights weights, length at most {@link #identityCount()} (missing = 0)
   * @param out positions, {@code float[3V]}, overwritten
   */
  public void evaluateIdentity(float[] identityWeights, float[] out) {
    checkLength(out);
    if (identityWeights.length > identityModes.length) {
      throw new IllegalArgumentException(
          "got " + identityWeights.length + " identity weights, the model has " + identityModes.length);
    }
    System.arraycopy(neutral, 0, out, 0, neutral.length);
    for (int i = 0; i < identityWeights.length; i++) {
      float w = identityWeights[i];
      if (w != 0f) {
        float[] m = identityModes[i];
        for (int j = 0; j < m.length; j++) {
          out[j] += w * m[j];
        }
      }
    }
  }

  /**
   * Adds expression shapes as authored (identity-independent deltas, no {@link BlinkClosure}):
   * {@code out += sum_j w[j] * shape[j]}.
   *
   * @param expressionWeights weights in canonical order, length {@link #expressionCount()}
   * @param out positions, {@code float[3V]}, updated in place
   */
  public void addExpressions(float[] expressionWeights, float[] out) {
    addExpressions(expressionWeights, BlinkClosure.NONE, out);
  }

  /**
   * Full evaluation: neutral + identity + expressions, the blink weights through the identity's
   * {@link BlinkClosure} (the positions {@link MorphableFace} gives).
   *
   * @param identityWeights identity weights (length at most {@link #identityCount()})
   * @param expressionWeights expression weights (length {@link #expressionCount()})
   * @param out positions, {@code float[3V]}, overwritten
   */
  public void evaluate(float[] identityWeights, float[] expressionWeights, float[] out) {
    evaluateIdentity(identityWeights, out);
    addExpressions(expressionWeights,
        BlinkClosure.changes(eyeLids(), expressionWeights)
            ? BlinkClosure.of(this, out).under(expressionWeights) : BlinkClosure.NONE, out);
  }

  private void addExpressions(float[] expressionWeights, BlinkClosure blink, float[] out) {
    checkLength(out);
    checkExpressionWeights(expressionWeights);
    for (int j = 0; j < expressionWeights.length; j++) {
      float w = blink.weight(j, expressionWeights[j]);
      if (w != 0f) {
        expressions.get(j).addTo(w, out);
      }
    }
    for (int eye = 0; eye < 2; eye++) {
      float back = blink.eyeballWeight(eye, expressionWeights);
      if (back != 0f) {
        blink.eyeball(eye).addTo(back, out);
      }
    }
  }

  void checkExpressionWeights(float[] expressionWeights) {
    if (expressionWeights.length != expressions.size()) {
      throw new IllegalArgumentException(
          "got " + expressionWeights.length + " expression weights, the model has " + expressions.size());
    }
  }

  private void checkLength(float[] out) {
    if (out.length != neutral.length) {
      throw new IllegalArgumentException(
          "output buffer has " + out.length + " floats, expected " + neutral.length);
    }
  }

  /** @return a new evaluator bound to this model (one per thread) */
  public MorphableFace newFace() {
    return new MorphableFace(this);
  }
}
