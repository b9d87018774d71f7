package org.pain3d.web.rig;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.pain3d.face.FaceModel;

/**
 * Idle rig scenes, reused across requests: a render takes the idle stage of its size that
 * already shows its identity in its scene, else one of its size (re-identified), else a new one; when the
 * pool is full the least recently used idle stage is dropped. Building a stage rasterises the
 * skin layout, putting an identity on it bakes the skin texture, so a client that only moves
 * sliders renders without either. Thread-safe.
 */
final class ScenePool implements AutoCloseable {
  private final FaceModel model;
  private final int maxIdle;
  /** Idle stages, least recently used first. */
  private final List<Stage> idle = new ArrayList<>();
  private boolean closed;

  /**
   * @param model the face model
   * @param maxIdle idle stages kept at most
   */
  ScenePool(FaceModel model, int maxIdle) {
    if (maxIdle < 1) {
      throw new IllegalArgumentException("the scene pool needs room for one stage");
    }
    this.model = model;
    this.maxIdle = maxIdle;
  }

  /**
   * Takes a stage for a render; give it back with {@link #release}.
   *
   * @param size image side
   * @param superSample supersampling factor
   * @param identity the identity to show
   * @param scene the scene to show it in
   * @return a stage of the size, showing the identity in the scene when an idle one did,
   *     owned by the caller ({@link Stage#pose} puts on what is missing)
   */
  Stage acquire(int size, int superSample, RigIdentity identity, RigScene scene) {
    Stage s = take(size, superSample, identity, scene);
    return s != null ? s : new Stage(model, size, superSample);
  }

  /**
   * Returns a stage to the pool.
   *
   * @param stage a stage from {@link #acquire}
   */
  void release(Stage stage) {
    Stage dropped = null;
    synchronized (this) {
      if (closed) {
        dropped = stage;
      } else {
        idle.add(stage);
        if (idle.size() > maxIdle) {
          dropped = idle.remove(0);
        }
      }
    }
    if (dropped != null) {
      dropped.close();
    }
  }

  private synchronized Stage take(int size, int superSample, RigIdentity identity, RigScene scene) {
    for (int i = idle.size() - 1; i >= 0; i--) {
      Stage s = idle.get(i);
      if (s.size == size && s.superSample == superSample && s.shows(identity, scene)) {
        return idle.remove(i);
      }
    }
    for (int i = 0; i < idle.size(); i++) {
      Stage s = idle.get(i);
      if (s.size == size && s.superSample == superSample) {
        return idle.remove(i);
      }
    }
    return null;
  }

  /** @return idle stages now (for tests) */
  synchronized int idleCount() {
    return idle.size();
  }

  @Override
  public void close() {
    List<Stage> all;
    synchronized (this) {
      closed = true;
      all = new ArrayList<>(idle);
      idle.clear();
    }
    for (Iterator<Stage> it = all.iterator(); it.hasNext();) {
      it.next().close();
    }
  }
}
