package org.pain3d.dataset;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.pain3d.io.AtomicFiles;
import org.pain3d.io.Json;
import org.pain3d.io.TempOwner;

/**
 * Writes the files of one dataset under a root directory, each atomically ({@link
 * AtomicFiles}), and records the SHA-256 of every file it writes for the manifest.
 *
 * <p>Thread-safe: the generator may write images of different identities in parallel.
 * Paths are relative to the root with {@code /} separators ({@link DatasetNaming}).
 * {@link #writeManifest} goes last; it lists the checksums of everything written before.
 */
public final class DatasetWriter {
  private final Path root;
  private final TempOwner owner;
  private final Map<String, String> checksums = new ConcurrentHashMap<>();

  /**
   * Creates a writer whose temporary files are this process's.
   *
   * @param root the dataset root (created on first write)
   */
  public DatasetWriter(Path root) {
    this(root, TempOwner.process());
  }

  /**
   * Creates a writer for a folder shared with other live writers.
   *
   * @param root the dataset root (created on first write)
   * @param owner whose temporary files this writer's are (a lock it holds)
   */
  public DatasetWriter(Path root, TempOwner owner) {
    this.root = root.toAbsolutePath().normalize();
    this.owner = owner;
  }

  /**
   * Returns the dataset root.
   *
   * @return the absolute root
   */
  public Path root() {
    return root;
  }

  /**
   * Resolves a relative dataset path.
   *
   * @param relative a path such as {@code images/x.png}
   * @return the absolute path
   */
  public Path resolve(String relative) {
    DatasetNaming.checkRelativePath(relative);
    return root.resolve(relative);
  }

  /**
   * Writes a file atomically and records its checksum.
   *
   * @param relative path relative to the root
   * @param body writes the content
   * @return the SHA-256 hex of what was written
   * @throws IOException when writing fails
   */
  public String write(String relative, AtomicFiles.Body body) throws IOException {
    return write(relative, AtomicFiles.FolderSync.AFTER_RENAME, body);
  }

  /**
   * Writes a file atomically and records its checksum, syncing its folder now or leaving that
   * to the caller ({@link AtomicFiles#syncFolder} on the parent of {@link #resolve}).
   *
   * @param relative path relative to the root
   * @param folderSync when the file's folder is synced
   * @param body writes the content
   * @return the SHA-256 hex of what was written
   * @throws IOException when writing fails
   */
  public String write(String relative, AtomicFiles.FolderSync folderSync, AtomicFiles.Body body)
      throws IOException {
    Path target = resolve(relative);
    MessageDigest digest = Sha256.newDigest();
    AtomicFiles.write(
        target,
        owner,
        folderSync,
        out -> {
          DigestOutputStream d = new DigestOutputStream(out, digest);
          body.writeTo(d);
          d.flush();
        });
    String hex = Sha256.hex(digest);
    checksums.put(relative, hex);
    return hex;
  }

  /**
   * Writes a file atomically through its path (for encoders that open the file themselves,
   * such as a video muxer) and records its checksum, taken from the finished temporary file.
   *
   * @param relative path relative to the root
   * @param body fills the temporary file (in the target's folder)
   * @return the SHA-256 hex of what was written
   * @throws IOException when writing fails (the target is unchanged)
   */
  public String writeFile(String relative, AtomicFiles.FileBody body) throws IOException {
    String[] hex = new String[1];
    AtomicFiles.writeFile(resolve(relative), owner, tmp -> {
      body.writeTo(tmp);
      hex[0] = Sha256.hex(tmp);
    });
    checksums.put(relative, hex[0]);
    return hex[0];
  }

  /**
   * Writes bytes (an encoded PNG, for example).
   *
   * @param relative path relative to the root
   * @param data the content
   * @return the SHA-256 hex
   * @throws IOException when writing fails
   */
  public String writeBytes(String relative, byte[] data) throws IOException {
    return write(relative, out -> out.write(data));
  }

