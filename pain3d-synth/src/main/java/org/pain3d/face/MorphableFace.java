package org.pain3d.face;

import java.util.Arrays;
import java.util.List;

/**
 * Evaluation state for one face of a {@link FaceModel}: a fixed identity and a changing
 * expression, for many expressions of the same person (neutral + pain sets).
 *
 * <p>Setting the identity costs one dense pass over the identity modes; changing the
 * expression only touches the vertices of the previously and newly active shapes, or only
 * the vertices of a {@link VertexSubset} when the caller reads no others. The blink shapes'
 * weights go through the identity's {@link BlinkClosure} (so a full blink closes its lids).
 * Not thread-safe: use one per thread.
 */
public final class MorphableFace {
  private final FaceModel model;
  private final float[] identityVertices;
  private final float[] vertices;
  private final float[] expressionWeights;
  private final boolean[] dirty;
  /**
   * The current identity's blink scales, computed on first need (null until then): its lid check
   * casts through the skin around the eyes, which only a blink past {@link BlinkClosure#ONSET}
   * reads.
   */
  private BlinkClosure blink;
  private int[] dirtyList;
  private int dirtyCount;
  /** The subset the last expression was evaluated over, or null when it covered every vertex. */
  private VertexSubset evaluated;
  /**
   * The shapes restricted to the last subset, or to the last subset's base (made on first use of
   * that subset; a base is shared by many subsets, such as a LOD's vertices by every clip's).
   */
  private Restriction restricted;
  /** The shapes restricted to the last extended subset's {@link VertexSubset#rest()}. */
  private Restriction restrictedRest;

  /**
   * The model's shapes at the vertices of a subset.
   *
   * @param of the subset
   * @param shapes the expression shapes, in the model's order
   * @param eyeballs the {@link EyeLids#eyeballs()} (null without them)
   */
  private record Restriction(VertexSubset of, ExpressionShape[] shapes, ExpressionShape[] eyeballs) {
    static Restriction of(FaceModel model, VertexSubset subset) {
      List<ExpressionShape> all = model.expressions();
      ExpressionShape[] shapes = new ExpressionShape[all.size()];
      for (int j = 0; j < shapes.length; j++) {
        shapes[j] = all.get(j).restrictedTo(subset);
      }
      EyeLids eyes = model.eyeLids();
      ExpressionShape[] eyeballs = eyes == null ? null
          : new ExpressionShape[] {eyes.eyeballs()[0].restrictedTo(subset), eyes.eyeballs()[1].restrictedTo(subset)};
      return new Restriction(subset, shapes, eyeballs);
    }
  }

  MorphableFace(FaceModel model) {
    this.model = model;
    int n = 3 * model.vertexCount();
    this.identityVertices = new float[n];
    this.vertices = new float[n];
    this.expressionWeights = new float[model.expressionCount()];
    this.dirty = new boolean[model.vertexCount()];
    this.dirtyList = new int[1024];
    model.evaluateIdentity(new float[0], identityVertices);
    System.arraycopy(identityVertices, 0, vertices, 0, n);
  }

  /** @return the model */
  public FaceModel model() {
    return model;
  }

  /**
   * Sets the identity and resets the expression to neutral.
   *
   * @param identityWeights identity weights (length at most the model's identity count)
   */
  public void setIdentity(float[] identityWeights) {
    model.evaluateIdentity(identityWeights, identityVertices);
    blink = null;
    System.arraycopy(identityVertices, 0, vertices, 0, vertices.length);
    clearDirty();
    evaluated = null;
    Arrays.fill(expressionWeights, 0f);
  }

  /**
   * Adds per-vertex offsets to the current identity (e.g. soft-tissue ageing) and resets the
   * expression to neutral; expressions then deform the offset face.
   *
   * @param offsets per-vertex offsets, world cm, shape [3V]
   */
  public void offsetIdentity(float[] offsets) {
    if (offsets.length != identityVertices.length) {
      throw new IllegalArgumentException("offsets must have 3V = " + identityVertices.length + " values");
    }
    for (int i = 0; i < offsets.length; i++) {
      identityVertices[i] += offsets[i];
    }
    blink = null;
    System.arraycopy(identityVertices, 0, vertices, 0, vertices.length);
    clearDirty();
    evaluated = null;
    Arrays.fill(expressionWeights, 0f);
  }

