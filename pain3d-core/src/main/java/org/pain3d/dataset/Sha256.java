package org.pain3d.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as lower-case hex strings (64 characters). */
public final class Sha256 {
  private static final int BUFFER = 1 << 16;

  private Sha256() {}

  /**
   * Returns a fresh SHA-256 digest.
   *
   * @return the digest
   */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /**
   * Hashes bytes.
   *
   * @param data the bytes
   * @return lower-case hex
   */
  public static String hex(byte[] data) {
    return HexFormat.of().formatHex(newDigest().digest(data));
  }

  /**
   * Hashes a file, streaming.
   *
   * @param file the file
   * @return lower-case hex
   * @throws IOException when it cannot be read
   */
  public static String hex(Path file) throws IOException {
    MessageDigest d = newDigest();
    byte[] buf = new byte[BUFFER];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        d.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(d.digest());
  }

  /**
   * Formats a finished digest.
   *
   * @param digest the digest, consumed
   * @return lower-case hex
   */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }
}