  /**
   * Writes UTF-8 text.
   *
   * @param relative path relative to the root
   * @param text the content
   * @return the SHA-256 hex
   * @throws IOException when writing fails
   */
  public String writeText(String relative, String text) throws IOException {
    return writeBytes(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes a value as pretty-printed JSON with a final newline.
   *
   * @param relative path relative to the root
   * @param value a record or JSON node
   * @return the SHA-256 hex
   * @throws IOException when writing fails
   */
  public String writeJson(String relative, Object value) throws IOException {
    ObjectWriter w = Json.datasetPretty();
    return writeText(relative, w.writeValueAsString(value) + "\n");
  }

  /**
   * Writes values as JSON Lines: one compact JSON object per line, LF line ends.
   *
   * @param relative path relative to the root
   * @param rows the values
   * @return the SHA-256 hex
   * @throws IOException when writing fails
   */
  public String writeJsonLines(String relative, Iterable<?> rows) throws IOException {
    ObjectWriter w = Json.dataset();
    return write(
        relative,
        out -> {
          for (Object row : rows) {
            out.write(w.writeValueAsBytes(row));
            out.write('\n');
          }
        });
  }

  /**
   * Records the checksum of a file written earlier (by another run or shard of the same
   * dataset), so that {@link #writeManifest} lists it.
   *
   * @param relative path relative to the root
   * @param sha256 its SHA-256 hex
   */
  public void recordChecksum(String relative, String sha256) {
    DatasetNaming.checkRelativePath(relative);
    checksums.put(relative, sha256);
  }

  /**
   * Writes an annotation to {@code annotations/<base>_annotations.json}.
   *
   * @param annotation the annotation
   * @return the relative path written
   * @throws IOException when writing fails
   */
  public String writeAnnotation(PainAnnotation annotation) throws IOException {
    String rel = DatasetNaming.annotation(annotation.baseName());
    writeBytes(rel, AnnotationCodec.toBytes(annotation));
    return rel;
  }

  /**
   * Writes the split file {@link DatasetNaming#SPLIT_CSV}.
   *
   * @param rows one row per pain set
   * @return the SHA-256 hex
   * @throws IOException when writing fails
   */
  public String writeSplits(Collection<SplitRow> rows) throws IOException {
    return writeText(DatasetNaming.SPLIT_CSV, SplitCsv.format(rows));
  }

  /**
   * Writes {@link DatasetNaming#METADATA}.
   *
   * @param rows one row per image
   * @return the SHA-256 hex
   * @throws IOException when writing fails
   */
  public String writeMetadata(Iterable<MetadataRow> rows) throws IOException {
    return writeJsonLines(DatasetNaming.METADATA, rows);
  }

  /**
   * Writes {@link DatasetNaming#MANIFEST} with the checksums of every file written so far
   * (except a previous manifest).
   *
   * @param pain3dVersion the tool version
   * @param seed the generation seed
   * @param config the full generation config
   * @param counts file counts
   * @param provenance facts about the run
   * @return the manifest written
   * @throws IOException when writing fails
   */
  public DatasetManifest writeManifest(
      String pain3dVersion, long seed, ObjectNode config, DatasetCounts counts,
      Map<String, String> provenance)
      throws IOException {
    SortedMap<String, String> sums = checksums();
    sums.remove(DatasetNaming.MANIFEST);
    DatasetManifest m =
        new DatasetManifest(
            DatasetManifest.FORMAT_VERSION, pain3dVersion, seed, config, counts, sums,
            provenance);
    writeJson(DatasetNaming.MANIFEST, m);
    return m;
  }

  /**
   * Makes the images visible where the reference Python loader looks: a relative symbolic
   * link {@code meshes_inpainted -> images}. Our reader ignores it when the manifest is
   * present. Not listed in the manifest (it is a link, not a file).
   *
   * @throws IOException when the link cannot be created (for example, no symbolic-link
   *     support), or {@code meshes_inpainted} exists and is not that link
   */
  public void linkImagesForReferenceLoader() throws IOException {
    Path link = root.resolve(DatasetNaming.PUBLISHED_IMAGES_DIR);
    Path target = Path.of(DatasetNaming.IMAGES_DIR);
    Files.createDirectories(root.resolve(DatasetNaming.IMAGES_DIR));
    if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target)) {
      return;
    }
    Files.createSymbolicLink(link, target);
  }

  /**
   * Facts about this run for {@link DatasetManifest#provenance()}: UTC time, Java version
   * and vendor, operating system and architecture. Callers add their own (face model,
   * config file, git commit).
   *
   * @return an ordered, mutable map
   */
  public static Map<String, String> runProvenance() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("created_utc", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    p.put("java_version", System.getProperty("java.version"));
    p.put("java_vendor", System.getProperty("java.vendor"));
    p.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    return p;
  }

  /**
   * Returns the checksums recorded so far.
   *
   * @return a sorted copy: relative path to SHA-256 hex
   */
  public SortedMap<String, String> checksums() {
    return new TreeMap<>(checksums);
  }
}