  /**
   * Sets the expression on the current identity.
   *
   * @param weights expression weights in the model's canonical order
   */
  public void setExpression(float[] weights) {
    model.checkExpressionWeights(weights);
    if (evaluated == null && Arrays.equals(weights, expressionWeights)) {
      return; // the same weights give the same positions (a clip's plateaus: lead-in, apex, rest)
    }
    if (evaluated != null) {
      System.arraycopy(identityVertices, 0, vertices, 0, vertices.length);
      evaluated = null;
    }
    for (int k = 0; k < dirtyCount; k++) {
      int o = 3 * dirtyList[k];
      vertices[o] = identityVertices[o];
      vertices[o + 1] = identityVertices[o + 1];
      vertices[o + 2] = identityVertices[o + 2];
    }
    clearDirty();
    BlinkClosure closure = closureFor(weights);
    for (int j = 0; j < weights.length; j++) {
      float w = closure.weight(j, weights[j]);
      if (w != 0f) {
        ExpressionShape s = model.expressions().get(j);
        markDirty(s.vertices());
        s.addTo(w, vertices);
      }
    }
    for (int eye = 0; eye < 2; eye++) {
      float back = closure.eyeballWeight(eye, weights);
      if (back != 0f) {
        markDirty(closure.eyeball(eye).vertices());
        closure.eyeball(eye).addTo(back, vertices);
      }
    }
    System.arraycopy(weights, 0, expressionWeights, 0, weights.length);
  }

  /**
   * Sets the expression on the current identity at the vertices of a subset only: those get
   * exactly the positions {@link #setExpression(float[])} gives them (same shapes, same order
   * of additions); every other vertex is left undefined until the next full {@link
   * #setExpression(float[])}, {@link #setIdentity} or {@link #offsetIdentity}.
   *
   * @param weights expression weights in the model's canonical order
   * @param subset the vertices to evaluate (of this model)
   */
  public void setExpression(float[] weights, VertexSubset subset) {
    model.checkExpressionWeights(weights);
    if (subset.vertexCount() != model.vertexCount()) {
      throw new IllegalArgumentException("subset of " + subset.vertexCount() + " vertices, model has "
          + model.vertexCount());
    }
    if (evaluated == subset && Arrays.equals(weights, expressionWeights)) {
      return;
    }
    // An extended subset is evaluated as its base and its rest: every vertex lies in exactly one
    // of them and receives the same additions in the same order.
    VertexSubset whole = subset.base() == null ? subset : subset.base();
    if (restricted == null || restricted.of() != whole) {
      restricted = Restriction.of(model, whole);
    }
    Restriction rest = null;
    if (subset.base() != null) {
      if (restrictedRest == null || restrictedRest.of() != subset.rest()) {
        restrictedRest = Restriction.of(model, subset.rest());
      }
      rest = restrictedRest;
    }
    clearDirty();
    for (int v : subset.vertices()) {
      int o = 3 * v;
      vertices[o] = identityVertices[o];
      vertices[o + 1] = identityVertices[o + 1];
      vertices[o + 2] = identityVertices[o + 2];
    }
    BlinkClosure closure = closureFor(weights);
    for (int j = 0; j < weights.length; j++) {
      float w = closure.weight(j, weights[j]);
      if (w != 0f) {
        restricted.shapes()[j].addTo(w, vertices);
        if (rest != null) {
          rest.shapes()[j].addTo(w, vertices);
        }
      }
    }
    for (int eye = 0; eye < 2; eye++) {
      float back = closure.eyeballWeight(eye, weights);
      if (back != 0f) {
        restricted.eyeballs()[eye].addTo(back, vertices);
        if (rest != null) {
          rest.eyeballs()[eye].addTo(back, vertices);
        }
      }
    }
    System.arraycopy(weights, 0, expressionWeights, 0, weights.length);
    evaluated = subset;
  }

  /** @return the current positions, {@code float[3V]} in cm (live view: do not modify) */
  public float[] vertices() {
    return vertices;
  }

  /** @return the identity-only positions, {@code float[3V]} in cm (live view: do not modify) */
  public float[] identityVertices() {
    return identityVertices;
  }

  /** @return the current identity's blink scales */
  public BlinkClosure blinkClosure() {
    if (blink == null) {
      blink = BlinkClosure.of(model, identityVertices);
    }
    return blink;
  }

  /**
   * The closure expression weights go through: {@link BlinkClosure#NONE} when no blink weight
   * passes the onset (the closure leaves such weights as they are), else the identity's under
   * these weights' squeeze.
   */
  private BlinkClosure closureFor(float[] weights) {
    return BlinkClosure.changes(model.eyeLids(), weights) ? blinkClosure().under(weights) : BlinkClosure.NONE;
  }

  /** @return a copy of the current expression weights (as given, before the {@link BlinkClosure}) */
  public float[] expressionWeights() {
    return expressionWeights.clone();
  }

  private void markDirty(int[] idx) {
    for (int i : idx) {
      if (!dirty[i]) {
        dirty[i] = true;
        if (dirtyCount == dirtyList.length) {
          dirtyList = Arrays.copyOf(dirtyList, dirtyList.length * 2);
        }
        dirtyList[dirtyCount++] = i;
      }
    }
  }

  private void clearDirty() {
    for (int k = 0; k < dirtyCount; k++) {
      dirty[dirtyList[k]] = false;
    }
    dirtyCount = 0;
  }
}
