package org.pain3d.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A folder the server was opened on ({@code --dataset}, {@code --run}), and the only way a
 * request reaches a file in it.
 *
 * <p>A requested path is relative, with {@code /} between segments; it is refused (403) when it
 * is absolute, has an empty, {@code .} or {@code ..} segment, a hidden segment (leading dot), a
 * backslash or a control character, or when the file it names, after following every symbolic
 * link, lies outside the folder's real path (a link inside the folder to elsewhere). Links that
 * stay inside (our {@code meshes_inpainted -> images}) are followed. Only regular files of the
 * listed types are served.
 */
public final class ServedFolder {
  /** Served file types: extension to content type. */
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("json", "application/json"),
      Map.entry("jsonl", "text/plain; charset=utf-8"),
      Map.entry("csv", "text/csv; charset=utf-8"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("mp4", "video/mp4"));

  private final Path root;

  private ServedFolder(Path root) {
    this.root = root;
  }

  /**
   * Opens a folder.
   *
   * @param dir an existing directory
   * @return the folder, rooted at its real path
   * @throws NoSuchFileException when it does not exist
   * @throws IllegalArgumentException when it is not a directory
   * @throws IOException when its real path cannot be read
   */
  public static ServedFolder of(Path dir) throws IOException {
    Path real = dir.toRealPath();
    if (!Files.isDirectory(real)) {
      throw new IllegalArgumentException(dir + " is not a directory");
    }
    return new ServedFolder(real);
  }

  /**
   * The folder's real path.
   *
   * @return the absolute, link-free root
   */
  public Path root() {
    return root;
  }

  /**
   * Resolves a requested file.
   *
   * @param relative the path from the request, {@code /}-separated
   * @return the file's real path, inside the root
   * @throws WebException FORBIDDEN for a path that is not plain and relative, leaves the folder
   *     or names an unserved type; NOT_FOUND when no regular file is there
   */
  public Path resolve(String relative) {
    Path p = root.resolve(checkRelative(relative)).normalize();
    if (!p.startsWith(root)) {
      throw forbidden(relative, "is outside the served folder");
    }
    Path real;
    try {
      real = p.toRealPath();
    } catch (IOException e) {
      throw new WebException(WebErrorKind.NOT_FOUND, "no such file: " + relative);
    }
    if (!real.startsWith(root)) {
      throw forbidden(relative, "leads outside the served folder (symbolic link)");
    }
    if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      throw new WebException(WebErrorKind.NOT_FOUND, "not a file: " + relative);
    }
    contentType(relative);
    return real;
  }

  /**
   * The content type a file is served with.
   *
   * @param name a file name or path
   * @return the type
   * @throws WebException FORBIDDEN for a type that is not served
   */
  public static String contentType(String name) {
    return typeOf(name).orElseThrow(() -> forbidden(name, "is not a served file type " + TYPES.keySet()));
  }

  /**
   * Whether a file name has a served type.
   *
   * @param name a file name or path
   * @return its content type, if served
   */
  public static Optional<String> typeOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? Optional.empty()
        : Optional.ofNullable(TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  /**
   * A file's path relative to the root, {@code /}-separated (for links in answers).
   *
   * @param file a path inside the root (as given by a reader of the folder)
   * @return the relative path
   */
  public String relative(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
    return rel.toString().replace('\\', '/');
  }

  private static String checkRelative(String relative) {
    if (relative == null || relative.isEmpty()) {
      throw new WebException(WebErrorKind.NOT_FOUND, "no file named");
    }
    if (relative.length() > 1024) {
      throw forbidden(relative.substring(0, 64) + "...", "is too long");
    }
    for (int i = 0; i < relative.length(); i++) {
      char c = relative.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
        throw forbidden(relative, "has a character that is not allowed");
      }
    }
    if (relative.startsWith("/")) {
      throw forbidden(relative, "is absolute; give a path relative to the folder");
    }
    for (String seg : relative.split("/", -1)) {
      if (seg.isEmpty() || seg.startsWith(".")) {
        throw forbidden(relative, "has an empty, '.', '..' or hidden segment");
      }
    }
    return relative;
  }

  private static WebException forbidden(String relative, String why) {
    return new WebException(WebErrorKind.FORBIDDEN, "path '" + relative + "' " + why);
  }
}
