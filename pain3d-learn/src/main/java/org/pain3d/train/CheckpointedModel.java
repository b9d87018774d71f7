package org.pain3d.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run folder's checkpoints ({@link Checkpoints}, kept by {@link Checkpointer}) hold of a
 * model: its config, written once to {@link #configFile()} and compared on resume, and its
 * trainable weight files, written into every generation. One mechanism for every model: ViTPain
 * ({@link VitPainWeights}: {@code model.json}, heads, adapters or backbone) and the temporal
 * model ({@code org.pain3d.clips.TemporalWeights}: {@code temporal.json}, the temporal heads).
 */
public interface CheckpointedModel {
  /** @return the config file's name in the run folder, e.g. {@code model.json} */
  String configFile();

  /**
   * The config that rebuilds the model: written as JSON to {@link #configFile()} in a new run
   * folder; a resumed run must read back an equal value (same record class).
   *
   * @return the config record
   */
  Record config();

  /** @return the weight files of a checkpoint, without prefix (e.g. {@code heads.safetensors}) */
  List<String> fileNames();

  /**
   * Writes one of the {@link #fileNames()} atomically.
   *
   * @param dir the folder (created when missing)
   * @param prefix file name prefix ({@code ""} in a generation folder)
   * @param name the file's name without the prefix
   * @throws IOException if it cannot be written
   */
  void saveFile(Path dir, String prefix, String name) throws IOException;

  /**
   * Reads every weight file written by {@link #saveFile}.
   *
   * @param dir the folder
   * @param prefix file name prefix ({@code ""}, {@link RunFiles#LAST} or {@link RunFiles#BEST})
   * @throws IOException if a file cannot be read
   * @throws org.pain3d.vit.CheckpointDataException if the weights do not fit the model
   */
  void load(Path dir, String prefix) throws IOException;
}
