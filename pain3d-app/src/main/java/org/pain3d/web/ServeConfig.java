package org.pain3d.web;

import java.nio.file.Path;
import java.util.List;

/**
 * How {@code pain3d serve} runs.
 *
 * @param bind the address to listen on ({@code 127.0.0.1} by default: this machine only)
 * @param port the TCP port, 0..65535 (0: any free port)
 * @param datasets the dataset folders the browser may open (files are served from these only)
 * @param runs the training-run folders the model view may open (files are served from these only)
 * @param renderThreads rig render workers, 1..64
 * @param renderQueue rig renders waiting at most, 1..10000
 * @param maxUploadBytes the largest uploaded image, bytes (the request may hold two)
 */
public record ServeConfig(
    String bind, int port, List<Path> datasets, List<Path> runs, int renderThreads,
    int renderQueue, long maxUploadBytes) {
  /** The default address: loopback only. */
  public static final String LOOPBACK = "127.0.0.1";
  /** The default port. */
  public static final int DEFAULT_PORT = 7070;
  /** The default upload limit per image: 16 MiB. */
  public static final long DEFAULT_MAX_UPLOAD = 16L << 20;

  /** Validates the ranges. */
  public ServeConfig {
    if (bind == null || bind.isBlank()) {
      throw new IllegalArgumentException("--bind needs an address, e.g. 127.0.0.1");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be in 0..65535, got " + port);
    }
    datasets = List.copyOf(datasets);
    runs = List.copyOf(runs);
    if (renderThreads < 1 || renderThreads > 64) {
      throw new IllegalArgumentException("--render-threads must be in 1..64, got " + renderThreads);
    }
    if (renderQueue < 1 || renderQueue > 10_000) {
      throw new IllegalArgumentException("--render-queue must be in 1..10000, got " + renderQueue);
    }
    if (maxUploadBytes < 1024) {
      throw new IllegalArgumentException("the upload limit must be at least 1 KiB, got " + maxUploadBytes);
    }
  }

  /**
   * Defaults: loopback, port 7070, no folders, one render worker per core, 32 waiting renders,
   * 16 MiB uploads.
   *
   * @return the config
   */
  public static ServeConfig defaults() {
    return new ServeConfig(LOOPBACK, DEFAULT_PORT, List.of(), List.of(),
        Math.max(1, Math.min(64, Runtime.getRuntime().availableProcessors())), 32, DEFAULT_MAX_UPLOAD);
  }

  /**
   * A copy on another address and port.
   *
   * @param newBind the address
   * @param newPort the port
   * @return the copy
   */
  public ServeConfig withAddress(String newBind, int newPort) {
    return new ServeConfig(newBind, newPort, datasets, runs, renderThreads, renderQueue, maxUploadBytes);
  }

  /**
   * A copy with other folders.
   *
   * @param newDatasets dataset folders
   * @param newRuns run folders
   * @return the copy
   */
  public ServeConfig withFolders(List<Path> newDatasets, List<Path> newRuns) {
    return new ServeConfig(bind, port, newDatasets, newRuns, renderThreads, renderQueue, maxUploadBytes);
  }

  /**
   * A copy with other limits.
   *
   * @param threads render workers
   * @param queue waiting renders
   * @param uploadBytes upload limit per image
   * @return the copy
   */
  public ServeConfig withLimits(int threads, int queue, long uploadBytes) {
    return new ServeConfig(bind, port, datasets, runs, threads, queue, uploadBytes);
  }
}
