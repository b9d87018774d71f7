package org.pain3d.synth;

/** Receives the progress of a clip generation (called from worker threads). */
public interface ClipProgress {
  /**
   * @param clipsToDo clips this run will make
   * @param framesPerClip frames of each clip
   * @param identitiesSkipped identities of this shard already finished (resume)
   */
  void started(int clipsToDo, int framesPerClip, int identitiesSkipped);

  /** One more frame rendered and encoded. */
  void frame();

  /** A progress sink that ignores everything. */
  ClipProgress NONE = new ClipProgress() {
    @Override
    public void started(int clipsToDo, int framesPerClip, int identitiesSkipped) {}

    @Override
    public void frame() {}
  };
}
