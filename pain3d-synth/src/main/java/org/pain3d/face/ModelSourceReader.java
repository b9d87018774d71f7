package org.pain3d.face;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.tukaani.xz.SeekableFileInputStream;
import org.tukaani.xz.SeekableXZInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Hands every model file of a source (directory or archive) to a sink, using a thread pool
 * where the form allows: directory files and zip entries are read in parallel, the blocks of
 * a multi-block .xz are decompressed in parallel.
 */
final class ModelSourceReader {
  /** Receives one model file; called from pool threads, so it must be thread-safe. */
  interface Sink {
    /**
     * @param path the file's path inside the source, '/'-separated
     * @param displayName how to name the file in messages (source + path)
     * @param data the file's bytes
     */
    void accept(String path, String displayName, byte[] data) throws IOException;
  }

  private ModelSourceReader() {}

  static void read(Path source, ModelSourceKind kind, ExecutorService pool, Sink sink)
      throws IOException {
    switch (kind) {
      case DIRECTORY -> readDirectory(source, pool, sink);
      case ZIP -> readZip(source, pool, sink);
      case TAR_GZ -> {
        try (InputStream in = new GzipCompressorInputStream(
            new BufferedInputStream(Files.newInputStream(source), 1 << 16))) {
          readTar(source, in, sink);
        }
      }
      case TAR_XZ -> readTarXz(source, pool, sink);
    }
  }

  /**
   * @param dir a directory given by the user
   * @return the folder holding the model files: {@code dir/FaceXModel} or {@code dir}
   * @throws FaceModelFormatException when neither holds the neutral mesh
   */
  static Path modelDirectory(Path dir) throws FaceModelFormatException {
    Path nested = dir.resolve(ModelFiles.FOLDER);
    if (Files.isRegularFile(nested.resolve(ModelFiles.NEUTRAL))) {
      return nested;
    }
    if (Files.isRegularFile(dir.resolve(ModelFiles.NEUTRAL))) {
      return dir;
    }
    throw new FaceModelFormatException(
        dir + ": no " + ModelFiles.NEUTRAL + " here nor in " + ModelFiles.FOLDER + "/");
  }

  /**
   * @param dir the model folder
   * @return the model files in it, sorted by name
   */
  static List<Path> listModelFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && ModelFiles.isModelFile(p.getFileName().toString()))
          .sorted()
          .toList();
    }
  }

  private static void readDirectory(Path dir, ExecutorService pool, Sink sink) throws IOException {
    Path modelDir = modelDirectory(dir);
    List<Future<?>> tasks = new ArrayList<>();
    for (Path p : listModelFiles(modelDir)) {
      tasks.add(pool.submit(() -> {
        sink.accept(p.getFileName().toString(), p.toString(), Files.readAllBytes(p));
        return null;
      }));
    }
    await(tasks);
  }

  private static void readZip(Path source, ExecutorService pool, Sink sink) throws IOException {
    try (ZipFile zip = new ZipFile(source.toFile())) {
      List<Future<?>> tasks = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (entry.isDirectory() || !ModelFiles.isModelFile(ModelFiles.baseName(entry.getName()))) {
          continue;
        }
        tasks.add(pool.submit(() -> {
          byte[] data;
          try (InputStream in = zip.getInputStream(entry)) {
            data = in.readAllBytes();
          }
          sink.accept(entry.getName(), source + "!" + entry.getName(), data);
          return null;
        }));
      }
      await(tasks);
    } catch (java.util.zip.ZipException e) {
      throw new FaceModelFormatException(source + ": broken zip archive: " + e.getMessage(), e);
    }
  }

  private static void readTarXz(Path source, ExecutorService pool, Sink sink) throws IOException {
    int blocks;
    try (SeekableXZInputStream xz = new SeekableXZInputStream(new SeekableFileInputStream(source.toFile()))) {
      blocks = xz.getBlockCount();
    } catch (org.tukaani.xz.XZFormatException | org.tukaani.xz.CorruptedInputException e) {
      throw new FaceModelFormatException(source + ": broken xz archive: " + e.getMessage(), e);
    }
    if (blocks <= 1) {
      try (InputStream in = new XZInputStream(new BufferedInputStream(Files.newInputStream(source), 1 << 16))) {
        readTar(source, in, sink);
      }
      return;
    }
    List<Future<byte[]>> parts = new ArrayList<>();
    for (int b = 0; b < blocks; b++) {
      int block = b;
      parts.add(pool.submit(() -> decodeBlock(source, block)));
    }
    List<InputStream> streams = new ArrayList<>();
    for (Future<byte[]> part : parts) {
      streams.add(new ByteArrayInputStream(get(part)));
    }
    readTar(source, new SequenceInputStream(Collections.enumeration(streams)), sink);
  }

  private static byte[] decodeBlock(Path source, int block) throws IOException {
    try (SeekableXZInputStream xz = new SeekableXZInputStream(new SeekableFileInputStream(source.toFile()))) {
      long size = xz.getBlockSize(block);
      if (size > Integer.MAX_VALUE - 16) {
        throw new FaceModelFormatException(source + ": xz block " + block + " too large");
      }
      xz.seekToBlock(block);
      byte[] out = new byte[(int) size];
      int n = xz.readNBytes(out, 0, out.length);
      if (n != out.length) {
        throw new FaceModelFormatException(source + ": xz block " + block + " is truncated");
      }
      return out;
    }
  }

  private static void readTar(Path source, InputStream in, Sink sink) throws IOException {
    String at = "its first entry";
    try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        at = entry.getName();
        if (!entry.isFile() || !ModelFiles.isModelFile(ModelFiles.baseName(entry.getName()))) {
          continue;
        }
        byte[] data = tar.readAllBytes();
        if (entry.getSize() >= 0 && data.length != entry.getSize()) {
          throw new FaceModelFormatException(source + "!" + entry.getName() + ": truncated in the archive");
        }
        sink.accept(entry.getName(), source + "!" + entry.getName(), data);
        at = "the entry after " + entry.getName();
      }
    } catch (FaceModelFormatException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new FaceModelFormatException(source + ": broken tar archive at " + at + ": " + e.getMessage(), e);
    } catch (IOException e) {
      // A tar cut short inside a valid compressed stream ("Truncated TAR archive"), a damaged
      // header or compressed block: the archive is bad input, not an I/O failure.
      if (e instanceof java.nio.file.FileSystemException) {
        throw e;
      }
      throw new FaceModelFormatException(source + "!" + at + ": the archive is truncated or corrupt ("
          + e.getMessage() + "); download or copy it again", e);
    }
  }

  private static void await(List<? extends Future<?>> tasks) throws IOException {
    try {
      for (Future<?> t : tasks) {
        get(t);
      }
    } finally {
      for (Future<?> t : tasks) {
        t.cancel(true);
      }
    }
  }

  static <T> T get(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while loading the face model");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException(c);
    }
  }
}
