package org.pain3d.face;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The forms in which an ICT-FaceKit model can be given. */
public enum ModelSourceKind {
  /** A directory holding {@code FaceXModel/} or the model files themselves. */
  DIRECTORY,
  /** A tar archive compressed with xz ({@code .tar.xz}, {@code .txz}). */
  TAR_XZ,
  /** A tar archive compressed with gzip ({@code .tar.gz}, {@code .tgz}), as GitHub serves. */
  TAR_GZ,
  /** A zip archive, as GitHub serves. */
  ZIP;

  /**
   * Detects the kind of a source from its magic bytes (directories by type).
   *
   * @param source an existing path
   * @return the kind
   * @throws FaceModelFormatException when the file is none of the known forms
   * @throws IOException when the path cannot be read
   */
  public static ModelSourceKind detect(Path source) throws IOException {
    if (Files.isDirectory(source)) {
      return DIRECTORY;
    }
    byte[] head = new byte[6];
    int n;
    try (InputStream in = Files.newInputStream(source)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 6 && (head[0] & 0xff) == 0xFD && head[1] == '7' && head[2] == 'z' && head[3] == 'X'
        && head[4] == 'Z' && head[5] == 0) {
      return TAR_XZ;
    }
    if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return TAR_GZ;
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return ZIP;
    }
    throw new FaceModelFormatException(
        source + ": not a face model directory nor a .tar.xz, .tar.gz or .zip archive");
  }
}
