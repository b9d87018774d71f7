package org.pain3d.dataset;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The 3DPain release as downloaded (SPEC.md section 3): the folders {@code images/}, {@code
 * heatmaps/}, {@code annotations/} and {@code textured_meshes/} each hold {@code tar.gz} shards
 * ({@code images/images_00000.tar.gz}, ...) and a {@code README.txt}. Read straight from the
 * shards, streaming, one pass per shard; nothing is extracted.
 *
 * <p>A member's place is its file name, whatever folders the shard stores it under; an image
 * of the index is named by a path inside its shard ({@code images/images_00000.tar.gz/...
 * /flame_sample_0001_pain_3_textured_view_000_inpainted.jpg}), which {@link #readMember}
 * reads. The split CSV ({@value DatasetNaming#SPLIT_CSV_NAME}) is read from the root, from
 * {@code splits/}, or from any shard that holds it.
 */
public final class ReleaseShards {
  /** The release's folders, in the order they are read. */
  public static final List<String> FOLDERS =
      List.of("annotations", "images", "heatmaps", "textured_meshes");
  private static final String SHARD_SUFFIX = ".tar.gz";

  private ReleaseShards() {}

  /**
   * Whether a folder is the release as downloaded: one of its {@link #FOLDERS} holds a {@code
   * .tar.gz} shard.
   *
   * @param root a dataset root
   * @return whether it holds shards
   * @throws IOException when a folder cannot be listed
   */
  public static boolean isRelease(Path root) throws IOException {
    for (String f : FOLDERS) {
      if (!shards(root.resolve(f)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether to read a folder from its shards: it holds shards ({@link #isRelease}) and no
   * extracted image ({@code images/} and {@code meshes_inpainted/} hold no image file).
   *
   * @param root a dataset root
   * @return whether {@link #read} applies
   * @throws IOException when a folder cannot be listed
   */
  public static boolean readFromShards(Path root) throws IOException {
    if (!Files.isDirectory(root) || !isRelease(root)) {
      return false;
    }
    for (String dir : List.of(DatasetNaming.IMAGES_DIR, DatasetNaming.PUBLISHED_IMAGES_DIR)) {
      Path d = root.resolve(dir);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          if (s.anyMatch(p -> DatasetNaming.isImageFile(p.getFileName().toString()))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * The shards of one folder, sorted by name.
   *
   * @param folder e.g. {@code root/images}
   * @return its {@code .tar.gz} files (empty when the folder is missing)
   * @throws IOException when it cannot be listed
   */
  public static List<Path> shards(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(SHARD_SUFFIX))
          .filter(Files::isRegularFile).sorted().toList();
    }
  }

  /**
   * Reads the release: every shard once.
   *
   * @param root the release root
   * @param options reader options (the layout is {@link LayoutKind#PUBLISHED}; a split file
   *     named in the options wins)
   * @return the index; images are named inside their shards
   * @throws IOException when a shard cannot be read or is not a tar.gz
   * @throws DatasetDataException when an annotation or the split file is malformed, or a pain
   *     image has no annotation (unless skipped)
   */
  public static DatasetIndex read(Path root, ReaderOptions options) throws IOException {
    ReleaseScan scan = ReleaseScan.of(root, options.splitCsv(), true);
    Optional<Path> csv = scan.splitCsv();
    java.util.Map<String, Split> splits = csv.isEmpty() ? java.util.Map.of()
        : DatasetReader.knownSplits(scan.splitRows(), scan.labels().keySet(), csv.get(),
            options);
    return DatasetReader.assemble(scan.root(), LayoutKind.PUBLISHED, scan.images(),
        scan.labels(), scan.annotations(), splits, csv, options);
  }

  /**
   * Visits every member (regular files only) of every shard of a folder, in order.
   *
   * @param folder the folder
   * @param visitor gets the member's path inside the shard and a stream of its bytes
   * @throws IOException when a shard is not a readable tar.gz (the message names it)
   */
  static void forEachMember(Path folder, MemberVisitor visitor) throws IOException {
    for (Path shard : shards(folder)) {
      try (TarArchiveInputStream tar = open(shard)) {
        for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
          if (e.isFile()) {
            visitor.visit(shard, e.getName(), tar);
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new DatasetDataException(shard, "not a readable tar.gz shard: " + e.getMessage(),
            e);
      }
    }
  }

  /**
   * Reads one member of a shard, by the path {@link #read} gives its images.
   *
   * @param member {@code SHARD.tar.gz/NAME}
   * @return its bytes
   * @throws NoSuchFileException when the shard does not hold it
   * @throws IOException when the shard cannot be read
   */
  public static byte[] readMember(Path member) throws IOException {
    Path shard = shardOf(member).orElseThrow(() -> new NoSuchFileException(member.toString()));
    String name = shard.relativize(member).toString().replace('\\', '/');
    try (TarArchiveInputStream tar = open(shard)) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        if (e.isFile() && e.getName().equals(name)) {
          return tar.readAllBytes();
        }
      }
    }
    throw new NoSuchFileException(member.toString(), null, "not in the shard");
  }

  /**
   * The shard a path names a member of.
   *
   * @param path a path
   * @return its ancestor that is a {@code .tar.gz} file, if any
   */
  public static Optional<Path> shardOf(Path path) {
    for (Path p = path.getParent(); p != null; p = p.getParent()) {
      if (p.getFileName() != null && p.getFileName().toString().endsWith(SHARD_SUFFIX)
          && Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static TarArchiveInputStream open(Path shard) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(shard), 1 << 16);
    try {
      return new TarArchiveInputStream(new GzipCompressorInputStream(in, true));
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads a split CSV's text.
   *
   * @param in its bytes
   * @param name names it in messages
   * @return the rows
   * @throws IOException when it cannot be read
   */
  static List<SplitRow> readSplit(InputStream in, Path name) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    try (BufferedReader r = new BufferedReader(new StringReader(text))) {
      return SplitCsv.read(r, name);
    }
  }

  /** Receives the members of the shards. */
  @FunctionalInterface
  interface MemberVisitor {
    /**
     * One member.
     *
     * @param shard the shard
     * @param name the member's path inside it
     * @param content its bytes (read at most once, do not close)
     * @throws IOException when the content cannot be read
     */
    void visit(Path shard, String name, InputStream content) throws IOException;
  }
}
