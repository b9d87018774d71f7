package org.pain3d.synth;

/** Receives the progress of a generation (called from worker threads). */
public interface GenerationProgress {
  /**
   * @param identitiesToDo identities this run will generate
   * @param identitiesSkipped identities of this shard already finished (resume)
   */
  void started(int identitiesToDo, int identitiesSkipped);

  /**
   * @param identity the identity just finished
   * @param images images it wrote
   */
  void identityFinished(int identity, int images);

  /** A progress sink that ignores everything. */
  GenerationProgress NONE = new GenerationProgress() {
    @Override
    public void started(int identitiesToDo, int identitiesSkipped) {}

    @Override
    public void identityFinished(int identity, int images) {}
  };
}
